/**
 * Places the run passes typed as actors (issue 12, precision5). A place is no actor here, yet a lone unknown word in a
 * list holding firms became a firm ("Rivkin Radler LLP, Uniondale, NY"), a brand-shaped word one ("from Burbank,
 * California"), and a feature's name took the type of its list neighbour ("the Macclesfield Bank and the Scarborough
 * Shoal"). Dropped (reason `place-name`):
 * - a name ending in a geographic feature's word ("Scarborough Shoal", "Putumayo Rivers", "Sabina Shoal"; for a
 *   person's name not the words that are also surnames, "Anthony Lake"), and a compass word before "Bank" ("West
 *   Bank": a river's bank, no lender);
 * - a name the runs typed on weak evidence only (a list, a neighbour, a brand shape, no cue word) followed by a comma
 *   and a known place or a US postal code ("Burbank, California", "Uniondale, NY"): a town named with its region.
 * Kept: lexicon entries and states, and names a cue word typed ("Tennessee Valley Authority" ends in its cue).
 * Words are data: lexicon/place-shapes.json.
 */
import shapes from '../../lexicon/place-shapes.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import { phraseKey } from '../lexicon-index.ts';
import type { Scan } from '../scan.ts';

export const PLACE_NAME_RULE = 'place-name';

const FEATURE_HEADS: ReadonlySet<string> = new Set(shapes.featureHeads);
const SURNAME_FEATURE_HEADS: ReadonlySet<string> = new Set(shapes.surnameFeatureHeads);
const RIVERBANK = new RegExp(String.raw`^(?:${shapes.compassWords.join('|')})\s+Bank$`, 'u');
const REGION_CODES: ReadonlySet<string> = new Set(shapes.regionAbbreviations);
/** Rules that type a name from where it stands, not from a word in it. */
const WEAK_RULES: ReadonlySet<string> = new Set(['firm-list', 'firm-in-list', 'list-neighbour', 'brand-word', 'unconfirmed', 'tagger']);
/** The words after "Name, ": up to three capitalised words (a region) or a postal code, then the end of that item. */
const REGION_AFTER = /^,\s+((?:\p{Lu}[\p{L}.]*)(?:\s+\p{Lu}[\p{L}.]*){0,2})(?=\s*(?:[,.;:)]|\s+(?:and|or|where|who|in|to|for)\b|$))/u;

function endsInFeature(label: string, person: boolean): boolean {
  const words = label.split(/\s+/);
  const last = words[words.length - 1] as string;
  // Every word capitalised: the feature word is the name's head ("Office of the Envoy on Rivers" is headed by "Office").
  const compound = words.every((word) => /^\p{Lu}/u.test(word));
  return (compound && words.length > 1 && FEATURE_HEADS.has(last) && !(person && SURNAME_FEATURE_HEADS.has(last))) || RIVERBANK.test(label);
}

/** Whether the words after the name are a region it stands in: a known place or a postal code. */
function regionAfter(scan: Scan, mention: CandidateMention): boolean {
  const region = REGION_AFTER.exec(scan.text.slice(mention.end, mention.end + 40))?.[1];
  if (region === undefined) return false;
  if (REGION_CODES.has(region)) return true;
  return scan.context.lexicon.phrases.get(phraseKey(region))?.kind === 'not-actor';
}

/** Whether a mention names a place, by its shape or its region after it. */
export function isPlaceName(scan: Scan, mention: CandidateMention): boolean {
  if (mention.type === 'state' || mention.rule === 'lexicon' || mention.kind === 'lexicon' || mention.kind === 'acronym') return false;
  if (endsInFeature(mention.label, mention.type === 'person')) return true;
  return WEAK_RULES.has(mention.rule ?? '') && mention.type !== 'person' && regionAfter(scan, mention);
}

export function dropPlaceNames(scan: Scan): void {
  scan.mentions = scan.mentions.filter((mention) => !isPlaceName(scan, mention));
}
