/**
 * Co-mentions: two actors mentioned in the same sentence are linked. Mentions are
 * bucketed by sentence first, so the cost is the sum of (actors per sentence)², not
 * (actors in the corpus)².
 */
import { edgeId, summariseRelations, type ActorType, type Evidence, type EvidenceRelation, type GraphEdge, type Passage } from '../../graph-format/index.ts';
import type { SentenceMention } from '../relate/index.ts';
import { sentenceIndexAt } from '../segment/index.ts';

export interface PlacedMention {
  nodeId: string;
  nodeType: ActorType;
  passageIndex: number;
  start: number;
  end: number;
}

/** The relation a sentence states between two of its actors (ids), given all its mentions. */
export type RelateSentence = (passageIndex: number, sentence: number, mentions: readonly SentenceMention[], a: string, b: string) => EvidenceRelation;

/** `mentions` is emptied once read (they are bucketed by sentence), so it need not live on beside the edges. */
export function buildEdges(passages: readonly Passage[], mentions: PlacedMention[], relate?: RelateSentence): GraphEdge[] {
  const bySentence = new Map<string, { passageIndex: number; sentence: number; nodes: Set<string>; mentions: SentenceMention[] }>();
  for (const mention of mentions) {
    const passage = passages[mention.passageIndex];
    if (!passage) continue;
    const sentence = sentenceIndexAt(passage.sentences, mention.start);
    if (sentence < 0) continue;
    const key = `${mention.passageIndex}:${sentence}`;
    let bucket = bySentence.get(key);
    if (!bucket) {
      bucket = { passageIndex: mention.passageIndex, sentence, nodes: new Set(), mentions: [] };
      bySentence.set(key, bucket);
    }
    bucket.nodes.add(mention.nodeId);
    bucket.mentions.push({ start: mention.start, end: mention.end, actor: mention.nodeId, type: mention.nodeType });
  }
  mentions.length = 0;

  const edges = new Map<string, { source: string; target: string; evidence: { passageIndex: number; sentence: number; relation?: EvidenceRelation }[] }>();
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
        const relation = relate?.(bucket.passageIndex, bucket.sentence, bucket.mentions, source, target);
        edge.evidence.push({ passageIndex: bucket.passageIndex, sentence: bucket.sentence, ...(relation ? { relation } : {}) });
      }
    }
  }
  bySentence.clear();

  return [...edges.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, edge]) => {
      const ordered = edge.evidence.sort((a, b) => a.passageIndex - b.passageIndex || a.sentence - b.sentence);
      const evidence: Evidence[] = ordered.map(({ passageIndex, sentence, relation }) => {
        const passage = passages[passageIndex] as Passage;
        const [start, end] = passage.sentences[sentence] as [number, number];
        return relation ? { passageId: passage.id, sentence, start, end, relation } : { passageId: passage.id, sentence, start, end };
      });
      const documents = new Set(ordered.map(({ passageIndex }) => (passages[passageIndex] as Passage).documentId));
      // Each edge's working list goes as soon as its final evidence exists, not after the last edge.
      ordered.length = 0;
      const built: GraphEdge = { id, source: edge.source, target: edge.target, weight: evidence.length, documentCount: documents.size, evidence };
      if (relate) built.relations = summariseRelations(evidence);
      return built;
    });
}
