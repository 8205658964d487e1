/**
 * A second, deliberately naive reading of what a graph must say, written apart from the code
 * under test: links found by scanning every sentence for every pair of actors, counts by
 * counting. Tests compare the extractor's and the overrides' output with it, so a bug in the
 * builders (a document count that is really a sentence count, a mention lost in a split)
 * shows up as a difference, not as the same mistake made twice.
 */
import { expect } from 'vitest';
import { parseGraphJson, serializeGraph, validateGraph, type Graph, type GraphEdge } from '../../src/graph-format/index.ts';

/** The links the mentions imply, with evidence in passage order, found the slow and obvious way. */
export function naiveEdges(graph: Graph): GraphEdge[] {
  const edges: GraphEdge[] = [];
  const nodes = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [nodes[i]!, nodes[j]!];
      const evidence: GraphEdge['evidence'] = [];
      const documents = new Set<string>();
      for (const passage of graph.passages) {
        passage.sentences.forEach(([start, end], sentence) => {
          const inside = (mention: { passageId: string; start: number }) => mention.passageId === passage.id && mention.start >= start && mention.start < end;
          if (a.mentions.some(inside) && b.mentions.some(inside)) {
            evidence.push({ passageId: passage.id, sentence, start, end });
            documents.add(passage.documentId);
          }
        });
      }
      if (evidence.length > 0) edges.push({ id: `${a.id}|${b.id}`, source: a.id, target: b.id, weight: evidence.length, documentCount: documents.size, evidence });
    }
  }
  // The format lists links by id ("a|b"), which is not always the order of the pairs (a "-" sorts before "|").
  return edges.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

function untyped(edge: GraphEdge): GraphEdge {
  const { relations: _relations, ...rest } = edge;
  return { ...rest, evidence: edge.evidence.map(({ relation: _relation, ...item }) => item) };
}

export function mentionKey(mention: { passageId: string; start: number; end: number }): string {
  return `${mention.passageId}@${mention.start}-${mention.end}`;
}

/** Every promise a graph makes, checked by the validator and again by the naive reading above. */
export function expectSoundGraph(graph: Graph): void {
  const validation = validateGraph(graph);
  expect(validation.ok ? [] : validation.errors).toEqual([]);
  // What the CLI writes is what the explorer reads back, unchanged.
  const reread = parseGraphJson(serializeGraph(graph));
  expect(reread.ok && reread.graph).toEqual(graph);
  // Relation types are the classifier's (tested on their own); the naive reading checks who is linked, how often and where.
  expect(graph.edges.map(untyped)).toEqual(naiveEdges(graph));
  const passages = new Map(graph.passages.map((passage) => [passage.id, passage]));
  for (const node of graph.nodes) {
    expect(node.mentionCount).toBe(node.mentions.length);
    expect(node.documentCount).toBe(new Set(node.mentions.map((mention) => passages.get(mention.passageId)!.documentId)).size);
  }
}

/**
 * What an extracted graph (before any override) promises beyond that: aliases are exactly the
 * distinct ways the actor is written, each a trimmed name inside one sentence, and no two
 * mentions overlap.
 */
export function expectSoundExtraction(graph: Graph): void {
  expectSoundGraph(graph);
  const passages = new Map(graph.passages.map((passage) => [passage.id, passage]));
  const spansByPassage = new Map<string, [number, number][]>();
  for (const node of graph.nodes) {
    const surfaces = new Set<string>();
    for (const mention of node.mentions) {
      const passage = passages.get(mention.passageId)!;
      const surface = passage.text.slice(mention.start, mention.end);
      surfaces.add(surface);
      expect(surface.trim(), `mention "${surface}" of ${node.id}`).toBe(surface);
      expect(surface.length).toBeGreaterThan(0);
      const sentence = passage.sentences.find(([start, end]) => mention.start >= start && mention.start < end);
      expect(sentence && mention.end <= sentence[1], `mention "${surface}" of ${node.id} lies inside one sentence`).toBe(true);
      spansByPassage.set(mention.passageId, [...(spansByPassage.get(mention.passageId) ?? []), [mention.start, mention.end]]);
    }
    expect(node.aliases).toEqual([...surfaces].sort());
  }
  for (const [passageId, spans] of spansByPassage) {
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0], `mentions in ${passageId} overlap`).toBeGreaterThanOrEqual(spans[i - 1]![1]);
  }
}
