/**
 * "the 97th Air Refueling Wing", "1st Infantry Division", "5th Fleet": an ordinal before capitalised words ending in a
 * unit word names a military unit, an organisation (rule `military-unit`). The ordinal is part of the name (the 1st and
 * the 3rd Infantry Division are two units), so the mention starts at it; the run finder, which reads only capitalised
 * words, would have cut it off or left the unit unnamed ("Air Refueling Wing" has no cue word).
 */
import { emit, type Scan } from '../scan.ts';
import { joinable, type Token } from '../tokens.ts';
import { UNIT_WORDS } from '../body-name-words.ts';

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
// "2d", "3d": the US Army's older ordinals for second and third ("3d Infantry Division") are read as well.
/** Unit names are short: "438th Air Expeditionary Wing", "101st Airborne Division". */
const MAX_UNIT_WORDS = 5;
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

export function nameMilitaryUnits(scan: Scan): void {
  const { tokens } = scan;
  const runs: [number, number][] = [];
  for (const [start, end] of scan.runs) {
    const number = tokens[start - 2];
    const suffix = tokens[start - 1];
    const ordinal = number !== undefined && suffix !== undefined && /^\p{N}+$/u.test(number.text) && suffix.gap === '' &&
      (ORDINAL_SUFFIX.test(suffix.text) || (suffix.text === 'd' && /[23]$/.test(number.text))) && joinable((tokens[start] as Token).gap);
    const unitEnd = ordinal ? lastUnitWord(scan, start, end) : -1;
    if (unitEnd < 0) {
      runs.push([start, end]);
      continue;
    }
    emit(scan, start - 2, unitEnd, 'named', 'organisation', 'military-unit');
    for (let i = start; i <= unitEnd; i++) scan.nameLike[i] = false;
    if (unitEnd + 1 < end) runs.push([unitEnd + 1, end]);
  }
  scan.runs = runs;
}

/** Index of the last unit word within the run's first few words ("Air Force" counts as one), or -1. */
function lastUnitWord(scan: Scan, start: number, end: number): number {
  const { tokens } = scan;
  let last = -1;
  for (let i = start; i < Math.min(end, start + MAX_UNIT_WORDS); i++) {
    const token = tokens[i] as Token;
    // "the 4th July Wing Commander": a date, not a unit.
    if (!token.capitalised || MONTHS.test(token.key)) return -1;
    const pair = i + 1 < end ? `${token.key} ${(tokens[i + 1] as Token).key}` : '';
    if (UNIT_WORDS.has(pair)) last = i + 1;
    else if (UNIT_WORDS.has(token.key)) last = i;
  }
  return last;
}
