import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildCoMentionEdges, nodeId, summariseRelations, type Graph, type GraphNode } from '../../src/graph-format/index.ts';
import { evidenceFiles, toGexf, toGraphml, toNeo4j } from '../../src/export/index.ts';

// Sentence 0 (0–28) says China funds Kazakhstan; sentence 1 (29–48) that they meet.
const TEXT = 'China lent Kazakhstan money. Astana met Beijing.';
const CHINA = nodeId('state', 'China');
const KAZAKHSTAN = nodeId('state', 'Kazakhstan');

function node(label: string, spans: [number, number][]): GraphNode {
  return { id: nodeId('state', label), label, type: 'state', aliases: spans.map(([s, e]) => TEXT.slice(s, e)).sort(), mentionCount: spans.length, documentCount: 1, mentions: spans.map(([start, end]) => ({ passageId: 'd#p0', start, end })) };
}

function typedGraph(): Graph {
  const passages = [{ id: 'd#p0', documentId: 'd', postIndex: 0, postTitle: 'D', text: TEXT, sourceStart: 0, sourceEnd: TEXT.length, sentences: [[0, 28], [29, 48]] as [number, number][] }];
  const nodes = [node('China', [[0, 5], [40, 47]]), node('Kazakhstan', [[11, 21], [29, 35]])];
  const [edge] = buildCoMentionEdges(passages, nodes);
  const evidence = [
    { ...edge!.evidence[0]!, relation: { type: 'funds' as const, from: CHINA, to: KAZAKHSTAN } },
    { ...edge!.evidence[1]!, relation: { type: 'meets' as const } },
  ];
  return { format: 'silkmap-graph', version: 2, generator: { name: 't', version: '0' }, documents: [{ id: 'd', path: 'd.txt', title: 'D', length: TEXT.length }], passages, nodes, edges: [{ ...edge!, evidence, relations: summariseRelations(evidence) }] };
}

describe('relation types in the exports', () => {
  it('GEXF and GraphML carry the main type and a count per type on each link', () => {
    const gexf = toGexf(typedGraph());
    // funds and meets have one sentence each: a tie goes to the type listed first in the vocabulary (meets).
    expect(gexf).toContain('<attvalue for="mainRelation" value="meets"/>');
    expect(gexf).toContain('<attvalue for="rel_funds" value="1"/>');
    expect(gexf).toContain('<attvalue for="rel_attacks" value="0"/>');
    const graphml = toGraphml(typedGraph());
    expect(graphml).toContain('<key id="rel_meets" for="edge" attr.name="rel_meets" attr.type="int"/>');
    expect(graphml).toContain('<data key="rel_funds">1</data>');
  });

  it('Neo4j gets one relationship per relation type, from the actor who acts', () => {
    const files = toNeo4j(typedGraph());
    const rows = Papa.parse<Record<string, string>>(files['relations.csv']!.trim(), { header: true }).data;
    expect(rows).toEqual([
      { ':START_ID': CHINA, ':END_ID': KAZAKHSTAN, 'count:int': '1', 'negated:int': '0', 'mutual:boolean': 'true', 'evidence:string[]': 'd#p0#s1', ':TYPE': 'MEETS' },
      { ':START_ID': CHINA, ':END_ID': KAZAKHSTAN, 'count:int': '1', 'negated:int': '0', 'mutual:boolean': 'false', 'evidence:string[]': 'd#p0#s0', ':TYPE': 'FUNDS' },
    ]);
    expect(files['load.cypher']).toContain('MERGE (source)-[r:FUNDS]->(target)');
  });

  it('evidence packs say each sentence\'s type and direction', () => {
    const { markdown, csv } = evidenceFiles(typedGraph(), { kind: 'link', source: CHINA, target: KAZAKHSTAN });
    expect(markdown).toContain('**China → Kazakhstan · funds**');
    expect(markdown).toContain('**China – Kazakhstan · meets**');
    expect(csv.split('\r\n')[0]).toMatch(/,relation$/);
  });
});
