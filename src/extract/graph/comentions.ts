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

/** The mentions of one sentence naming two or more actors: its pairs are (nodes[i], nodes[j]), i < j, in that order. */
export interface SentenceBucket {
  passageIndex: number;
  sentence: number;
  /** The sentence's actors, sorted. */
  nodes: string[];
  mentions: SentenceMention[];
}

/** Where a bucket's sentence is and which actors it names: what the edges need once its pairs are classified. */
export type SentencePlace = Pick<SentenceBucket, 'passageIndex' | 'sentence' | 'nodes'>;

/**
 * The sentences naming two or more actors, in the order their first mention comes in `mentions`
 * (which is emptied once read). The order of the pairs to classify, whoever classifies them.
 */
export function sentenceBuckets(passages: readonly Passage[], mentions: PlacedMention[]): SentenceBucket[] {
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
  const buckets: SentenceBucket[] = [];
  for (const { passageIndex, sentence, nodes, mentions: sentenceMentions } of bySentence.values()) {
    if (nodes.size > 1) buckets.push({ passageIndex, sentence, nodes: [...nodes].sort(), mentions: sentenceMentions });
  }
  return buckets;
}

/**
 * The edges of the sentences' pairs, typed: `relations[k]` holds bucket k's relations in its
 * pairs' order (relate/sentence-pairs.ts). `buckets` is emptied once read. Untyped co-mention
 * edges have one home, graph-format's buildCoMentionEdges (curation rebuilds them from the nodes).
 */
export function edgesFrom(passages: readonly Passage[], buckets: SentencePlace[], relations: readonly (readonly EvidenceRelation[])[]): GraphEdge[] {
  const edges = new Map<string, { source: string; target: string; evidence: { passageIndex: number; sentence: number; relation: EvidenceRelation }[] }>();
  buckets.forEach((bucket, k) => {
    const nodes = bucket.nodes;
    const found = relations[k];
    let pair = 0;
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
        const relation = found?.[pair];
        if (!relation) throw new Error(`sentence ${k} has no relation for its pair ${pair}`);
        pair++;
        edge.evidence.push({ passageIndex: bucket.passageIndex, sentence: bucket.sentence, relation });
      }
    }
  });
  buckets.length = 0;

  return [...edges.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, edge]) => {
      const ordered = edge.evidence.sort((a, b) => a.passageIndex - b.passageIndex || a.sentence - b.sentence);
      const evidence: Evidence[] = ordered.map(({ passageIndex, sentence, relation }) => {
        const passage = passages[passageIndex] as Passage;
        const [start, end] = passage.sentences[sentence] as [number, number];
        return { passageId: passage.id, sentence, start, end, relation };
      });
      const documents = new Set(ordered.map(({ passageIndex }) => (passages[passageIndex] as Passage).documentId));
      // Each edge's working list goes as soon as its final evidence exists, not after the last edge.
      ordered.length = 0;
      return { id, source: edge.source, target: edge.target, weight: evidence.length, documentCount: documents.size, evidence, relations: summariseRelations(evidence) };
    });
}
