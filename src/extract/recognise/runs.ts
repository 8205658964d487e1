/**
 * Which tokens can be part of a name, and how they group into runs: capitalised words
 * joined by spaces or hyphens, bridged by "of" / "and" when the result is an
 * organisation's name ("Bank of China", "Belt and Road Initiative").
 */
import { exactKey, type LexiconIndex } from './lexicon-index.ts';
import { hasCue, longestLexiconMatch, lookup } from './lexicon-lookup.ts';
import { ENGLISH_SUFFIXES, NAME_CONNECTORS, NAME_PARTICLES, PLACE_AND_FACILITY_NOUNS, SENTENCE_STARTERS } from './rules.ts';
import { joinable, type Token } from './tokens.ts';
import { isCommonWord } from './word-classes.ts';

export interface NameContext {
  lexicon: LexiconIndex;
  lowercaseVocabulary: ReadonlySet<string>;
}

/** A word that could be part of a person's name: not an acronym, not English, not a place or facility noun. */
export function couldBePersonName(token: Token, context: NameContext): boolean {
  if (token.allCaps || isCommonWord(token.key) || context.lowercaseVocabulary.has(token.text.toLowerCase())) return false;
  return !PLACE_AND_FACILITY_NOUNS.has(token.key) && !ENGLISH_SUFFIXES.test(token.key);
}

export function isNameLike(token: Token, context: NameContext, next: Token | undefined): boolean {
  // "Ayman al-Zawahiri", "Jund al Khilafah": a lower-case particle between capitalised words.
  if (!token.capitalised) return NAME_PARTICLES.has(token.key) && next !== undefined && next.capitalised && joinable(next.gap) && !token.initial;
  if (!token.initial || token.allCaps) return true;
  if (context.lexicon.firstTokens.has(token.key) || context.lexicon.phrases.has(exactKey(token.text))) return !SENTENCE_STARTERS.has(token.key);
  if (SENTENCE_STARTERS.has(token.key) || isCommonWord(token.key)) return false;
  return !context.lowercaseVocabulary.has(token.text.toLowerCase());
}

/** Maximal runs of name-like tokens, joined through connectors when the result carries an organisation cue. */
export function capitalisedRuns(tokens: Token[], nameLike: boolean[], lexicon: LexiconIndex): [number, number][] {
  const segments: [number, number][] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!nameLike[index]) {
      index++;
      continue;
    }
    const start = index;
    index++;
    while (index < tokens.length && nameLike[index] && (joinable((tokens[index] as Token).gap) || isAfterInitial(tokens, index)) && !endsAtPossessive(tokens, index - 1, lexicon)) index++;
    segments.push([start, index]);
  }
  const runs: [number, number][] = [];
  for (const segment of segments) {
    const previous = runs[runs.length - 1];
    if (previous && canBridge(tokens, previous, segment, lexicon)) previous[1] = segment[1];
    else runs.push([segment[0], segment[1]]);
  }
  return runs;
}

/** "S. Rajaratnam", "George W. Bush": a single capital letter and a full stop inside a name. */
function isAfterInitial(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && /^\p{Lu}$/u.test(previous.text) && /^\.\s$/.test((tokens[index] as Token).gap);
}

/** "China’s Belt and Road Initiative": a possessive after a known actor ends the name. */
function endsAtPossessive(tokens: Token[], index: number, lexicon: LexiconIndex): boolean {
  const token = tokens[index] as Token;
  if (!token.possessive) return false;
  const hit = lookup(tokens, index, index + 1, lexicon);
  return hit !== undefined && (hit.kind === 'actor' || hit.kind === 'capital' || hit.kind === 'demonym');
}

function canBridge(tokens: Token[], left: [number, number], right: [number, number], lexicon: LexiconIndex): boolean {
  const between = tokens.slice(left[1], right[0]);
  const ampersand = between.length === 0 && /^\s*&\s*$/.test((tokens[right[0]] as Token).gap);
  if (!ampersand) {
    if (between.length === 0 || between.length > 2) return false;
    if (!between.every((token) => NAME_CONNECTORS.has(token.key) && !token.capitalised && joinable(token.gap))) return false;
    if (!joinable((tokens[right[0]] as Token).gap)) return false;
    if (between[0]?.key === 'the' || between[0]?.key === 'and' && between.length > 1) return false;
  }
  for (let start = left[0]; start < left[1]; start++) {
    const match = longestLexiconMatch(tokens, start, right[1], lexicon);
    if (match && match.end > left[1]) return true; // "People’s Republic of China"
  }
  if (!hasCue(tokens, left[0], right[1], lexicon)) return false;
  const conjunction = ampersand || between[0]?.key === 'and';
  if (conjunction) {
    const leftHit = lookup(tokens, left[0], left[1], lexicon);
    const rightHit = longestLexiconMatch(tokens, right[0], right[1], lexicon);
    if (leftHit?.kind === 'actor' || rightHit?.hit.kind === 'actor') return false;
  }
  return true;
}
