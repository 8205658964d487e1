/** Capitalised words between lexicon entries and titles: decide whether, and as what, they name an actor. */
import { exactKey } from '../lexicon-index.ts';
import { ENGLISH_SUFFIXES, NAME_PARTICLES, FACILITY_NOUNS, FIRM_CONTEXT, MEDIA_CONTEXT, MEDIA_NOUNS, MODIFIED_NOUNS, PLACE_AND_FACILITY_NOUNS, PORTFOLIO_WORDS } from '../rules.ts';
import { emit, emitSpan, textBefore, type Scan } from '../scan.ts';
import { isEnglishWordForm, isGenericWord } from '../runs.ts';
import { joinable, type Token } from '../tokens.ts';
import { isCommonWord, isFirstName } from '../word-classes.ts';
import { looksLikeFirmWord } from '../name-evidence.ts';
import { MAX_ACRONYM_LETTERS } from './acronym-definition.ts';
import { isRegionName, recogniseMultiWordName } from './multi-word-name.ts';
import { followsTitleConnector, portfolioLength } from './name-context.ts';

const MAX_NAME_TOKENS = 6;

export function recogniseLeftover(scan: Scan, start: number, end: number, titled: boolean): void {
  const { tokens } = scan;
  // Connectors at the edges ("of State", "and Secretariat") and a transcript's "Q" before a name belong to no name.
  let from = start;
  let to = end;
  const isEdge = (token: Token): boolean => (!token.capitalised && !NAME_PARTICLES.has(token.key)) ||
    (token.text.length === 1 && !/^\.\s$/.test(tokens[tokens.indexOf(token) + 1]?.gap ?? ''));
  while (from < to && isEdge(tokens[from] as Token)) from++;
  while (to > from && !(tokens[to - 1] as Token).capitalised && !/^\p{N}/u.test((tokens[to - 1] as Token).text)) to--;
  if (from >= to) return;
  const count = to - from;
  const first = tokens[from] as Token;
  if (count > MAX_NAME_TOKENS) return;
  // "R&D", "Haile Selassie I": a lone letter names nothing.
  if (count === 1 && first.text.length === 1) return;
  if (isCourtCitation(scan, from, to)) return;
  if (count === 1 && first.text.includes('/')) {
    emitSlashedParts(scan, first);
    return;
  }
  const next = tokens[to];
  // "the TAPI line": an acronym naming a facility.
  if (count === 1 && first.allCaps && next && next.gap === ' ' && FACILITY_NOUNS.has(next.key)) return;
  // "NAY", "MODERATOR": an English word set in capitals is no acronym.
  if (count === 1 && first.allCaps && first.text.length >= 3 && !first.text.includes('.') && isCommonWord(first.key)) return;
  // "Potomac Law Group, PLLC": a legal form after a comma closes the firm before it; alone it names nothing.
  if (count === 1 && scan.context.lexicon.firmCues.has(first.key)) return;
  // "CO2 emissions", "non-CO2 gases": capitals with digits glued on, then more prose, are a formula or a code, not a body
  // (a glued footnote number ends a clause instead).
  if (count === 1 && first.allCaps && /^\p{N}+(?:-|\s+\p{Ll})/u.test(scan.text.slice(first.end))) return;
  if (count === 1 && first.allCaps && first.text.length <= MAX_ACRONYM_LETTERS) {
    emit(scan, from, from, 'acronym', 'organisation', 'acronym-undefined');
    return;
  }
  const nextIsNoun = next !== undefined && next.gap === ' ' && !next.capitalised;
  // Publications acting in the prose: "a piece for Foreign Policy", "Prospect magazine".
  if ((nextIsNoun && MEDIA_NOUNS.has(next.key)) || MEDIA_CONTEXT.test(textBefore(scan, from, 60))) {
    emit(scan, from, to - 1, 'named', 'organisation', 'media');
    return;
  }
  // "the Reina nightclub", "the Kashagan oil field": a name modifying a common noun is a place or thing.
  const modifiesNoun = nextIsNoun && (PLACE_AND_FACILITY_NOUNS.has(next.key) || MODIFIED_NOUNS.has(next.key));
  if (!modifiesNoun && FIRM_CONTEXT.test(textBefore(scan, from, 40))) {
    emit(scan, from, to - 1, 'named', 'firm', 'firm-context');
    return;
  }
  if (titled) {
    // "General Assembly Hall": a title word heading a body or a place names no person.
    if (tokens.slice(from, to).some((token) => PLACE_AND_FACILITY_NOUNS.has(token.key)) || scan.context.lexicon.organisationCues.has(first.key)) return;
    // "Political Counselor", "President Biden’s Made in America": words after a title that say what, not who.
    let last = to;
    while (last > from && isEnglishWordForm(tokens[last - 1] as Token, scan.context)) last--;
    // "Political Counselor", "Legal Advisor": portfolio or English words before a closing title word name a post, not who
    // holds it (isEnglishWordForm keeps title words, so the loop above stops at "Counselor").
    if (last > from && isPostName(scan, from, last)) return;
    // "… for National Security Affairs Jake Sullivan": the title's portfolio, then the name.
    const named = from + Math.max(0, portfolioLength(scan, from, last));
    // "Mission Director for West Africa": a region after the title, not a person.
    if (last > named && !isRegionName(tokens.slice(named, last))) emit(scan, named, last - 1, 'named', 'person', 'title-person');
    return;
  }
  const english = (token: Token): boolean => isGenericWord(token, scan.context) || (count > 1 && (isCommonWord(token.key) || ENGLISH_SUFFIXES.test(token.key)));
  if (tokens.slice(from, to).every(english)) return;
  if (count >= 2) recogniseMultiWordName(scan, from, to);
  else if (modifiesNoun) return;
  else if (followsFirmInList(scan, from)) emit(scan, from, from, 'named', 'firm', 'firm-list');
  else if (looksLikeFirmWord(first)) emit(scan, from, from, 'named', 'firm', 'brand-word');
  else if (!first.initial && isFirstName(first.key) && !isCommonWord(first.key)) emit(scan, from, from, 'named', 'person', 'lone-given-name');
  else if (isCoordinatedWithPersonalPronoun(scan, first)) emit(scan, from, from, 'named', 'person', 'pronoun-coordination');
  // "for Regional, Global and Functional Affairs": a lone portfolio word names no one.
  else if (!isPortfolioListWord(scan, from)) emit(scan, from, from, 'surname', 'person', 'unconfirmed');
}

/** Tokens [from, last) end in a title word and hold only portfolio or English words before it ("Political Counselor"). */
function isPostName(scan: Scan, from: number, last: number): boolean {
  const words = scan.tokens.slice(from, last);
  if (!scan.context.lexicon.titleWords.has((words[words.length - 1] as Token).key)) return false;
  return words.slice(0, -1).every((token) => PORTFOLIO_WORDS.has(token.key) || isEnglishWordForm(token, scan.context));
}

/** "for Regional, Global and Functional Affairs": a portfolio word right after a title, or listed before another one. */
function isPortfolioListWord(scan: Scan, index: number): boolean {
  if (!PORTFOLIO_WORDS.has((scan.tokens[index] as Token).key)) return false;
  if (followsTitleConnector(scan, index)) return true;
  const next = scan.tokens[index + 1];
  const afterNext = scan.tokens[index + 2];
  if (next === undefined) return false;
  // "Political Counselor", "Legal Advisor": the portfolio word in front of a title.
  if (next.capitalised && joinable(next.gap) && scan.context.lexicon.titleWords.has(next.key)) return true;
  if (next.capitalised && PORTFOLIO_WORDS.has(next.key) && /^\s*,\s*$/.test(next.gap)) return true;
  return (next.key === 'and' || next.key === 'or') && !next.capitalised && afterNext !== undefined && PORTFOLIO_WORDS.has(afterNext.key);
}

/** "D. Mass.", "S.D.N.Y.", "F. Supp.": initials and abbreviations with full stops cite a court or a law report, not a person. */
function isCourtCitation(scan: Scan, from: number, to: number): boolean {
  const words = scan.tokens.slice(from, to);
  const abbreviated = (index: number): boolean => /^\./.test(scan.tokens[index + 1]?.gap ?? scan.text.slice((scan.tokens[index] as Token).end, (scan.tokens[index] as Token).end + 1));
  return words.length >= 2 && words.some((word) => word.text.length === 1) &&
    words.every((word, i) => word.text.length === 1 || (word.text.length <= 5 && abbreviated(from + i)));
}

/** "ETIM/TIP": two known acronyms are two mentions; an unknown pair ("RFE/RL") is one acronym. */
function emitSlashedParts(scan: Scan, token: Token): void {
  const parts = token.text.split('/');
  const hits = parts.map((part) => scan.context.lexicon.phrases.get(exactKey(part)));
  // "HIV/AIDS": a pair holding a known non-actor (a disease, a weapon) names nothing.
  if (hits.some((hit) => hit?.kind === 'not-actor')) return;
  if (hits.some((hit) => hit?.kind === 'actor')) {
    let offset = token.start;
    parts.forEach((part, index) => {
      const hit = hits[index];
      if (hit?.kind === 'actor') emitSpan(scan, offset, offset + part.length, 'lexicon', hit.type, 'lexicon', hit.label);
      offset += part.length + 1;
    });
    return;
  }
  emitSpan(scan, token.start, token.end, 'acronym', 'organisation', 'slash-acronym', token.text);
}

/** "thanks to her and Jennet", "Ajmal and I": a name joined to a personal pronoun names a person. */
function isCoordinatedWithPersonalPronoun(scan: Scan, token: Token): boolean {
  const before = scan.text.slice(Math.max(0, token.start - 12), token.start);
  const after = scan.text.slice(token.end, token.end + 10);
  return /\b(her|him|me|us|them|she|he|we|you)\s+(and|or)\s+$/i.test(before) || /^\s+(and|or)\s+(I|me|him|her|us|we)\b/.test(after);
}

/** "Huawei and ZTE", "Huaxin, Sany, Sinopec": a lone name listed right after a firm. */
function followsFirmInList(scan: Scan, index: number): boolean {
  const previous = scan.mentions[scan.mentions.length - 1];
  const token = scan.tokens[index] as Token;
  if (!previous || previous.type !== 'firm') return false;
  const between = scan.text.slice(previous.end, token.start);
  return /^(,\s*(and\s+)?|\s+and\s+|\s*&\s*)$/.test(between);
}
