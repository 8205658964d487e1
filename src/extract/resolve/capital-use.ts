/**
 * A capital stands for its state only where it acts as the government ("Beijing said",
 * "Moscow's position", "talks between Washington and Tehran"). Where it names the city as a
 * place or as part of another name it does not: "the firm's Brussels offices", "a
 * Moscow-based fund", "the Paris Agreement", "In Vilnius, NATO met", "Kyiv, Ukraine", "offices in
 * Geneva, Nairobi and Vienna", "the 2013 Warsaw conference", "Vienna's first district". The
 * recogniser already leaves out "in Beijing"; `capitalPlaceUse` looks at the words around the
 * capital for the rest and says which reading fired (PLACE_USE_REASONS), so a count of the
 * capitals left out can say why. Words are data: lexicon/place-uses.json.
 */
import placeUses from '../lexicon/place-uses.json' with { type: 'json' };
import { isFirstName } from '../lexicon/first-names.ts';
import { isEnglishWord } from '../recognise/english-words.ts';
import { phraseKey } from '../recognise/lexicon-index.ts';
import { GOVERNMENT_NOUNS, PLACE_PREPOSITIONS } from '../recognise/rules.ts';
import { capitalStateOf, placeListAround, stateNamed } from './place-lists.ts';

/** Why a capital was read as a place (or part of another name), not as its government. */
export const PLACE_USE_REASONS = {
  'place-form': 'a form that names the city or a district, never the government ("East Jerusalem", "Washington, D.C.")',
  'place-name-part': 'part of another name or a modifier of a place ("the Paris Agreement", "a Moscow-based fund", "its Moscow office")',
  'place-preposition': 'after a place preposition, also at a sentence start or before a list ("In Vilnius, …", "in Algiers, Amman and Manila")',
  'place-region': 'followed by its own state or a region ("Kyiv, Ukraine", "Abuja (Nigeria)")',
  'place-dateline': 'followed by a date or year, or preceded by one ("(Lima, 1999)", "Tokyo 2020", "the 2013 Warsaw conference")',
  'place-list': 'in a list with a city or place that is no capital ("Geneva, Nairobi, Vienna")',
  'place-possessive': 'a possessive followed by a part of the city ("Vienna’s first district", "Jerusalem’s holy sites")',
  'place-destination': 'after a word that makes it a destination or the city itself ("visited Kyiv", "the capital Astana", "Thailand’s Bangkok")',
} as const;
export type PlaceUseReason = keyof typeof PLACE_USE_REASONS;

const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set(placeUses.placeNounsAfter);
const POSSESSIVE_PLACE_NOUNS: ReadonlySet<string> = new Set(placeUses.placeNounsAfterPossessive);
const PLACE_WORDS_BEFORE: ReadonlySet<string> = new Set(placeUses.placeVerbsBefore);
const PLACE_ONLY_FORMS: ReadonlySet<string> = new Set(placeUses.placeOnlyForms.map(phraseKey));
const PLACE_COMPOUND = new RegExp(String.raw`^[-‑–](?:${placeUses.placeCompounds.join('|')})\b`, 'i');

/** Words before a capital that make it a modifier of what follows ("the firm's Brussels offices", "its Moscow office"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'my', 'your']);
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b';
/** ", 1999", " 2020", ", 29–31 December", ", March 2017": a date right after the capital. */
const DATE_AFTER = new RegExp(String.raw`^(?:,\s*|[ \u00a0])(?:(?:1[89]|20)\d\d\b|\d{1,2}(?:[–-]\d{1,2})?\s+${MONTH}|${MONTH}\s+\d)`, 'u');
/** "the 2013 Warsaw …", "the 2018 Salisbury …": an article and a year right before the capital ("In 2007 Moscow announced" acts). */
const YEAR_BEFORE = /\b(?:the|a|an|its|their)[ \u00a0]+(?:1[89]|20)\d\d[ \u00a0]+$/i;
/** "the Paris and Marseille Declarations", "the Brussels and Genoa Conferences": a name's head shared over "and". */
const SHARED_HEAD_AFTER = /^[ \u00a0]+and[ \u00a0]+(?:\p{Lu}[\p{L}-]*[ \u00a0]+){1,3}(\p{Lu}\p{L}*s)\b/u;
/** "EUPOL Kinshasa", "EMBL Rome site": after a body's acronym, the city names its office or mission. */
const ACRONYM_BEFORE = /(?<![\p{L}.])\p{Lu}{3,}[ \u00a0]+$/u;

/** False when the capital text[start, end) names a place or part of another name rather than the government. */
export function capitalActsAsGovernment(text: string, start: number, end: number): boolean {
  return capitalPlaceUse(text, start, end) === undefined;
}

/**
 * Why the capital text[start, end) is a place or part of another name here, or undefined where it may act as the
 * government (the default: "Beijing told Kiribati", "Moscow has", "talks between Belgrade and Pristina").
 */
export function capitalPlaceUse(text: string, start: number, end: number): PlaceUseReason | undefined {
  const capital = text.slice(start, end);
  if (PLACE_ONLY_FORMS.has(phraseKey(capital))) return 'place-form';
  const after = text.slice(end, end + 60);
  const before = text.slice(Math.max(0, start - 60), start);
  // "Moscow's", "Beijing’s": the government's, unless a part of the city follows ("Vienna's first district").
  if (/^['’]s\b/.test(after)) {
    const words = /^['’]s[ \u00a0]+(\p{L}+)(?:[ \u00a0]+(\p{L}+))?/u.exec(after);
    const placeWord = (word: string | undefined): boolean => POSSESSIVE_PLACE_NOUNS.has((word ?? '').toLowerCase());
    return words && (placeWord(words[1]) || placeWord(words[2])) ? 'place-possessive' : undefined;
  }
  // "a Moscow-based fund", "Santiago de Chile".
  if (PLACE_COMPOUND.test(after) || /^[ \u00a0](?:de|del|da|do|du)[ \u00a0]\p{Lu}/u.test(after)) return 'place-name-part';
  // "Guinea–Bissau", "Nairobi-Washington Vision": joined by a hyphen or dash to another name.
  if (/\p{L}[-‑–]$/u.test(before) || /^[-‑–]\p{Lu}/u.test(after)) return 'place-name-part';
  if (DATE_AFTER.test(after) || YEAR_BEFORE.test(before)) return 'place-dateline';
  const shared = SHARED_HEAD_AFTER.exec(after)?.[1];
  if ((shared !== undefined && !GOVERNMENT_NOUNS.has(shared.toLowerCase())) || ACRONYM_BEFORE.test(before)) return 'place-name-part';
  if (regionAfter(capital, after)) return 'place-region';
  const previousWord = /([\p{L}]+)(['’]s)?[ \u00a0]*,?[ \u00a0]+(?:(?:both|either)[ \u00a0]+)?$/u.exec(before);
  const previousKey = (previousWord?.[1] ?? '').toLowerCase();
  // A previous word with no possessive ("In Vilnius"), or a state's possessive ("Thailand's Bangkok").
  const plainPrevious = previousWord !== null && previousWord[2] === undefined;
  // "In Vilnius, NATO met": the recogniser leaves out lower-case "in"; a sentence's first word is capitalised.
  if (plainPrevious && PLACE_PREPOSITIONS.has(previousKey) && !/,[ \u00a0]+$/.test(before)) return 'place-preposition';
  if (plainPrevious && PLACE_WORDS_BEFORE.has(previousKey)) return 'place-destination';
  // "Thailand's Bangkok", "Kazakhstan's capital Astana": the state's own city.
  if (previousWord !== null && !plainPrevious && stateNamed(previousWord[1] ?? '') !== undefined) return 'place-destination';
  // "Brendan Berne", "George Washington": a given name right before makes the capital a person's surname.
  if (plainPrevious && /[\p{L}][ \u00a0]$/u.test(before) && /^\p{Lu}\p{Ll}/u.test(previousWord[1] ?? '') &&
    isFirstName(previousKey) && !isEnglishWord(previousKey)) return 'place-name-part';
  const list = placeListAround(text, start, end);
  if (list !== undefined) return list;
  return nameOrModifier(text, start, after);
}

/** "Kyiv, Ukraine", "Abuja (Nigeria)", "Tbilisi, Georgia": the capital followed by its own state. */
function regionAfter(capital: string, after: string): boolean {
  const region = /^(?:,[ \u00a0]+|[ \u00a0]+\()((?:the[ \u00a0]+)?\p{Lu}[\p{L}'’]*(?:[ \u00a0]+(?:of[ \u00a0]+(?:the[ \u00a0]+)?)?\p{Lu}[\p{L}'’]*){0,3})/u.exec(after)?.[1];
  if (region === undefined) return false;
  const own = capitalStateOf(capital);
  return own !== undefined && stateNamed(region.replace(/^the[ \u00a0]+/, '')) === own;
}

/** The older word tests: a capitalised word or a place noun after, or a determiner before and a noun after. */
function nameOrModifier(text: string, start: number, after: string): PlaceUseReason | undefined {
  const next = /^[ \u00a0]([\p{L}][\p{L}-]*)/u.exec(after)?.[1];
  if (next !== undefined) {
    const key = next.toLowerCase();
    // "Beijing officials"; but "the G20 Rome Leaders’ Declaration" is a name.
    if (GOVERNMENT_NOUNS.has(key) && !/^\p{Lu}[\p{L}-]*['’]?s?[ \u00a0]+\p{Lu}/u.test(after.slice(1))) return undefined;
    // A capitalised word right after ("the Paris Agreement", "Tehran Times", "Beijing Olympics") makes one name of both.
    if (/^\p{Lu}/u.test(next) && !['And', 'Or'].includes(next)) return 'place-name-part';
    if (PLACE_NOUNS_AFTER.has(key)) return 'place-name-part';
  }
  const previous = /([\p{L}]+)(['’]s)?[ \u00a0]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  // "the firm's Brussels offices" / "the Beijing leadership said" (a government noun was handled above).
  if (previous && (previous[2] !== undefined || DETERMINERS.has((previous[1] ?? '').toLowerCase())) && next !== undefined && /^\p{Ll}/u.test(next)) {
    return /^(and|or|to|in|on|at|for|with|against|as|is|was|has|had|will|would|said|says)$/.test(next) ? undefined : 'place-name-part';
  }
  return undefined;
}
