/**
 * An acronym no lexicon entry or body explains, written in brackets right after the words it abbreviates, when
 * those words are a thing's name or description ("freedom of navigation operations (FONOP)", "Global Assessment
 * Report on Disaster Risk Reduction (GAR)", "Policy on Science and Technology (ECOPOST)"): it names the thing,
 * no body (issue 12, class 7). So does an acronym of words all written in lower case ("liquefied natural gas (LNG)",
 * "internally displaced persons (IDPs)"): names are capitalised. Its definition is recorded as naming nothing,
 * so its later uses name nothing too.
 * Thing heads are data: recognition-words.json `nonActorHeads`.
 */
import { NON_ACTOR_HEADS } from '../rules.ts';
import type { Scan } from '../scan.ts';

/** Words looked at before the bracket: the abbreviated phrase is rarely longer. */
const MAX_PHRASE_WORDS = 10;

const BRACKETED_ACRONYM = /\((\p{Lu}[\p{Lu}&-]*\p{Lu})s?\)/gu;

export function dropThingAcronyms(scan: Scan): void {
  for (const match of scan.text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = match[1] as string;
    const start = match.index + 1;
    // Defined as an actor already, or found as a known name: leave it.
    if (scan.acronyms.some((definition) => definition.acronym === acronym && definition.type !== 'none')) continue;
    if (scan.mentions.some((mention) => mention.start === start && mention.rule !== 'acronym-undefined')) continue;
    const before = phraseBefore(scan.text, match.index);
    // "the Trans-Anatolian gas pipeline (TANAP)": a lower-case thing head right before the bracket ends the phrase the
    // acronym stands for, however its letters were chosen.
    const last = before[before.length - 1];
    const words = abbreviatedWords(before, acronym) ??
      (last !== undefined && last === last.toLowerCase() && isThingHead(last) && before.length >= 2 ? before.slice(-3) : undefined);
    // A thing's head, or a phrase written all in lower case ("antimicrobial resistance (AMR)"): a common noun, no name.
    if (!words || !(words.some((word) => isThingHead(word.toLowerCase())) || words.every((word) => word === word.toLowerCase()))) continue;
    // Defined as naming nothing already (by the same words, "unmanned aerial vehicles (UAVs)"): once is enough.
    if (!scan.acronyms.some((definition) => definition.acronym === acronym)) scan.acronyms.push({ acronym, label: words.join(' '), type: 'none' });
    scan.mentions = scan.mentions.filter((mention) => !(mention.rule === 'acronym-undefined' && mention.label === acronym));
  }
}

const isThingHead = (key: string): boolean => NON_ACTOR_HEADS.has(key) || NON_ACTOR_HEADS.has(key.replace(/s$/, ''));

/** The words before the bracket, back to the clause's start, at most MAX_PHRASE_WORDS. */
function phraseBefore(text: string, bracket: number): string[] {
  const clause = text.slice(Math.max(0, bracket - 200), bracket).split(/[.;:,()]/).pop() ?? '';
  return clause.split(/\s+/).filter(Boolean).slice(-MAX_PHRASE_WORDS);
}

/**
 * The words, from some word of `words` on, whose leading letters spell the acronym in order ("FOr" "Navigation"
 * "OPerations" → FONOP; "Global Assessment Report" → GAR): each word gives one or more of its first letters, small
 * words ("of", "on", "and") may give none, words after the last letter are left out. Undefined when none do.
 */
function abbreviatedWords(words: readonly string[], acronym: string): string[] | undefined {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2) return undefined;
  for (let start = 0; start < words.length; start++) {
    const end = spell(letters, 0, words.map((word) => word.toLowerCase()), start);
    if (end !== undefined && end > start) return words.slice(start, end);
  }
  return undefined;
}

const SMALL_WORDS = new Set(['of', 'on', 'and', 'the', 'for', 'in', 'to', 'a', '&']);

/** The index after the last word used when letters[at..] can be spelled from words[index..]; undefined if not. */
function spell(letters: string, at: number, words: readonly string[], index: number): number | undefined {
  if (at === letters.length) return index;
  const word = words[index];
  if (word === undefined) return undefined;
  for (let take = Math.min(word.length, letters.length - at); take >= 1; take--) {
    if (word.slice(0, take) !== letters.slice(at, at + take)) continue;
    const end = spell(letters, at + take, words, index + 1);
    if (end !== undefined) return end;
  }
  return SMALL_WORDS.has(word) && at > 0 ? spell(letters, at, words, index + 1) : undefined;
}
