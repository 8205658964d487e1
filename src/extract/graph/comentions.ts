/**
 * Co-mentions: two actors mentioned in the same sentence are linked. Mentions are
 * bucketed by sentence first, so the cost is the sum of (actors per sentence)², not
 * (actors in the corpus)².
 */
import type { ActorType, Passage, SentenceActors } from '../../graph-format/index.ts';
import type { SentenceMention } from '../relate/index.ts';
import { sentenceIndexAt } from '../segment/index.ts';

export interface PlacedMention {
  nodeId: string;
  nodeType: ActorType;
  passageIndex: number;
  start: number;
  end: number;
}

/**
 * The mentions of one sentence naming two or more actors: its pairs are (nodes[i], nodes[j]), i < j,
 * in that order. Without its mentions (a SentenceActors) it is what graph-format's coMentionEdges
 * makes the edges of, once its pairs are classified.
 */
export interface SentenceBucket extends SentenceActors {
  /** The sentence's actors, sorted. */
  nodes: string[];
  mentions: SentenceMention[];
}

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
