/**
 * Common English words (lexicon/english-words.json, from SCOWL): a capitalised phrase made only of such
 * words and no firm cue names a field, a headline or a portfolio, not a firm (issue 12, class 12). The
 * list leaves out regular inflections of its words, so a word is looked up as written and as its bases.
 */
import data from '../lexicon/english-words.json' with { type: 'json' };

const WORDS: ReadonlySet<string> = new Set(data.words.split(' '));

/** The forms a regularly inflected word may come from ("resources" → "resource", "currencies" → "currency"). */
function bases(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('ied')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ed')) out.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  return out;
}

/** `key` (lower case) is a common English word or a regular inflection of one. */
export function isEnglishWord(key: string): boolean {
  return /^[a-z]+$/.test(key) && bases(key).some((base) => WORDS.has(base));
}
