/**
 * An acronym defined by words written in lower case, its letters taken from inside the words (issue 12, precision5):
 * "antimicrobial resistance (AMR)", "net-zero greenhouse gas (GHG)", "per- and polyfluorinated substances (PFAS)", and
 * the other way round, "PFAS (per- and polyfluoroalkyl substances)". Names are capitalised, so a lower-case phrase names
 * a thing; thing-acronyms.ts already reads such phrases when each word gives the acronym its first letters, which
 * "greenhouse" (G, H) and "antimicrobial" (A, M) do not. Here the acronym's letters need only appear in order in the
 * phrase, which starts with the acronym's first letter and ends in a word whose first letter the acronym holds. The
 * definition is recorded as naming nothing (reason `lowercase-definition`), so the acronym names nothing in this
 * passage, and the resolver drops its undefined uses in other texts too. A capitalised phrase headed by a thing's word
 * ("the Tokelau Arrangement (TKA)": T, K from "Tokelau") is read the same way.
 */
import { NON_ACTOR_HEADS } from '../rules.ts';
import type { Scan } from '../scan.ts';

export const LOWERCASE_DEFINITION_RULE = 'lowercase-definition';

/** Words looked at beside the bracket: such a phrase is short. */
const MAX_WORDS = 6;
const BRACKET_AFTER = /^\s*\(([\p{Ll}][\p{Ll}\s-]{2,80})\)/u;

/** Whether `acronym`'s letters, in order, spell from `words`, which start with its first letter and end in a word it names. */
export function spellsInside(acronym: string, words: readonly string[]): boolean {
  return words.every((word) => /^[\p{Ll}-]+$/u.test(word)) && spellsFrom(acronym, words);
}

/**
 * The same for a capitalised phrase headed by a thing's word ("the Tokelau Arrangement (TKA)", a treaty's or plan's
 * name: recognition-words.json `nonActorHeads`): it names the thing, so its acronym does too.
 */
export function spellsThingName(acronym: string, words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (last === undefined || !NON_ACTOR_HEADS.has(last.toLowerCase())) return false;
  return words.every((word) => /^\p{Lu}[\p{L}-]*$/u.test(word) || SMALL_WORDS.has(word)) && spellsFrom(acronym, words);
}

/** Whether the acronym is the initials of the whole label's capitalised words ("Tokelau Joint Arrangement": TJA). */
function spellsFromInitials(acronym: string, words: readonly string[]): boolean {
  return words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('') === acronym;
}

const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'on', 'and', 'the', 'for', 'in', 'to', '&']);

function spellsFrom(acronym: string, written: readonly string[]): boolean {
  const letters = acronym.toLowerCase();
  const words = written.map((word) => word.toLowerCase());
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length < 2 || first === undefined || last === undefined) return false;
  if (!first.startsWith(letters[0] as string) || !letters.slice(1).includes(last[0] as string)) return false;
  const joined = words.join('');
  let at = 0;
  for (const letter of letters) {
    at = joined.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The shortest lower-case phrase right before the bracket that spells the acronym, if any. */
export function phraseSpelling(before: string, acronym: string): string | undefined {
  const words = (before.split(/[.;:,()"“”]/).pop() ?? '').split(/\s+/).filter(Boolean).slice(-MAX_WORDS);
  for (let start = words.length - 2; start >= 0; start--) {
    const phrase = words.slice(start);
    if (spellsInside(acronym, phrase) || spellsThingName(acronym, phrase)) return phrase.join(' ');
  }
  return undefined;
}

export function defineLowercaseAcronyms(scan: Scan): void {
  const voided = new Map<string, string>();
  for (const mention of scan.mentions) {
    if (mention.rule !== 'acronym-undefined' || voided.has(mention.label)) continue;
    const acronym = mention.label;
    if (scan.acronyms.some((definition) => definition.acronym === acronym)) continue;
    const bracketed = scan.text[mention.start - 1] === '(' && /^s?\)/.test(scan.text.slice(mention.end, mention.end + 2)) ? phraseSpelling(scan.text.slice(Math.max(0, mention.start - 200), mention.start - 1), acronym) : undefined;
    const inside = BRACKET_AFTER.exec(scan.text.slice(mention.end, mention.end + 90))?.[1]?.trim().split(/\s+/);
    const phrase = bracketed ?? (inside && spellsInside(acronym, inside) ? inside.join(' ') : undefined);
    if (phrase !== undefined) voided.set(acronym, phrase);
  }
  // "Foundational Infrastructure for … Small Modular Reactor (SMR)": the acronym spells only the thing at the name's
  // end, so it names the thing, not the name it was recorded for.
  for (const definition of scan.acronyms) {
    if (definition.type === 'none') continue;
    const words = definition.label.split(/\s+/);
    const tail = words.slice(-definition.acronym.length);
    if (words.length > tail.length && spellsThingName(definition.acronym, tail) && !spellsFromInitials(definition.acronym, words)) definition.type = 'none';
  }
  if (voided.size === 0) return;
  for (const [acronym, label] of voided) scan.acronyms.push({ acronym, label, type: 'none' });
  scan.mentions = scan.mentions.filter((mention) => !(mention.kind === 'acronym' && voided.has(mention.label)));
}
