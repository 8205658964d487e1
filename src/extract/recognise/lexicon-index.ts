/**
 * Fast look-up structures over the general-knowledge lexicon: one Map from a normalised
 * phrase (space-joined token keys) to what it is, so that scanning a passage costs a few
 * Map look-ups per capitalised token.
 */
import type { ActorType } from '../../graph-format/index.ts';
import { normaliseWord } from './tokens.ts';

/** The shape of src/extract/lexicon/index.ts (owned by the lexicon engineer). */
export interface LexiconData {
  countries: readonly { name: string; aliases: readonly string[]; capitals: readonly string[]; demonyms: readonly string[]; historical?: boolean }[];
  knownOrganisations: readonly { name: string; acronyms: readonly string[]; aliases: readonly string[]; type: 'organisation' | 'firm' }[];
  personTitles: readonly string[];
  organisationCueWords: readonly string[];
  firmCueWords: readonly string[];
  nonActorPlaces: readonly string[];
  nonActorWords: readonly string[];
}

export type LexiconHit =
  | { kind: 'actor'; type: ActorType; label: string; via: 'name' | 'acronym' }
  | { kind: 'capital'; label: string }
  | { kind: 'demonym'; label: string }
  | { kind: 'title' }
  | { kind: 'not-actor' };

export interface LexiconIndex {
  phrases: Map<string, LexiconHit>;
  /** Keys of every phrase's first token, to skip look-ups quickly. */
  firstTokens: Set<string>;
  /**
   * Phrases whose written form starts lower-case ("al-Qaeda"); others must be capitalised in the text. The value
   * says which of the phrase's words are capitalised: the text must capitalise them too ("the quad" is no Quad).
   */
  lowercaseFirst: Map<string, readonly boolean[]>;
  maxPhraseTokens: number;
  /**
   * Every phrase key and each of its beginnings that ends before a space ("united", "united nations", …): a span
   * whose key is none of these starts no phrase, so look-ups need not try it longer (lexicon-lookup.ts, phraseReach).
   */
  phrasePrefixes: Set<string>;
  organisationCues: Set<string>;
  firmCues: Set<string>;
  titleWords: Set<string>;
  /** Non-actor words written only in lower case ("ed.", "pp."): a capitalised "Ed" is not one of them. */
  lowercaseOnlyNonActors: Set<string>;
}

const PHRASE_TOKEN = /(?:\p{Lu}\.){2,}|\p{Lu}\p{N}{1,3}(?![\p{L}\p{N}])|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+/gu;

/** The key of a phrase as written in the lexicon, matching how passages are tokenised. */
export function phraseKey(phrase: string): string {
  return [...phrase.matchAll(PHRASE_TOKEN)].map((m) => normaliseWord(m[0].replace(/['’][sS]$/, ''))).join(' ');
}

/**
 * "United Nations Educational, Scientific and Cultural Organization": a name with a comma inside keeps the
 * comma in its key (" , "), so the text's comma gap (see lookup) matches it and no other name runs over a comma.
 */
export function commaPhraseKey(phrase: string): string {
  if (!phrase.includes(',')) return phraseKey(phrase);
  return phrase.split(',').map(phraseKey).filter((part) => part !== '').join(' , ');
}

/**
 * "United Nations Educational, Scientific and Cultural Organization" is also written "UN Educational, …" and
 * "U.N. Educational, …": a UN body's name with either short form of "United Nations" names the same body.
 */
function withShortUnitedNations(name: string): string[] {
  const rest = /^United Nations (?=\p{Lu})(.*)$/u.exec(name)?.[1];
  return rest === undefined ? [name] : [name, `UN ${rest}`, `U.N. ${rest}`];
}

/** For each word of a phrase (as phraseKey splits it), whether it is written with a capital. */
function capitalisedWords(phrase: string): boolean[] {
  return [...phrase.matchAll(PHRASE_TOKEN)].map((m) => /^\p{Lu}/u.test(m[0]));
}

/**
 * Single-word entries with capitals after the first letter ("US", "PLAN", "LeT", "MA")
 * only match the same capitals in the text: "Plan" is not PLAN, "Ma" is not MA.
 */
export function isCaseSensitive(phrase: string): boolean {
  // Fast path: a word with no capital after its first letter is never case-sensitive.
  if (!/\p{Lu}/u.test(phrase.slice(1))) return false;
  const word = phrase.trim().replace(/\./g, '');
  return /^[\p{L}]+$/u.test(word) && /^.[^\p{Lu}]*\p{Lu}/u.test(word);
}

/** Key of a case-sensitive entry (or token): "=" + the word without dots. */
export function exactKey(word: string): string {
  return `=${word.trim().replace(/\./g, '')}`;
}

/**
 * Later entries never overwrite earlier ones of a stronger kind: actors beat capitals and
 * demonyms, which beat titles and non-actor words (so "Georgia" stays a country even if a
 * list of places has it too).
 */
const STRENGTH: Record<LexiconHit['kind'], number> = { actor: 4, capital: 3, demonym: 3, title: 2, 'not-actor': 1 };

export function buildLexiconIndex(lexicon: LexiconData): LexiconIndex {
  const phrases = new Map<string, LexiconHit>();
  const firstTokens = new Set<string>();
  const lowercaseFirst = new Map<string, readonly boolean[]>();
  let maxPhraseTokens = 1;
  const add = (phrase: string, hit: LexiconHit): void => {
    const key = isCaseSensitive(phrase) ? exactKey(phrase) : commaPhraseKey(phrase);
    if (key === '') return;
    const existing = phrases.get(key);
    if (existing && STRENGTH[existing.kind] >= STRENGTH[hit.kind]) return;
    phrases.set(key, hit);
    const parts = key.split(' ');
    firstTokens.add(parts[0] ?? '');
    maxPhraseTokens = Math.max(maxPhraseTokens, parts.length);
    if (/^\p{Ll}/u.test(phrase)) lowercaseFirst.set(key, capitalisedWords(phrase));
  };

  for (const country of lexicon.countries) {
    const state: LexiconHit = { kind: 'actor', type: 'state', label: country.name, via: 'name' };
    add(country.name, state);
    for (const alias of country.aliases) add(alias, { ...state, via: /^[\p{Lu}.]+$/u.test(alias) ? 'acronym' : 'name' });
    for (const capital of country.capitals) add(capital, { kind: 'capital', label: country.name });
    for (const demonym of country.demonyms) {
      add(demonym, { kind: 'demonym', label: country.name });
      if (!/s$/i.test(demonym)) add(`${demonym}s`, { kind: 'demonym', label: country.name });
    }
  }
  for (const organisation of lexicon.knownOrganisations) {
    const hit: LexiconHit = { kind: 'actor', type: organisation.type, label: organisation.name, via: 'name' };
    for (const name of [organisation.name, ...organisation.aliases]) for (const form of withShortUnitedNations(name)) add(form, hit);
    for (const acronym of organisation.acronyms) add(acronym, { ...hit, via: 'acronym' });
  }
  for (const title of lexicon.personTitles) add(title, { kind: 'title' });
  for (const place of lexicon.nonActorPlaces) add(place, { kind: 'not-actor' });
  for (const word of lexicon.nonActorWords) add(word, { kind: 'not-actor' });
  const lowercaseOnlyNonActors = new Set(lexicon.nonActorWords.filter((word) => /^\p{Ll}+\.?$/u.test(word)).map(phraseKey));
  for (const word of lexicon.nonActorWords) if (/^\p{Lu}/u.test(word)) lowercaseOnlyNonActors.delete(phraseKey(word));

  const phrasePrefixes = new Set<string>();
  for (const key of phrases.keys()) {
    for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) phrasePrefixes.add(key.slice(0, space));
    phrasePrefixes.add(key);
  }

  return {
    phrases,
    firstTokens,
    lowercaseFirst,
    maxPhraseTokens,
    phrasePrefixes,
    organisationCues: new Set(lexicon.organisationCueWords.map(normaliseWord)),
    firmCues: new Set(lexicon.firmCueWords.map(normaliseWord)),
    titleWords: new Set(lexicon.personTitles.flatMap((title) => phraseKey(title).split(' '))),
    lowercaseOnlyNonActors,
  };
}
