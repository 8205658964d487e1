/**
 * Evidence that a capitalised pair of words is a person's name when no title precedes it
 * ("Xi Jinping visited Astana", "backed by Nursultan Nazarbayev"). General knowledge of
 * naming patterns in the regions the texts are about: common Chinese surnames with pinyin
 * given names, surname endings of Slavic, Central Asian, Persian, Caucasian and Armenian
 * names, and given names common there and in world politics. Nothing here names an actor
 * by itself: it is evidence for the recogniser to weigh, after places and known
 * organisations have been ruled out.
 *
 * Kept apart from ./index.ts, whose exports are a fixed interface.
 */
import data from './person-names.json' with { type: 'json' };

/** Common Chinese surnames in pinyin ("Wang", "Xi", "Ouyang"). */
export const chineseSurnames: string[] = data.chineseSurnames;

/** Lower-case surname endings ("ov", "yev", "uly", "zoda", "shvili", "yan"); longest match wins. */
export const surnameSuffixes: string[] = [...data.surnameSuffixes].sort((a, b) => b.length - a.length || a.localeCompare(b));

/** Given names common in Russia, Central Asia, the Caucasus, South Asia, the Middle East and world politics. */
export const givenNames: string[] = data.givenNames;

const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL = '(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|üan|van|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|üe|ue|ve|er|a|o|e|i|u|ü|v)';
const SYLLABLE = `${INITIAL}${FINAL}`;
/** One to three pinyin syllables, optionally joined by a hyphen or apostrophe ("Jinping", "Yi", "Jin-ping"). */
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE})(?:[-']?${SYLLABLE}){0,2}$`);

/** True when `word` is a capitalised word spelled as one to three pinyin syllables. */
export function isPinyinWord(word: string): boolean {
  if (!/^[A-Z]/.test(word)) return false;
  return PINYIN_WORD.test(word.toLowerCase());
}

/** The surname ending `word` carries, if any ("Nazarbayev" → "yev"); the word must be longer than the ending plus two letters. */
export function surnameSuffixOf(word: string): string | undefined {
  if (!/^[A-Z][a-z]/.test(word)) return undefined;
  const lower = word.toLowerCase();
  return surnameSuffixes.find((suffix) => lower.endsWith(suffix) && lower.length >= suffix.length + 3);
}
