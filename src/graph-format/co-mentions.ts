/**
 * Edges follow from mentions: two actors mentioned in the same sentence are linked. Building
 * them from the nodes alone lets any change to the nodes (a merge, a split) keep the
 * evidence exact without re-running the extractor.
 */
import { edgeId } from './ids.ts';
import type { Evidence, GraphEdge, GraphNode, Passage } from './types.ts';
import { sentenceIndexAt } from './sentence-index.ts';

export { sentenceIndexAt };

/** All co-mention edges of `nodes`, sorted by id, evidence in passage order. */
export function buildCoMentionEdges(passages: readonly Passage[], nodes: readonly GraphNode[]): GraphEdge[] {
  const passageIndex = new Map(passages.map((passage, index) => [passage.id, index]));
  // Sentence key "passageIndex:sentenceIndex" → ids of the actors mentioned there.
  const actorsBySentence = new Map<string, { passage: number; sentence: number; ids: Set<string> }>();
  for (const node of nodes) {
    for (const mention of node.mentions) {
      const p = passageIndex.get(mention.passageId);
      if (p === undefined) continue;
      const s = sentenceIndexAt(passages[p]!.sentences, mention.start);
      if (s < 0) continue;
      const key = `${p}:${s}`;
      let entry = actorsBySentence.get(key);
      if (!entry) actorsBySentence.set(key, (entry = { passage: p, sentence: s, ids: new Set() }));
      entry.ids.add(node.id);
    }
  }
  const sentences = [...actorsBySentence.values()].sort((a, b) => a.passage - b.passage || a.sentence - b.sentence);
  const edges = new Map<string, { source: string; target: string; evidence: Evidence[]; documents: Set<string> }>();
  for (const { passage: p, sentence: s, ids } of sentences) {
    if (ids.size < 2) continue;
    const passage = passages[p]!;
    const [start, end] = passage.sentences[s]!;
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const source = sorted[i]!;
        const target = sorted[j]!;
        const id = edgeId(source, target);
        let edge = edges.get(id);
        if (!edge) edges.set(id, (edge = { source, target, evidence: [], documents: new Set() }));
        edge.evidence.push({ passageId: passage.id, sentence: s, start, end });
        edge.documents.add(passage.documentId);
      }
    }
  }
  return [...edges.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, edge]) => ({ id, source: edge.source, target: edge.target, weight: edge.evidence.length, documentCount: edge.documents.size, evidence: edge.evidence }));
}
