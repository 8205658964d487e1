/**
 * Co-mentions: two actors mentioned in the same sentence are linked. Mentions are
 * bucketed by sentence first, so the cost is the sum of (actors per sentence)², not
 * (actors in the corpus)².
 */
import { edgeId, type Evidence, type GraphEdge, type Passage } from '../../graph-format/index.ts';
import { sentenceIndexAt } from '../segment/index.ts';

export interface PlacedMention {
  nodeId: string;
  passageIndex: number;
  start: number;
}

export function buildEdges(passages: readonly Passage[], mentions: readonly PlacedMention[]): GraphEdge[] {
  const bySentence = new Map<string, { passageIndex: number; sentence: number; nodes: Set<string> }>();
  for (const mention of mentions) {
    const passage = passages[mention.passageIndex];
    if (!passage) continue;
    const sentence = sentenceIndexAt(passage.sentences, mention.start);
    if (sentence < 0) continue;
    const key = `${mention.passageIndex}:${sentence}`;
    let bucket = bySentence.get(key);
    if (!bucket) {
      bucket = { passageIndex: mention.passageIndex, sentence, nodes: new Set() };
      bySentence.set(key, bucket);
    }
    bucket.nodes.add(mention.nodeId);
  }

  const edges = new Map<string, { source: string; target: string; evidence: { passageIndex: number; sentence: number }[] }>();
  for (const bucket of bySentence.values()) {
    const nodes = [...bucket.nodes].sort();
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const source = nodes[i] as string;
        const target = nodes[j] as string;
        const id = edgeId(source, target);
        let edge = edges.get(id);
        if (!edge) {
          edge = { source, target, evidence: [] };
          edges.set(id, edge);
        }
        edge.evidence.push({ passageIndex: bucket.passageIndex, sentence: bucket.sentence });
      }
    }
  }

  return [...edges.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, edge]) => {
      const ordered = edge.evidence.sort((a, b) => a.passageIndex - b.passageIndex || a.sentence - b.sentence);
      const evidence: Evidence[] = ordered.map(({ passageIndex, sentence }) => {
        const passage = passages[passageIndex] as Passage;
        const [start, end] = passage.sentences[sentence] as [number, number];
        return { passageId: passage.id, sentence, start, end };
      });
      const documents = new Set(ordered.map(({ passageIndex }) => (passages[passageIndex] as Passage).documentId));
      return { id, source: edge.source, target: edge.target, weight: evidence.length, documentCount: documents.size, evidence };
    });
}
