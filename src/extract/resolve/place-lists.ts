/**
 * A capital in a list of places is a place: "offices in Geneva, Nairobi, Vienna and The Hague", "Gaza, Jerusalem,
 * the West Bank", "served in London, Bogota, and Mexico City" (issue 12 class 16). The list is walked both ways over
 * capitalised items joined by commas, semicolons, "and", "or"; it is a list of places when another item is a place
 * the lexicon knows that is no capital (a city, a region, a US state), or when a place preposition stands before its
 * first item. A list of capitals alone ("Moscow, Tehran and Ankara met") says nothing and keeps the default.
 */
import shapes from '../lexicon/place-shapes.json' with { type: 'json' };
import { countries, nonActorPlaces } from '../lexicon/index.ts';
import { phraseKey } from '../recognise/lexicon-index.ts';
import { PLACE_PREPOSITIONS } from '../recognise/rules.ts';
import type { PlaceUseReason } from './capital-use.ts';

/** By the lexicon's phrase key, as the recogniser matches them ("Washington, DC", "N’Djamena"). */
const STATE_OF_CAPITAL = new Map<string, string>();
const STATE_OF_NAME = new Map<string, string>();
/** The names as written, for endsWithStateName. */
const STATE_NAMES: string[] = [];
for (const country of countries) {
  for (const capital of country.capitals) if (!STATE_OF_CAPITAL.has(phraseKey(capital))) STATE_OF_CAPITAL.set(phraseKey(capital), country.name);
  for (const name of [country.name, ...country.aliases]) {
    STATE_NAMES.push(name);
    if (!STATE_OF_NAME.has(phraseKey(name))) STATE_OF_NAME.set(phraseKey(name), country.name);
  }
}
/** Places that are no capital and no state: cities, regions, US states (lexicon/places.json). */
const PLACES: ReadonlySet<string> = new Set(nonActorPlaces.map(phraseKey).filter((place) => !STATE_OF_CAPITAL.has(place) && !STATE_OF_NAME.has(place)));

/** The state a capital belongs to ("Kyiv" → "Ukraine"), or undefined. */
export function capitalStateOf(capital: string): string | undefined {
  return STATE_OF_CAPITAL.get(phraseKey(capital));
}

/** The state a name or alias names ("Russian Federation" → "Russia"), or undefined (demonyms are not names). */
export function stateNamed(name: string): string | undefined {
  return STATE_OF_NAME.get(phraseKey(name));
}

/** Whether the text ends with a state's name or alias ("… Bosnia and Herzegovina"). */
export function endsWithStateName(text: string): boolean {
  for (const name of STATE_NAMES) if (text.endsWith(name) && !/\p{L}/u.test(text.charAt(text.length - name.length - 1))) return true;
  return false;
}

/** A capitalised word; a full stop only inside it ("D.C"), so a sentence's end is no part of an item. */
const WORD = String.raw`\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*`;
/** A capitalised item, maybe with small connectors inside ("Bandar Seri Begawan", "Rio de Janeiro", "Dar es Salaam"). */
const ITEM = String.raw`(?<![\p{L}'’.-])${WORD}(?:[ \u00a0]+(?:(?:of|de|da|do|la|es|al|el|du)[ \u00a0]+)?${WORD}){0,3}`;
/** An item's note in brackets ("Abuja (Nigeria)"). */
const NOTE = String.raw`(?:[ \u00a0]*\([^()]{1,30}\))?`;
const SEPARATOR = String.raw`(?:[ \u00a0]*[,;]|,?[ \u00a0]+(?:and|or))[ \u00a0]+(?:the[ \u00a0]+)?`;
const ITEM_BEFORE = new RegExp(String.raw`(${ITEM})${NOTE}${SEPARATOR}$`, 'u');
const ITEM_AFTER = new RegExp(String.raw`^${NOTE}${SEPARATOR}(${ITEM})`, 'u');
const FEATURE_HEADS: ReadonlySet<string> = new Set(shapes.featureHeads);
const LIST_OF_CITIES = /\b(?:capitals|cities|towns)[ \u00a0]*(?:\(|:|,?[ \u00a0]+(?:like|such as|including|of))?[ \u00a0]*$/i;

/** A place that is no capital (a city, a region, a US state), or a name ending in a geographic feature ("Subic Bay"). */
function isPlace(item: string): boolean {
  const bare = item.replace(/['’]s$/, '');
  return PLACES.has(phraseKey(bare)) || (FEATURE_HEADS.has(bare.split(/[ \u00a0]+/).pop() ?? '') && bare.includes(' '));
}

/** How many items either side are looked at: lists of postings run to a dozen. */
const MAX_ITEMS = 12;

/** 'place-list' or 'place-preposition' when the capital text[start, end) is an item of a list of places. */
export function placeListAround(text: string, start: number, end: number): PlaceUseReason | undefined {
  const items: string[] = [];
  let head = start;
  for (let n = 0; n < MAX_ITEMS; n++) {
    const match = ITEM_BEFORE.exec(text.slice(Math.max(0, head - 120), head));
    if (!match || match[1] === undefined) break;
    items.push(match[1]);
    head -= match[0].length;
  }
  let tail = end;
  for (let n = 0; n < MAX_ITEMS; n++) {
    const match = ITEM_AFTER.exec(text.slice(tail, tail + 120));
    if (!match || match[1] === undefined) break;
    items.push(match[1]);
    tail += match[0].length;
  }
  if (items.length === 0) return undefined;
  if (items.some(isPlace)) return 'place-list';
  const opening = text.slice(Math.max(0, head - 40), head);
  // "the three Baltic capitals (Tallinn, Riga and Vilnius)", "in cities like Rabat and Tunis".
  if (LIST_OF_CITIES.test(opening)) return 'place-list';
  // "in Algiers, Amman, Manila", "In both Paris and Bangkok": a preposition before the list's first item (the item right
  // after it is already a place). Not "of": "the support of Moscow, Beijing and Tehran" lists actors.
  const previous = /(\p{L}+)[ \u00a0]+(?:(?:both|either)[ \u00a0]+)?(?:the[ \u00a0]+)?$/u.exec(opening)?.[1]?.toLowerCase();
  if (head < start && previous !== undefined && previous !== 'of' && PLACE_PREPOSITIONS.has(previous)) return 'place-preposition';
  return undefined;
}
