/**
 * Ships and storms named after the noun that says what they are (issue 12, precision5): "amphibious assault helicopter
 * carrier Tonnerre and escort frigate Surcouf", "the research vessel Sonne", "Typhoon Haiyan". A ship's or a storm's
 * name is no actor, yet it took a firm's type from the list or a person's from its shape. A name right after such a
 * noun (lower case, or capitalised as a storm's title) is dropped (reason `vessel-name`). Kept: lexicon entries,
 * states, and names a cue word typed ("the tanker operator Sovcomflot Group": the noun before is no vessel noun, and a
 * cue word would keep it anyway). Words are data: lexicon/place-shapes.json.
 */
import shapes from '../../lexicon/place-shapes.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';

export const VESSEL_NAME_RULE = 'vessel-name';

const alternatives = (words: readonly string[]): string => words.map((word) => word.replace(/\s+/g, '\\s+')).join('|');
const VESSEL_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(?:${alternatives(shapes.vesselNouns)})s?\s+$`, 'u');
const STORM_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])(?:${alternatives(shapes.stormNouns)})\s+$`, 'iu');
const STORM_TITLE = new RegExp(String.raw`^(?:${alternatives(shapes.stormNouns)})\s+\p{Lu}`, 'iu');
const CUE_RULES: ReadonlySet<string> = new Set(['cue-firm', 'cue-organisation', 'lexicon', 'state-body', 'military-unit']);

export function isVesselName(text: string, mention: CandidateMention): boolean {
  if (mention.type === 'state' || mention.kind === 'lexicon' || CUE_RULES.has(mention.rule ?? '')) return false;
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  return VESSEL_BEFORE.test(before) || STORM_BEFORE.test(before) || STORM_TITLE.test(mention.label);
}

export function dropVesselNames(scan: Scan): void {
  scan.mentions = scan.mentions.filter((mention) => !isVesselName(scan.text, mention));
}
