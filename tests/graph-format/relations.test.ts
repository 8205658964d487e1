import { describe, expect, it } from 'vitest';
import {
  applyOverrides, buildCoMentionEdges, describeRelation, mainRelationTypes, nodeId, summariseRelations, validateGraph,
  type Graph, type GraphNode,
} from '../../src/graph-format/index.ts';

// Sentence 0: "China lent Kazakhstan money." (0–28); sentence 1: "Astana met Beijing." (29–48).
const TEXT = 'China lent Kazakhstan money. Astana met Beijing.';
const CHINA = nodeId('state', 'China');
const KAZAKHSTAN = nodeId('state', 'Kazakhstan');

function node(type: GraphNode['type'], label: string, spans: [number, number][]): GraphNode {
  return { id: nodeId(type, label), label, type, aliases: spans.map(([s, e]) => TEXT.slice(s, e)).sort(), mentionCount: spans.length, documentCount: 1, mentions: spans.map(([start, end]) => ({ passageId: 'd#p0', start, end })) };
}

function typedGraph(): Graph {
  const passages = [{ id: 'd#p0', documentId: 'd', postIndex: 0, postTitle: 'D', text: TEXT, sourceStart: 0, sourceEnd: TEXT.length, sentences: [[0, 28], [29, 48]] as [number, number][] }];
  const nodes = [node('state', 'China', [[0, 5], [40, 47]]), node('state', 'Kazakhstan', [[11, 21], [29, 35]])];
  const [edge] = buildCoMentionEdges(passages, nodes);
  const evidence = [
    { ...edge!.evidence[0]!, relation: { type: 'funds' as const, from: CHINA, to: KAZAKHSTAN } },
    { ...edge!.evidence[1]!, relation: { type: 'meets' as const } },
  ];
  return {
    format: 'silkmap-graph', version: 2, generator: { name: 't', version: '0' }, documents: [{ id: 'd', path: 'd.txt', title: 'D', length: TEXT.length }],
    passages, nodes, edges: [{ ...edge!, evidence, relations: summariseRelations(evidence) }],
  };
}

describe('typed relations in the graph contract', () => {
  it('summarises an edge by type and direction, most frequent first', () => {
    const summary = typedGraph().edges[0]!.relations;
    expect(summary).toEqual([{ type: 'meets', count: 1 }, { type: 'funds', from: CHINA, to: KAZAKHSTAN, count: 1 }]);
    expect(mainRelationTypes(summary)).toEqual(['meets', 'funds']);
  });

  it('accepts a consistent typed graph', () => {
    expect(validateGraph(typedGraph()).ok).toBe(true);
  });

  it('refuses a relation whose from/to are not the link\'s ends, and a summary that does not match', () => {
    const wrongEnd = typedGraph();
    wrongEnd.edges[0]!.evidence[0]!.relation = { type: 'funds', from: CHINA, to: 'state:atlantis' };
    wrongEnd.edges[0]!.relations = summariseRelations(wrongEnd.edges[0]!.evidence);
    const result = validateGraph(wrongEnd);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/from\/to must be the link's two ends/);

    const stale = typedGraph();
    stale.edges[0]!.relations = [{ type: 'attacks', count: 2 }];
    const staleResult = validateGraph(stale);
    expect(!staleResult.ok && staleResult.errors.join('\n')).toMatch(/summary does not match/);
  });

  it('reads a version-1 graph as an untyped version-2 graph', () => {
    const old = typedGraph();
    const v1 = { ...old, version: 1, edges: old.edges.map(({ relations: _relations, ...edge }) => ({ ...edge, evidence: edge.evidence.map(({ relation: _relation, ...item }) => item) })) };
    const result = validateGraph(v1);
    expect(result.ok && result.graph.version).toBe(2);
    expect(result.ok && result.graph.edges[0]!.evidence.every((item) => item.relation === undefined)).toBe(true);
  });

  it('keeps relations through a rename and applies a relation correction', () => {
    const result = applyOverrides(typedGraph(), { format: 'silkmap-overrides', version: 1, operations: [
      { op: 'rename', id: KAZAKHSTAN, label: 'Republic of Kazakhstan' },
      { op: 'relation', passageId: 'd#p0', sentence: 1, between: [CHINA, nodeId('state', 'Republic of Kazakhstan')], relation: { type: 'agrees' } },
    ] });
    const renamed = nodeId('state', 'Republic of Kazakhstan');
    expect(result.warnings).toEqual([]);
    const edge = result.graph.edges[0]!;
    expect(edge.evidence.map((item) => item.relation)).toEqual([{ type: 'funds', from: CHINA, to: renamed }, { type: 'agrees' }]);
    expect(validateGraph(result.graph).ok).toBe(true);
  });

  it('says a relation in words', () => {
    const names: Record<string, string> = { [CHINA]: 'China', [KAZAKHSTAN]: 'Kazakhstan' };
    expect(describeRelation({ type: 'funds', from: CHINA, to: KAZAKHSTAN }, (id) => names[id]!, [CHINA, KAZAKHSTAN])).toBe('China → Kazakhstan · funds');
    expect(describeRelation({ type: 'meets' }, (id) => names[id]!, [CHINA, KAZAKHSTAN])).toBe('China – Kazakhstan · meets');
  });
});
