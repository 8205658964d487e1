/**
 * All-capitals words that are codes, not bodies (issue 12, precision5): the resolver takes an acronym of three or more
 * capitals nobody defines for an organisation, so codes written in capitals became bodies with many mentions.
 * - A Roman numeral of I, V and X ("Chapter VII of the Charter", "Gen III+ reactors", "Phase III", "Title III"): a
 *   number (reason `roman-numeral`). L, C, D and M are left out: "LIV", "CCC", "MDC" are also bodies' acronyms; and
 *   after a title in capitals ("PRESIDENT XI:", a transcript's speaker) the word is a surname.
 * - An acronym with a number after a space ("USS Connecticut (SSN 22)", "USS Gonzalez (DDG 102)", "THEME 1:",
 *   "UNSCR 2254"): a hull classification, a heading's number or a document's, not a body (reason `numbered-code`).
 *   A year after it ("ASEAN 2025") names the body's meeting or plan and is left; so is a number counting the lower-case
 *   noun after it ("… handed over to EUMETSAT 72 hours after launch").
 * - A part of a document symbol, after one or two capitals and a slash and before a slash ("S/RES/2735",
 *   "A/HRC/45/L.48"): reason `document-symbol`. A body's acronym before "/2" alone ("CAEP/8", its eighth meeting's
 *   standard) or a pair ("ETSI/3GPP") is left.
 * Only acronyms no lexicon entry names; a lexicon acronym ("NATO 2030") is known to be a body.
 */
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';

export type CodeReason = 'roman-numeral' | 'numbered-code' | 'document-symbol';

const ROMAN = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;
/** A number after one space, not a year, not a decimal or a thousands group going on, and not counting a plural noun after it ("EUMETSAT 72 hours after"); "50 U.S.C. 1701 et seq." is a code. */
const NUMBER_AFTER = /^[ \u00a0](?!(?:19|20)\d\d(?!\d))\d{1,4}(?!\d)(?![,.]\d)(?!\s+\p{Ll}+s\b)/u;
const TITLE_IN_CAPITALS_BEFORE = /\p{Lu}{2,}[\s:]*$/u;
const SYMBOL_BEFORE = /(?:^|[\s(])\p{Lu}{1,2}\/$/u;

/** Why the acronym mention is a code, or undefined when it may name a body. */
export function codeReason(text: string, mention: CandidateMention): CodeReason | undefined {
  if (mention.kind !== 'acronym' || mention.rule === 'lexicon') return undefined;
  const written = text.slice(mention.start, mention.end);
  // After a title in capitals ("PRESIDENT XI:") the word is a name, not a number.
  if (ROMAN.test(written) && !TITLE_IN_CAPITALS_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start))) return 'roman-numeral';
  if (NUMBER_AFTER.test(text.slice(mention.end, mention.end + 40))) return 'numbered-code';
  if (SYMBOL_BEFORE.test(text.slice(Math.max(0, mention.start - 4), mention.start)) && text[mention.end] === '/') return 'document-symbol';
  return undefined;
}

export function dropCodeAcronyms(scan: Scan): void {
  scan.mentions = scan.mentions.filter((mention) => codeReason(scan.text, mention) === undefined);
}
