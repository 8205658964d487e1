/**
 * Firms named after their partners, written with commas: "Sheppard, Mullin, Richter & Hampton LLP",
 * "Wyatt, Tarrant & Combs, LLP", "Becton, Dickinson and Company". The runs pass cuts them at each comma (a list);
 * a partnership's legal form or "and Company" at the end says the names before it are one firm; so does "&"
 * between two single names ("Ernst & Young"), unless one is an honorific, a known name or a place.
 */
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import { isEnglishWord } from '../english-words.ts';
import { phraseKey } from '../lexicon-index.ts';
import { isPlaceName } from '../word-classes.ts';
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };

const HONORIFICS: ReadonlySet<string> = new Set(kinds.honorifics);

const PARTNER = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?`;
const LEGAL_FORM = String.raw`(?:LLP|LLC|PLLC|L\.L\.P\.|L\.L\.C\.|P\.C\.|LP|Inc\.?|Ltd\.?)`;
/** Two to five single-word partners with commas, the last joined by "&" or "and", then a legal form; or then "and Company" / "& Co.". */
const PARTNERSHIP = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<!\p{Lu}[\p{L}\p{M}'’.-]*, )(${PARTNER}(?:, ${PARTNER}){1,4}` +
    String.raw`(?:,? (?:&|and) ${PARTNER}(?: ${PARTNER})?,? ${LEGAL_FORM}| (?:&|and) (?:Company|Co\.)))(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * "Ernst & Young", "Procter & Gamble": two single words joined by "&" alone, with no capitalised word around them;
 * one at least no common English word (so "Research & Development" is no firm).
 */
const AMPERSAND_PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}&])(?<!\p{Lu}[\p{L}\p{M}'’.-]*,? )(${PARTNER}) & (${PARTNER})(?![\p{L}\p{N}])(?! (?:\p{Lu}|&))`, 'gu');

/**
 * Strings each pattern cannot match without (its literal parts), looked for first: both patterns try their
 * look-behinds at every capitalised word of the passage, which cost ~5 % of the per-document step on the real
 * corpus (CPU profile, 2026-12-07), while few passages hold " & " or a legal form. Only skips, never adds, a match.
 */
const AMPERSAND = ' & ';
/** PARTNERSHIP needs ", " and a legal form or "Company" / "Co.": each LEGAL_FORM alternative contains one of these. */
const PARTNERSHIP_ENDINGS = ['LP', 'LC', 'L.L.', 'P.C.', 'Inc', 'Ltd', 'Company', 'Co.'];
function mayHavePartnership(text: string): boolean {
  return text.includes(', ') && PARTNERSHIP_ENDINGS.some((ending) => text.includes(ending));
}

/** A state, capital, demonym or non-actor place in the lexicon, or a place name ("Trinidad", "Maryland"). */
function isStateOrPlace(scan: Scan, name: string): boolean {
  const hit = scan.context.lexicon.phrases.get(phraseKey(name));
  return isPlaceName(name) || hit?.kind === 'capital' || hit?.kind === 'demonym' || hit?.kind === 'not-actor' || (hit?.kind === 'actor' && hit.type === 'state');
}

function* partnerships(scan: Scan): Generator<[number, number]> {
  for (const match of mayHavePartnership(scan.text) ? scan.text.matchAll(PARTNERSHIP) : []) {
    // "Chamber of Commerce, Maine & Co.": a place among the partners makes a list, not a partnership.
    const partners = (match[1] as string).split(/,\s*|\s+(?:&|and)\s+/).map((part) => part.trim()).filter(Boolean);
    if (partners.some((partner) => isStateOrPlace(scan, partner))) continue;
    yield [match.index, match.index + (match[1] as string).length];
  }
  for (const match of scan.text.includes(AMPERSAND) ? scan.text.matchAll(AMPERSAND_PAIR) : []) {
    const names = [match[1] as string, match[2] as string].map((name) => name.toLowerCase());
    // "Director of Speechwriting & Mrs. Reddy", "Trinidad & Tobago", "Maryland & Virginia": an honorific, a state or a
    // place on either side makes no partnership.
    if (names.some((name) => HONORIFICS.has(name) || isStateOrPlace(scan, name))) continue;
    if (names.some((name) => !isEnglishWord(name))) yield [match.index, match.index + match[0].length];
  }
}

/** "Trinidad & Tobago", "Antigua & Barbuda": a pair the lexicon knows as a state written with "and". */
function ampersandStates(scan: Scan): void {
  if (!scan.text.includes(AMPERSAND)) return;
  for (const match of scan.text.matchAll(AMPERSAND_PAIR)) {
    const hit = scan.context.lexicon.phrases.get(phraseKey(`${match[1] as string} and ${match[2] as string}`));
    if (hit?.kind !== 'actor' || hit.type !== 'state') continue;
    const start = match.index;
    const end = start + match[0].length;
    scan.mentions = scan.mentions.filter((mention) => !(mention.start < end && mention.end > start));
    const at = scan.mentions.findIndex((mention) => mention.start > start);
    const state: CandidateMention = { passage: scan.passageIndex, start, end, kind: 'lexicon', type: 'state', rule: 'lexicon', label: hit.label };
    scan.mentions.splice(at < 0 ? scan.mentions.length : at, 0, state);
  }
}

export function joinPartnershipFirms(scan: Scan): void {
  ampersandStates(scan);
  for (const [start, end] of partnerships(scan)) {
    // A known actor inside ("Google, Apple & Co.") makes a list, not one partnership.
    const inside = scan.mentions.filter((mention) => mention.start < end && mention.end > start);
    if (inside.some((mention) => mention.kind === 'lexicon')) continue;
    scan.mentions = scan.mentions.filter((mention) => !inside.includes(mention));
    const firm: CandidateMention = {
      passage: scan.passageIndex, start, end, kind: 'named', type: 'firm', rule: 'partnership-firm', label: scan.text.slice(start, end),
    };
    const at = scan.mentions.findIndex((mention) => mention.start > start);
    scan.mentions.splice(at < 0 ? scan.mentions.length : at, 0, firm);
  }
}
