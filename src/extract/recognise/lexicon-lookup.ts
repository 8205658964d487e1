/** Look-ups of token spans in the lexicon index, and cue words inside a span. */
import type { ActorType } from '../../graph-format/index.ts';
import { exactKey, isCaseSensitive, type LexiconHit, type LexiconIndex } from './lexicon-index.ts';
import { isWordPart, joinable, type Token } from './tokens.ts';
import { WEAK_FIRM_CUES } from './rules.ts';

export function hasCue(tokens: Token[], from: number, to: number, lexicon: LexiconIndex): boolean {
  for (let i = from; i < to; i++) {
    const key = (tokens[i] as Token).key;
    if ((lexicon.organisationCues.has(key) || lexicon.firmCues.has(key)) && !isWordPart(tokens, i)) return true;
  }
  return false;
}

/**
 * Organisation or firm, from the head cue word: the right-most one before an "of"/"for"
 * ("Ministry of Energy" is a ministry, "Bank of China" a bank), else the right-most one.
 * Undefined when the run has no cue or only a bare cue word.
 */
export function cueTypeOf(tokens: Token[], from: number, to: number, lexicon: LexiconIndex): ActorType | undefined {
  if (to - from < 2) return undefined;
  let connector = -1;
  for (let i = from + 1; i < to && connector < 0; i++) {
    const token = tokens[i] as Token;
    if (!token.capitalised && HEAD_CONNECTORS.has(token.key)) connector = i;
  }
  if (connector > 0) {
    const head = rightMostCueType(tokens, from, connector, lexicon);
    if (head) return head;
  }
  return rightMostCueType(tokens, from, to, lexicon);
}

const HEAD_CONNECTORS = new Set(['of', 'for']);

function rightMostCueType(tokens: Token[], from: number, to: number, lexicon: LexiconIndex): ActorType | undefined {
  for (let i = to - 1; i >= from; i--) {
    const token = tokens[i] as Token;
    if ((!token.capitalised && !token.allCaps) || isWordPart(tokens, i) || startsLongerTitle(tokens, i, to, lexicon)) continue;
    if (lexicon.firmCues.has(token.key) && !isIndustryWordAfterBody(tokens, from, i, lexicon)) return 'firm';
    if (lexicon.organisationCues.has(token.key)) return 'organisation';
  }
  return undefined;
}

/** "Press Secretary", "Trade Representative": a cue word opening a title is the title's, not a body's. */
function startsLongerTitle(tokens: Token[], index: number, to: number, lexicon: LexiconIndex): boolean {
  const match = longestLexiconMatch(tokens, index, to, lexicon);
  return match !== undefined && match.hit.kind === 'title' && match.end > index + 1;
}

/**
 * "Aspen Institute Finance Leaders Fellow": an industry word after an organisation's cue word says what a programme or
 * post of the body covers; the body's cue is the head.
 */
export function isIndustryWordAfterBody(tokens: readonly Token[], from: number, index: number, lexicon: LexiconIndex): boolean {
  if (!WEAK_FIRM_CUES.has((tokens[index] as Token).key)) return false;
  for (let i = index - 1; i >= from; i--) {
    const token = tokens[i] as Token;
    if (!token.capitalised) return false;
    if (lexicon.firmCues.has(token.key) && !WEAK_FIRM_CUES.has(token.key)) return false;
    if (lexicon.organisationCues.has(token.key) && !isWordPart(tokens as Token[], i)) return true;
  }
  return false;
}

/** A comma between two words of one name ("Educational, Scientific"); only lexicon keys with " , " match across it. */
const COMMA_GAP = /^,[ \t]*$/;

export function lookup(tokens: Token[], from: number, to: number, lexicon: LexiconIndex, allowLowercase = false): LexiconHit | undefined {
  const first = tokens[from];
  if (!first) return undefined;
  if (to - from === 1 && isCaseSensitive(first.text)) return lexicon.phrases.get(exactKey(first.text)) ?? bodyInCapitals(first, lexicon);
  if (!lexicon.firstTokens.has(first.key)) return undefined;
  let key = first.key;
  for (let i = from + 1; i < to; i++) {
    const token = tokens[i] as Token;
    if (COMMA_GAP.test(token.gap)) key += ' ,';
    else if (!joinable(token.gap) && !(tokens[i - 1] as Token).possessive) return undefined;
    key += ` ${token.key}`;
  }
  const hit = lexicon.phrases.get(key);
  if (!hit) return undefined;
  if (hit.kind === 'not-actor' && first.capitalised && lexicon.lowercaseOnlyNonActors.has(key)) return undefined;
  if (!first.capitalised && !allowLowercase && !capitalisedAsWritten(tokens, from, to, lexicon.lowercaseFirst.get(key))) return undefined;
  return hit;
}

/**
 * "HUAWEI", "SINOPEC": a firm's or body's one-word name set in capitals (its logo's spelling, a heading) is still that
 * firm or body, though capitals are matched exactly otherwise ("US" is no "us"). States and capitals are left to the
 * exact match: "MOSCOW" in a dateline names no government.
 */
function bodyInCapitals(token: Token, lexicon: LexiconIndex): LexiconHit | undefined {
  if (!token.allCaps || token.text.length < 4) return undefined;
  const hit = lexicon.phrases.get(token.key);
  return hit?.kind === 'actor' && (hit.type === 'firm' || hit.type === 'organisation') ? hit : undefined;
}

/** "al-Qaeda" matches "al-Qaeda", not "al-qaeda"; "the Quad" matches "the Quad", not "the quad" (a courtyard). */
function capitalisedAsWritten(tokens: readonly Token[], from: number, to: number, capitals: readonly boolean[] | undefined): boolean {
  if (capitals === undefined) return false;
  if (capitals.length !== to - from) return true;
  return capitals.every((capital, offset) => !capital || (tokens[from + offset] as Token).capitalised);
}

export function longestLexiconMatch(tokens: Token[], from: number, limit: number, lexicon: LexiconIndex): { end: number; hit: LexiconHit } | undefined {
  const first = tokens[from];
  if (!first) return undefined;
  if (!lexicon.firstTokens.has(first.key)) {
    const hit = lookup(tokens, from, from + 1, lexicon);
    return hit ? { end: from + 1, hit } : undefined;
  }
  for (let end = phraseReach(tokens, from, Math.min(limit, from + lexicon.maxPhraseTokens), lexicon); end > from; end--) {
    const hit = lookup(tokens, from, end, lexicon);
    if (hit) return { end, hit };
  }
  return undefined;
}

/**
 * The longest span tokens[from, to) (to ≤ limit, at least from + 1) that lookup could still find as more than one
 * token: its key is built as lookup builds it, word by word, and stops at a gap lookup refuses or once the key so
 * far begins no phrase (lexicon.phrasePrefixes). Longer spans all give undefined, so callers that try ends from the
 * longest down start here: the same answers, without building and looking up a dozen keys per word (the real
 * corpus's passages spent ~4 % of the per-document step in those look-ups; CPU profile, 2026-12-07).
 */
export function phraseReach(tokens: readonly Token[], from: number, limit: number, lexicon: LexiconIndex): number {
  const first = tokens[from];
  if (!first || limit <= from + 1 || !lexicon.phrasePrefixes.has(first.key)) return Math.min(limit, from + 1);
  let key = first.key;
  let reach = from + 1;
  for (let i = from + 1; i < limit; i++) {
    const token = tokens[i] as Token;
    if (COMMA_GAP.test(token.gap)) key += ' ,';
    else if (!joinable(token.gap) && !(tokens[i - 1] as Token).possessive) break;
    key += ` ${token.key}`;
    if (!lexicon.phrasePrefixes.has(key)) break;
    reach = i + 1;
  }
  return reach;
}
