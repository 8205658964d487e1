/**
 * Which tokens can be part of a name, and how they group into runs: capitalised words
 * joined by spaces or hyphens, bridged by "of" / "and" when the result is an
 * organisation's name ("Bank of China", "Belt and Road Initiative").
 */
import { exactKey, type LexiconIndex } from './lexicon-index.ts';
import { hasCue, longestLexiconMatch, lookup } from './lexicon-lookup.ts';
import { ENGLISH_SUFFIXES, GENERIC_BODIES, NAME_CONNECTORS, NAME_PARTICLES, NON_ACTOR_HEADS, PLACE_AND_FACILITY_NOUNS, SENTENCE_STARTERS, WEAK_FIRM_CUES } from './rules.ts';
import { joinable, type Token } from './tokens.ts';
import { isCommonWord, isFirstName, isLastName } from './word-classes.ts';
import { isRegionalGivenName } from './name-evidence.ts';
import { ABBREVIATED_PREFIXES } from './body-name-words.ts';

export interface NameContext {
  lexicon: LexiconIndex;
  lowercaseVocabulary: ReadonlySet<string>;
}

/** A word that could be part of a person's name: not an acronym, not English, not a place or facility noun. */
export function couldBePersonName(token: Token, context: NameContext): boolean {
  if (token.allCaps || isCommonWord(token.key) || context.lowercaseVocabulary.has(token.text.toLowerCase())) return false;
  return !PLACE_AND_FACILITY_NOUNS.has(token.key) && !ENGLISH_SUFFIXES.test(token.key);
}

/**
 * A word that says what something is rather than naming it: a single letter, a cue, title or
 * non-actor head word, or an English word the text also uses in lower case ("Summit", "Agreement").
 */
export function isGenericWord(token: Token, context: NameContext): boolean {
  const { key } = token;
  if (token.text.length === 1 || SENTENCE_STARTERS.has(key) || NON_ACTOR_HEADS.has(key) || GENERIC_BODIES.has(key)) return true;
  const { lexicon } = context;
  if (lexicon.organisationCues.has(key) || lexicon.firmCues.has(key) || lexicon.titleWords.has(key)) return true;
  // A surname that is also a word ("Price", "Young") still names its bearer.
  if (context.lowercaseVocabulary.has(token.text.toLowerCase())) return !isLastName(key);
  return isCommonWord(key) && ENGLISH_SUFFIXES.test(key);
}

/** A common English word shaped like a verb or abstract noun ("Announces", "Changing"), never the end of a name. */
export function isEnglishWordForm(token: Token, context: NameContext): boolean {
  if (isLastName(token.key) || isFirstName(token.key) || isRegionalGivenName(token.key)) return false;
  if (context.lexicon.organisationCues.has(token.key) || context.lexicon.firmCues.has(token.key) || context.lexicon.titleWords.has(token.key)) return false;
  return isGenericWord(token, context) || (isCommonWord(token.key) && (ENGLISH_SUFFIXES.test(token.key) || /(?:es|ed)$/.test(token.key)));
}

export function isNameLike(token: Token, context: NameContext, next: Token | undefined): boolean {
  // "Ayman al-Zawahiri", "Jund al Khilafah": a lower-case particle between capitalised words.
  if (!token.capitalised) return NAME_PARTICLES.has(token.key) && next !== undefined && next.capitalised && joinable(next.gap) && !token.initial;
  // "Kari A. Bingen": a capital letter with a full stop before a capitalised word is a middle initial, even "A".
  if (!token.initial && /^\p{Lu}$/u.test(token.text) && next !== undefined && /^\.\s$/.test(next.gap) && next.capitalised && !next.initial) return true;
  // "Biden And Congress", "Act For Freedom": function words capitalised in a title-case heading are not names.
  if (!token.initial && !token.allCaps && SENTENCE_STARTERS.has(token.key) && !context.lexicon.firstTokens.has(token.key)) return false;
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
    while (index < tokens.length && nameLike[index] && (joinable((tokens[index] as Token).gap) || isAfterInitial(tokens, index) || isAfterAbbreviatedPrefix(tokens, index)) &&
      !endsAtPossessive(tokens, index - 1, lexicon)) index++;
    segments.push([start, index]);
  }
  const runs: [number, number][] = [];
  for (const segment of segments) {
    const previous = runs[runs.length - 1];
    if (previous && (canBridge(tokens, previous, segment, lexicon) || continuesOverComma(tokens, previous, segment, lexicon))) previous[1] = segment[1];
    else runs.push([segment[0], segment[1]]);
  }
  return runs;
}

/** "United Nations Educational, Scientific and Cultural Organization": a lexicon name written with a comma spans both runs. */
function continuesOverComma(tokens: Token[], left: [number, number], right: [number, number], lexicon: LexiconIndex): boolean {
  if (!/^,[ \t]*$/.test((tokens[right[0]] as Token).gap)) return false;
  for (let start = left[0]; start < left[1]; start++) {
    const match = longestLexiconMatch(tokens, start, tokens.length, lexicon);
    if (match && match.end > left[1]) return true;
  }
  return false;
}

const CALENDAR_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** "S. Rajaratnam", "George W. Bush": a single capital letter and a full stop inside a name. */
function isAfterInitial(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && /^\p{Lu}$/u.test(previous.text) && /^\.\s$/.test((tokens[index] as Token).gap);
}

/** "St. John’s University", "Mt. Sinai Hospital": a name goes on after an abbreviated prefix's full stop. */
function isAfterAbbreviatedPrefix(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && ABBREVIATED_PREFIXES.has(previous.text) && /^\.[ \t]$/.test((tokens[index] as Token).gap);
}

function isAfterAbbreviatedPrefixOrSpace(tokens: Token[], index: number): boolean {
  return isAfterAbbreviatedPrefix(tokens, index) || /^[ \t]$/.test((tokens[index] as Token).gap);
}

/**
 * "China’s Belt and Road Initiative", "Labour’s Paul Flynn", "NASA’s Orion": a possessor is a name of its
 * own, so a possessive ends the name. Only a common noun inside a body's name keeps it ("People’s
 * Liberation Army", "Women’s University"), as does a lexicon name through it ("People’s Republic of China").
 */
function endsAtPossessive(tokens: Token[], index: number, lexicon: LexiconIndex): boolean {
  const token = tokens[index] as Token;
  if (!token.possessive) return false;
  // "St. John’s Episcopal Church", "Saint Mary’s College": a saint's possessive is inside the name.
  const saint = tokens[index - 1];
  if (saint !== undefined && (ABBREVIATED_PREFIXES.has(saint.text) || saint.key === 'saint') && isAfterAbbreviatedPrefixOrSpace(tokens, index)) return false;
  const hit = lookup(tokens, index, index + 1, lexicon);
  if (hit !== undefined && (hit.kind === 'actor' || hit.kind === 'capital' || hit.kind === 'demonym')) return true;
  for (let start = Math.max(0, index - 3); start <= index; start++) {
    const match = longestLexiconMatch(tokens, start, tokens.length, lexicon);
    if (match && match.end > index + 1 && match.hit.kind === 'actor') return false;
  }
  // "the Lowy’s Interpreter": a name's possessive before one word (not a given name) names something of its own.
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  // "School’s Institute of Politics", "the Department’s Office for Civil Rights": but a body word opening an "of/for/on"
  // name after the possessive is a second body, owned by the first.
  const bodyOfItsOwn = next !== undefined && lexicon.organisationCues.has(next.key) && after !== undefined && !after.capitalised && OWNED_BODY_CONNECTORS.has(after.key);
  if (next && next.capitalised && !next.allCaps && joinable(next.gap) && !isFirstName(next.key) && !isRegionalGivenName(next.key) && !NON_ACTOR_HEADS.has(next.key) &&
    !(after && after.capitalised && joinable(after.gap)) && !bodyOfItsOwn) return false;
  if (!isCommonWord(token.key)) return true;
  // "Players’ Association", "Teachers’ Union": a plural common noun's possessive before a cue word is inside the name.
  if (token.pluralPossessive === true && pluralBeforeCue(tokens, index, lexicon)) return false;
  // "Kennedy School’s Mossavar-Rahmani Center", "the Firm’s Technology Committee", "the Department of Labor’s Wage
  // Board": a body's possessive ends its name.
  for (let i = index; i >= 0 && index - i < 6; i--) {
    const before = tokens[i] as Token;
    if (lexicon.organisationCues.has(before.key) || lexicon.firmCues.has(before.key)) return true;
    if (i === 0 || !joinable(before.gap)) break;
    const previous = tokens[i - 1] as Token;
    const ofConnector = !previous.capitalised && (previous.key === 'of' || previous.key === 'for') && i >= 2 && (tokens[i - 2] as Token).capitalised;
    if (!previous.capitalised && !ofConnector) break;
  }
  for (let i = index + 1; i < Math.min(tokens.length, index + 5); i++) {
    const next = tokens[i] as Token;
    if (!next.capitalised || !joinable(next.gap)) break;
    if (lexicon.organisationCues.has(next.key) || lexicon.firmCues.has(next.key)) return false;
  }
  return true;
}

const OWNED_BODY_CONNECTORS = new Set(['of', 'for', 'on']);

/** A lexicon name starting in the left run that reaches into the right one. */
function spansKnownName(tokens: Token[], left: [number, number], right: [number, number], lexicon: LexiconIndex): boolean {
  for (let start = left[0]; start < left[1]; start++) {
    const match = longestLexiconMatch(tokens, start, right[1], lexicon);
    if (match && match.end > right[0]) return true;
  }
  return false;
}

function canBridge(tokens: Token[], left: [number, number], right: [number, number], lexicon: LexiconIndex): boolean {
  const between = tokens.slice(left[1], right[0]);
  const ampersand = between.length === 0 && /^\s*&\s*$/.test((tokens[right[0]] as Token).gap);
  // "Organization for Security and Cooperation in Europe", "Organisation for Co-operation between Railways": a known
  // name goes on through any lower-case word it holds, not only the usual connectors.
  if (between.length > 0 && between.length <= 2 && between.every((token) => !token.capitalised && joinable(token.gap)) && joinable((tokens[right[0]] as Token).gap) &&
    spansKnownName(tokens, left, right, lexicon)) return true;
  if (!ampersand) {
    if (between.length === 0 || between.length > 2) return false;
    // "Center for a New American Security": an article after "for"/"of" inside a body's name.
    const article = (i: number): boolean => i === 1 && (between[1]?.key === 'a' || between[1]?.key === 'an') && (between[0]?.key === 'for' || between[0]?.key === 'of');
    if (!between.every((token, i) => (NAME_CONNECTORS.has(token.key) || article(i)) && !token.capitalised && joinable(token.gap))) return false;
    if (!joinable((tokens[right[0]] as Token).gap)) return false;
    // "the Subcommittee on Tuesday", "the Council in March": a date after a body's name is not part of it.
    if (CALENDAR_WORDS.test((tokens[right[0]] as Token).key)) return false;
    if (between[0]?.key === 'the' || between[0]?.key === 'and' && between.length > 1) return false;
  }
  for (let start = left[0]; start < left[1]; start++) {
    const match = longestLexiconMatch(tokens, start, right[1], lexicon);
    if (match && match.end > left[1]) return true; // "People’s Republic of China"
  }
  if (!hasCue(tokens, left[0], right[1], lexicon)) return false;
  // "the United Nations on the World Bank’s transfer": two known bodies never make one name unless the lexicon has it.
  // "Associated Press of Pakistan" stays one: a body of a state is named that way.
  const rightKnown = longestLexiconMatch(tokens, right[0], right[1], lexicon)?.hit;
  if (lookup(tokens, left[0], left[1], lexicon)?.kind === 'actor' && rightKnown?.kind === 'actor' && rightKnown.type !== 'state') return false;
  // "the Office of Career Services for the State Department": a named body "for" a known body is a body of it.
  const wholeRight = lookup(tokens, right[0], right[1], lexicon);
  if (between[0]?.key === 'for' && wholeRight?.kind === 'actor' && wholeRight.type === 'organisation' && hasCue(tokens, left[0], left[1], lexicon)) return false;
  const conjunction = ampersand || between[0]?.key === 'and';
  if (between[0]?.key === 'and' && isCoordination(tokens, left, right, lexicon)) return false;
  if (conjunction) {
    const leftHit = lookup(tokens, left[0], left[1], lexicon);
    const rightHit = longestLexiconMatch(tokens, right[0], right[1], lexicon);
    if (leftHit?.kind === 'actor' || rightHit?.hit.kind === 'actor') return false;
  }
  return true;
}

/**
 * "Carnegie Mellon University and Keio University", "the Commission and Council", "House and Senate":
 * two bodies, not one. The left part is a whole name (it ends in a body word) and the right part has one
 * too; or a single word is coordinated with a lone body word. "Belt and Road Initiative" and "Oil and Gas
 * Corporation" stay one name.
 */
function isCoordination(tokens: Token[], left: [number, number], right: [number, number], lexicon: LexiconIndex): boolean {
  const leftLast = tokens[left[1] - 1] as Token;
  // "Afghan-American Foundation and Welcome.US": a name that ends in a body word is complete.
  const isBody = (token: Token): boolean => lexicon.organisationCues.has(token.key) || (lexicon.firmCues.has(token.key) && !WEAK_FIRM_CUES.has(token.key));
  // "Bureau of Press and Public Diplomacy": a body word inside an "of/for" complement names a portfolio, not a body.
  let openComplement = false;
  const leftHeads = new Set<string>();
  for (let i = left[0]; i < left[1] - 2; i++) {
    const connector = tokens[i + 1] as Token;
    if (isBody(tokens[i] as Token) && !connector.capitalised && (connector.key === 'of' || connector.key === 'for')) {
      openComplement = true;
      leftHeads.add((tokens[i] as Token).key);
    }
  }
  if (isBody(leftLast) && !openComplement) return true;
  // "the Ministry of Defence and Ministry of Interior": a second body word opening the right part heads a name of its own.
  // ("Corporation for National and Community Service" stays one: "Community" there heads nothing of its own.)
  const rightFirst = tokens[right[0]] as Token;
  const afterRight = tokens[right[1]];
  const headsName = leftHeads.has(rightFirst.key) || (afterRight !== undefined && !afterRight.capitalised && (afterRight.key === 'of' || afterRight.key === 'for'));
  if (openComplement && headsName && lexicon.organisationCues.has(rightFirst.key)) return true;
  // "President Amina Rahimi and National Reconciliation Council Chairman …": a person's full name (after any title) is
  // complete too.
  let nameStart = left[0];
  while (nameStart < left[1] - 2 && lexicon.titleWords.has((tokens[nameStart] as Token).key)) nameStart++;
  const leftWords = tokens.slice(nameStart, left[1]);
  const first = leftWords[0] as Token;
  if (leftWords.length >= 2 && leftWords.length <= 3 && (isFirstName(first.key) || isRegionalGivenName(first.key)) && !first.allCaps &&
    leftWords.every((token) => token.capitalised && !isBody(token) && !lexicon.firmCues.has(token.key))) return true;
  return left[1] - left[0] === 1 && right[1] - right[0] === 1 && isBody(tokens[right[0]] as Token);
}

function pluralBeforeCue(tokens: Token[], index: number, lexicon: LexiconIndex): boolean {
  const next = tokens[index + 1];
  return next !== undefined && next.capitalised && joinable(next.gap) && (lexicon.organisationCues.has(next.key) || lexicon.firmCues.has(next.key));
}
