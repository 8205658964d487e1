/**
 * Common English words (lexicon/english-words.json, from SCOWL): a capitalised phrase made only of such
 * words and no firm cue names a field, a headline or a portfolio, not a firm (issue 12, class 12). The
 * list leaves out regular inflections of its words, so a word is looked up as written and as its bases.
 */
import data from '../lexicon/english-words.json' with { type: 'json' };
import { inflectionBases } from './inflections.ts';

const WORDS: ReadonlySet<string> = new Set(data.words.split(' '));

/** `key` (lower case) is a common English word or a regular inflection of one. */
export function isEnglishWord(key: string): boolean {
  return /^[a-z]+$/.test(key) && (WORDS.has(key) || inflectionBases(key).some((base) => WORDS.has(base)));
}
