/** Patterns read from the raw passage text rather than from token runs. */
import type { AcronymDefinition } from '../types.ts';
import type { LexiconIndex } from './lexicon-index.ts';

/** Words that occur in lower case in a text (used to tell "While" from "Washington"). */
export function lowercaseVocabulary(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}’'])\p{Ll}[\p{L}]*/gu)) words.add(match[0]);
  return words;
}

/** "… ambassador to Pakistan, Nong Rong": a title word shortly before, then a comma. */
export function roleWordBefore(before: string, lexicon: LexiconIndex): boolean {
  const match = /([\p{L}]+)(?:\s+(?:to|of|for)\s+[\p{L} ]+)?,?\s*$/u.exec(before);
  return match !== null && lexicon.titleWords.has((match[1] ?? '').toLowerCase());
}

/**
 * Every "words (ACR)" whose words spell the acronym ("unmanned aerial vehicles (UAVs)",
 * "Line of Actual Control (LAC)"), as a definition of a non-actor. Where the recogniser
 * finds that the phrase names an actor, that definition wins (see the resolver), so these
 * only stop undefined-looking acronyms from being taken for organisations.
 */
export function phraseAcronymDefinitions(text: string): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = [];
  for (const match of text.matchAll(/\((\p{Lu}{2,8})s?\)/gu)) {
    const acronym = match[1] ?? '';
    const before = text.slice(Math.max(0, match.index - 160), match.index).trim().split(/\s+/);
    for (let count = 1; count <= Math.min(before.length, acronym.length * 2); count++) {
      const phrase = before.slice(-count).join(' ');
      if (/^\p{L}/u.test(phrase) && acronymFits(acronym, phrase) && phrase[0]?.toUpperCase() === acronym[0]) {
        definitions.push({ acronym, label: phrase, type: 'none' });
        break;
      }
    }
  }
  return definitions;
}

/** The acronym's letters, in order, are initials of the phrase's words (hyphenated parts count as words). */
export function acronymFits(acronym: string, phrase: string): boolean {
  const initials = phrase.split(/[\s\-‑–]+/).map((word) => (word.replace(/^[^\p{L}]+/u, '')[0] ?? '').toUpperCase()).join('');
  let position = 0;
  for (const letter of acronym.toUpperCase()) {
    position = initials.indexOf(letter, position);
    if (position < 0) return false;
    position++;
  }
  return acronym.length > 0;
}

/**
 * Quoted titles of works (‘Great Power Play at Himalayan Heights’): mostly capitalised
 * words between quotes. Names inside them are not mentions.
 */
export function findQuotedTitles(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(/[‘“"]([^‘’“”"]{3,150})[’”"]/gu)) {
    const words = (match[1] ?? '').split(/\s+/).filter((word) => /^\p{L}/u.test(word));
    if (words.length < 2) continue;
    const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
    if (capitalised / words.length >= 0.6) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

const DATELINE_CAPS = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:[ /]\p{Lu}[\p{Lu}.'’-]+){0,3}`;
/** The region or state after the city: "BISHKEK, Kyrgyzstan –", "XIAN, China -". */
const DATELINE_PLACE = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}`;
const DATELINE_DATE = String.raw`(?:\p{Lu}\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{L}+\.?)(?:,?\s+\d{4})?`;
/**
 * A date stamp a page puts before the story ("date 2022-07-29 ", "2024-04-26 "), then the dateline (i12-classes2):
 * the stamp is part of what holds no actor.
 */
const DATE_STAMP = String.raw`(?:(?:date|published|posted|updated)\s*:?\s*)?\d{4}-\d{2}-\d{2}\s+`;
const DATELINE_START = String.raw`^(?:${DATE_STAMP})?${DATELINE_CAPS}`;
/**
 * Place, then an optional date after "," or "." (or the day and year after a month set in capitals: "BISHKEK/JUNE 1
 * 2021"), then a dash (the agency in brackets may sit before it).
 */
const DATELINE_BEFORE_DASH = new RegExp(
  String.raw`${DATELINE_START}(?:,\s*${DATELINE_PLACE})?(?:[,.]\s*${DATELINE_DATE})?(?:\s+\d{1,2}(?:,?\s+\d{4})?)?(?=\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|-{1,2})\s)`, 'u');
/** Place and a date closed by a full stop: "TASHKENT, Uzbekistan, October 9. ", "ASHGABAT. Nov 3. ". */
const DATELINE_BEFORE_STOP = new RegExp(String.raw`${DATELINE_START}(?:,\s*${DATELINE_PLACE})?[,.]\s*${DATELINE_DATE}\.\s`, 'u');
/** Place and a date with no stop or dash, the story starting at the next capital: "ASTANA, April 16 China has …". */
const DATELINE_BEFORE_SENTENCE = new RegExp(String.raw`${DATELINE_START}(?:,\s*${DATELINE_PLACE})?,\s*${DATELINE_DATE}\s+(?=\p{Lu}\p{Ll})`, 'u');

/**
 * Length of a news dateline opening a passage ("BEIJING —", "BISHKEK, Kyrgyzstan –",
 * "ASTANA, June 17 (Reuters) -", "TASHKENT, Uzbekistan, October 9."): where the story was filed,
 * and the agency, not actors of the story (a known agency there is still an outlet:
 * `datelineAgency`, passes/dateline-agencies.ts). 0 when the passage has none.
 */
export function datelineLength(text: string): number {
  const stop = DATELINE_BEFORE_STOP.exec(text) ?? DATELINE_BEFORE_SENTENCE.exec(text);
  if (stop) return stop[0].length;
  const match = DATELINE_BEFORE_DASH.exec(text);
  if (!match) return 0;
  const rest = /^\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|-{1,2})\s/u.exec(text.slice(match[0].length));
  return match[0].length + (rest ? rest[0].length : 0);
}

/** [start, end) of the agency's name in a dateline's brackets ("Interfax" in "ASHGABAT. Nov 3 (Interfax) -"), if any. */
export function datelineAgency(text: string): [number, number] | undefined {
  const match = DATELINE_BEFORE_DASH.exec(text);
  if (!match) return undefined;
  const bracket = /^\s*\(\s*([^)]{1,40}?)\s*\)/u.exec(text.slice(match[0].length));
  if (!bracket) return undefined;
  const start = match[0].length + bracket[0].indexOf(bracket[1] as string);
  return [start, start + (bracket[1] as string).length];
}
