/** A run with no organisation cue: split it at lexicon entries and titles; judge what is left between them. */
import type { CandidateMention } from '../../types.ts';
import type { LexiconHit } from '../lexicon-index.ts';
import { longestLexiconMatch } from '../lexicon-lookup.ts';
import { FIRM_OFFICER_TITLES, MODEL_NUMBER, SURNAME_ENDINGS } from '../rules.ts';
import { couldBePersonName, isGenericWord } from '../runs.ts';
import { emit, type Scan } from '../scan.ts';
import { joinable, type Token } from '../tokens.ts';
import { isCommonWord, isFirstName, isLastName } from '../word-classes.ts';
import { isRegionalGivenName } from '../name-evidence.ts';
import { recordAcronym } from './acronym-definition.ts';
import { recogniseLeftover } from './leftover.ts';
import { followsPluralTitleAndName, isPlaceUse, isTitleBefore, standsForState } from './name-context.ts';

export function recogniseNamesInRun(scan: Scan, runStart: number, runEnd: number): void {
  const { tokens, context } = scan;
  // "Senators Collins and King": one word joined to a plural title's first name is a surname, even a title word.
  if (runEnd - runStart === 1 && followsPluralTitleAndName(scan, runStart) && !(tokens[runStart] as Token).allCaps) {
    emit(scan, runStart, runStart, 'named', 'person', 'title-person');
    return;
  }
  let titled = isTitleBefore(scan, runStart);
  let index = runStart;
  let leftoverStart = -1;
  const flushLeftover = (end: number): void => {
    if (leftoverStart >= 0) recogniseLeftover(scan, leftoverStart, end, titled);
    leftoverStart = -1;
  };
  while (index < runEnd) {
    const match = longestLexiconMatch(tokens, index, runEnd, context.lexicon);
    // After a title every word up to the next actor or title is part of the name ("Gen. Abdul Rahim Wardak").
    const partOfName = match !== undefined && (
      (titled && match.hit.kind !== 'actor' && match.hit.kind !== 'title') ||
      // "Khalid Sheikh Mohammed": a title word between name words is part of the name.
      // (Only after a given name: in "Tent Founder Hamdi Ulukaya" the title separates a body from a person.)
      (match.hit.kind === 'title' && leftoverStart >= 0 && match.end < runEnd && !longestLexiconMatch(tokens, match.end, runEnd, context.lexicon) &&
        isKnownFirstName(tokens[leftoverStart] as Token) && tokens.slice(leftoverStart, index).every((token) => couldBePersonName(token, context))) ||
      // "Erik Prince": a title word closing a run right after a known first name is the surname.
      (match.hit.kind === 'title' && match.end === runEnd && match.end === index + 1 && index > 0 && leftoverStart === index - 1 &&
        isKnownFirstName(tokens[index - 1] as Token) && !(tokens[runEnd] as Token | undefined)?.capitalised) ||
      // "Islam Karimov": a single non-actor word used as a first name before an unknown surname.
      (match.hit.kind === 'not-actor' && match.end === index + 1 && isFirstNameAt(scan, index, runEnd)));
    if (!match || partOfName) {
      if (leftoverStart < 0) leftoverStart = index;
      index++;
      continue;
    }
    if (match.hit.kind === 'title' && leftoverStart >= 0 && isFirmBeforeOfficer(scan, leftoverStart, index, match.end)) {
      emit(scan, leftoverStart, index - 1, 'named', 'firm', 'firm-officer');
      leftoverStart = -1;
    }
    flushLeftover(index);
    const regional = match.hit.kind === 'not-actor' ? regionalBodyEnd(scan, match.end, runEnd) : undefined;
    if (regional !== undefined) {
      emit(scan, index, regional - 1, 'named', 'organisation', 'regional-body');
      index = regional;
      titled = false;
      continue;
    }
    if (isNationalSubsidiary(scan, index, match.end, runEnd, match.hit)) {
      const firm = scan.mentions[scan.mentions.length - 1] as CandidateMention;
      firm.end = (tokens[match.end - 1] as Token).end;
      firm.label = scan.text.slice(firm.start, firm.end);
      firm.kind = 'named';
      firm.rule = 'national-subsidiary';
      delete firm.acronym;
      index = match.end;
      continue;
    }
    titled = match.hit.kind === 'title' && !(tokens[match.end - 1] as Token).possessive;
    handleLexiconHit(scan, index, match.end, match.hit);
    index = match.end;
  }
  flushLeftover(runEnd);
}

export function handleLexiconHit(scan: Scan, from: number, to: number, hit: LexiconHit): void {
  switch (hit.kind) {
    case 'actor': {
      if (hit.type === 'firm' && isFollowedByModelNumber(scan, to)) break;
      const mention = emit(scan, from, to - 1, 'lexicon', hit.type, 'lexicon', hit.label);
      if (hit.via === 'acronym') mention.acronym = (scan.tokens[from] as Token).text.replace(/\./g, '');
      if (hit.via === 'name') recordAcronym(scan, from, to - 1, hit.type, hit.label);
      break;
    }
    case 'capital':
      if (!isPlaceUse(scan, from)) emit(scan, from, to - 1, 'lexicon', 'state', 'capital-as-state', hit.label);
      break;
    case 'demonym':
      if (standsForState(scan, from, to)) emit(scan, from, to - 1, 'lexicon', 'state', 'demonym-as-state', hit.label);
      break;
    default:
      break;
  }
}

/** "AliExpress Russia, a joint venture": a firm's name and a country closing the run name the firm's national arm. */
function isNationalSubsidiary(scan: Scan, from: number, to: number, runEnd: number, hit: LexiconHit): boolean {
  const { tokens } = scan;
  if (hit.kind !== 'actor' || hit.type !== 'state' || to !== runEnd || (tokens[to - 1] as Token).possessive) return false;
  const previous = scan.mentions[scan.mentions.length - 1];
  const before = tokens[from - 1];
  return previous !== undefined && before !== undefined && previous.type === 'firm' && previous.end === before.end &&
    !before.possessive && (tokens[from] as Token).gap === ' ';
}

/** "three Boeing 787-8 Dreamliners": the maker's name is part of a product's. */
function isFollowedByModelNumber(scan: Scan, index: number): boolean {
  const next = scan.tokens[index];
  if (!next || next.gap !== ' ') return false;
  const end = scan.text.indexOf(' ', next.start);
  return MODEL_NUMBER.test(scan.text.slice(next.start, end < 0 ? scan.text.length : end).replace(/[,.;:)]+$/, ''));
}

function isKnownFirstName(token: Token): boolean {
  return !token.allCaps && (isRegionalGivenName(token.key) || (isFirstName(token.key) && !isCommonWord(token.key)));
}

/** The word at index starts a two-word person name: the next word is an unknown, name-like surname ending the run. */
function isFirstNameAt(scan: Scan, index: number, runEnd: number): boolean {
  const surname = scan.tokens[index + 1];
  if (!surname || index + 2 !== runEnd || longestLexiconMatch(scan.tokens, index + 1, runEnd, scan.context.lexicon)) return false;
  return couldBePersonName(surname, scan.context) && (isLastName(surname.key) || SURNAME_ENDINGS.test(surname.key));
}

/**
 * "Massachusetts House of Representatives", "Ohio Senate": a place (province, region) before a known body written
 * only with ordinary words is that place's own body, not the national one. The end of the body, or undefined.
 */
function regionalBodyEnd(scan: Scan, from: number, runEnd: number): number | undefined {
  const { tokens, context } = scan;
  const first = tokens[from];
  if (!first || !joinable(first.gap) || (tokens[from - 1] as Token).possessive) return undefined;
  const body = longestLexiconMatch(tokens, from, runEnd, context.lexicon);
  if (body?.hit.kind !== 'actor' || body.hit.type !== 'organisation' || body.hit.via !== 'name') return undefined;
  const generic = tokens.slice(from, body.end).every((token) => !token.capitalised || isCommonWord(token.key) ||
    context.lexicon.organisationCues.has(token.key));
  return generic ? body.end : undefined;
}

/** "Chobani CEO": one to three unknown words right before a title only a firm's officers hold name the firm. */
function isFirmBeforeOfficer(scan: Scan, from: number, titleStart: number, titleEnd: number): boolean {
  const { tokens, context } = scan;
  const title = tokens.slice(titleStart, titleEnd).map((token) => token.key).join(' ');
  const words = tokens.slice(from, titleStart);
  return FIRM_OFFICER_TITLES.has(title) && words.length >= 1 && words.length <= 3 &&
    words.every((token) => token.capitalised && joinable(token.gap) && !isGenericWord(token, context) && !isKnownFirstName(token) && !token.possessive) &&
    joinable((tokens[titleStart] as Token).gap);
}
