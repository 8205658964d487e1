/**
 * The relations of every pair of actors one sentence names: the unit the graph stage hands
 * out, classified in the thread that assembles the graph or in the CLI's relation workers
 * (cli/relate-pool.ts). A pure function of the sentence, so whoever classifies it, and in
 * whatever order, each pair gets the same relation.
 */
import type { EvidenceRelation } from '../../graph-format/index.ts';
import { placeSentence, type SentenceMention } from './classify.ts';
import type { CueTables } from './cues.ts';
import { classifyPair } from './decide.ts';
import { unpackTerms } from './parse.ts';

export interface SentencePairs {
  /** The sentence's parse, packed (parse.ts); absent when its document made none. */
  packed?: string;
  /** Every mention of the sentence's actors in it. */
  mentions: SentenceMention[];
  /** The sentence's actors, sorted: its pairs are (actors[i], actors[j]) for i < j, in that order. */
  actors: string[];
}

/** How many pairs a sentence naming `actors` actors has. */
export function pairCount(actors: number): number {
  return (actors * (actors - 1)) / 2;
}

/** One relation per pair, in the pairs' order: the terms are unpacked, and the mentions laid on them, once for all of them. */
export function relateSentencePairs(sentence: SentencePairs, cues: CueTables): EvidenceRelation[] {
  const { packed, mentions, actors } = sentence;
  const relations: EvidenceRelation[] = [];
  const terms = packed === undefined ? undefined : unpackTerms(packed);
  const placement = terms && placeSentence(terms, mentions);
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      relations.push(terms ? classifyPair(terms, mentions, actors[i]!, actors[j]!, cues, placement) : { type: 'none' });
    }
  }
  return relations;
}
