/** One home for the relation tests' sentence harness: hand-written sentences with named mentions, explained pair by pair. */
import type { ActorType, EvidenceRelation } from '../../src/graph-format/index.ts';
import { explainPair, parseSentence, relationCues, type SentenceMention } from '../../src/extract/relate/index.ts';

export type Names = Record<string, ActorType>;

/** Every name in `names` as a mention at its first occurrence in `sentence` (actor id = its text). */
export function sentenceMentions(sentence: string, names: Names): SentenceMention[] {
  return Object.entries(names).map(([name, type]) => {
    const start = sentence.indexOf(name);
    if (start < 0) throw new Error(`${name} is not in the sentence`);
    return { start, end: start + name.length, actor: name, type };
  });
}

/** The finding for (a, b); every name in `names` is a mention at its first occurrence (id = its text). */
export function explain(sentence: string, names: Names, a: string, b: string) {
  return explainPair(parseSentence(sentence, 0, sentence.length), sentenceMentions(sentence, names), a, b, relationCues());
}

export interface Case { sentence: string; names: Names; a: string; b: string; rule: string; relation: EvidenceRelation }
