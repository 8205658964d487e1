/**
 * Mentions of a state that name a place instead (issue 12 class 16), decided per document before resolution:
 * - a capital used as a place or inside another name (capital-use.ts: "In Vilnius, NATO met", "Kyiv, Ukraine");
 * - a capital whose name more often means another place or a body ("Georgetown" the university, "Kingston" upon
 *   Thames) counts for its state only in a document that names the state otherwise ('ambiguous-capital');
 * - a state's name that is also a US state, where the words around make it the US state ("Atlanta, Georgia",
 *   "Georgia voters", "Alabama, Georgia, Kentucky", "USS Georgia") ('homonym-state').
 * Each returns the reason it fired, so the mentions left out can be counted by reason. Words: lexicon/place-uses.json.
 */
import placeUses from '../lexicon/place-uses.json' with { type: 'json' };
import type { CandidateMention } from '../types.ts';
import { capitalPlaceUse, type PlaceUseReason } from './capital-use.ts';
import { isEnglishWord } from '../recognise/english-words.ts';
import { phraseKey } from '../recognise/lexicon-index.ts';
import { capitalStateOf, endsWithStateName, stateNamed } from './place-lists.ts';

export type StatePlaceUse = PlaceUseReason | 'ambiguous-capital' | 'homonym-state';

interface Homonym { cities: ReadonlySet<string>; ownSense: readonly string[]; after: ReadonlySet<string>; before: ReadonlySet<string>; neighbours: readonly string[] }
const HOMONYMS = new Map<string, Homonym>(placeUses.homonymStates.map((entry) => [entry.name, {
  cities: new Set(entry.cities), ownSense: entry.ownSense, after: new Set(entry.otherSenseAfter), before: new Set(entry.otherSenseBefore),
  neighbours: entry.otherSenseNeighbours,
}]));
const AMBIGUOUS_CAPITALS: ReadonlySet<string> = new Set(placeUses.ambiguousCapitals.map(phraseKey));

/** The states a document names by anything but a capital (a name, an alias, a demonym read as the state). */
export function statesNamedIn(mentions: readonly CandidateMention[]): Set<string> {
  const states = new Set<string>();
  for (const mention of mentions) if (mention.type === 'state' && mention.rule !== 'capital-as-state') states.add(mention.label);
  return states;
}

/**
 * Why the state mention text[mention.start, mention.end) names a place here, or undefined. `sentence`: the
 * [start, end) of its sentence; `documentStates`: statesNamedIn(the document's mentions).
 */
export function statePlaceUse(text: string, mention: CandidateMention, sentence: readonly [number, number], documentStates: ReadonlySet<string>): StatePlaceUse | undefined {
  if (mention.type !== 'state' || mention.kind !== 'lexicon') return undefined;
  const written = text.slice(mention.start, mention.end);
  const state = capitalStateOf(written);
  if (state !== undefined && stateNamed(written) === undefined) {
    if (AMBIGUOUS_CAPITALS.has(phraseKey(written)) && !documentStates.has(state)) return 'ambiguous-capital';
    return capitalPlaceUse(text, mention.start, mention.end);
  }
  const homonym = HOMONYMS.get(written);
  return homonym !== undefined && isOtherSense(text, mention.start, mention.end, sentence, homonym) ? 'homonym-state' : undefined;
}

/** "Atlanta, Georgia", "Georgia voters", "USS Georgia", "Alabama, Georgia, Kentucky": the US state, not the country. */
function isOtherSense(text: string, start: number, end: number, sentence: readonly [number, number], homonym: Homonym): boolean {
  const before = text.slice(Math.max(sentence[0], start - 40), start);
  const previous = /(\p{L}+)[ \u00a0]+$/u.exec(before)?.[1];
  if (previous !== undefined && homonym.before.has(previous.toLowerCase())) return true;
  const next = /^(?:['’]s)?[ \u00a0]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
  if (next !== undefined && homonym.after.has(next.toLowerCase())) return true;
  // "Atlanta, Georgia": a town before that is none of the country's own cities, no state ("Bosnia and Herzegovina, Georgia")
  // and no ordinary word opening a sentence ("However, Georgia").
  const town = /(\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'’-]*){0,2}),[ \u00a0]+$/u.exec(before)?.[1];
  if (town !== undefined && !homonym.cities.has(town) && capitalStateOf(town) === undefined && !endsWithStateName(before.replace(/,[ \u00a0]+$/, '')) &&
    !(!town.includes(' ') && isEnglishWord(town.toLowerCase()))) return true;
  const words = text.slice(sentence[0], sentence[1]);
  const has = (name: string): boolean => new RegExp(String.raw`(?<![\p{L}])${name.replace(/[.]/g, '\\.')}(?![\p{L}])`, 'u').test(words);
  return homonym.neighbours.some(has) && !homonym.ownSense.some(has);
}
