/**
 * Where an organisation's name ends inside a capitalised run with a cue word (recognise-run.ts):
 * at its last cue word that heads the name (not an industry word that only modifies the next word,
 * nor the first part of a hyphened compound), or at the end of an "of …" phrase after it; and
 * whether an acronym in brackets after the run spells the whole run, which keeps it one name.
 */
import { isIndustryWordAfterBody, lookup } from '../lexicon-lookup.ts';
import { isAdjective, isFirstName, isPlaceName } from '../word-classes.ts';
import { isEnglishWord } from '../english-words.ts';
import { NAME_CONNECTORS, WEAK_FIRM_CUES } from '../rules.ts';
import type { Scan } from '../scan.ts';
import { isWordPart, isWordPartGap, joinable, type Token } from '../tokens.ts';
import { acronymFits } from '../text-patterns.ts';
import { continuedNameEnd } from './office-names.ts';
import { isTitleAt } from './name-context.ts';

/** "Center … on the Post-Soviet Space": after an earlier cue, a cue word hyphened to the next word is the first part of a compound, not the head. */
function isCompoundPrefix(tokens: readonly Token[], index: number, to: number): boolean {
  const next = tokens[index + 1];
  return index + 1 < to && next !== undefined && isWordPartGap(next.gap);
}

/** End of an organisation name: its last cue word, or the end of an "of …" phrase after it, stopping at a title. */
export function organisationNameEnd(scan: Scan, from: number, to: number): number {
  const { tokens, context } = scan;
  let lastCue = -1;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if ((context.lexicon.organisationCues.has(token.key) || context.lexicon.firmCues.has(token.key)) && !isWordPart(tokens, i) &&
      !(lastCue >= 0 && isCompoundPrefix(tokens, i, to)) && !isIndustryWordAfterBody(tokens, from, i, context.lexicon) &&
      !isIndustryModifier(scan, i, to)) lastCue = i;
  }
  if (lastCue < 0) return to;
  let end = lastCue + 1;
  const next = tokens[end];
  if (end < to && next && NAME_CONNECTORS.has(next.key) && !next.capitalised) {
    end++;
    // "Office of the Spokesperson": a title right after the connectors is part of the name.
    while (end < to && !(isTitleAt(scan, end, to) && (tokens[end - 1] as Token).capitalised)) end++;
  }
  const nameEnd = continuedNameEnd(scan, from, lastCue, end, to);
  return nameEnd < to && acronymNeedsWholeRun(scan, from, nameEnd, to) ? to : nameEnd;
}

/**
 * "Institute of Energy Economics", "Consortium for Energy Efficiency", "Strategic Petroleum Reserve": an industry word
 * right before another capitalised word of the run (not a title) says what that word is about; it ends no name, or the
 * run's last word would be left over as a name of its own ("Economics", "Reserve").
 */
function isIndustryModifier(scan: Scan, index: number, to: number): boolean {
  const { tokens, context } = scan;
  const next = tokens[index + 1];
  if (!WEAK_FIRM_CUES.has((tokens[index] as Token).key) || index + 1 >= to || !next) return false;
  // "Duke Energy Florida": a place after the industry word is where the firm works, not what the word modifies.
  // "Strategic Communications John Kirby": only an ordinary English word is what the industry word modifies.
  const place = isPlaceName(next.key) || lookup(tokens, index + 1, index + 2, context.lexicon) !== undefined;
  // "Goodwill Industries International": an adjective after it ends the firm's name; only a noun is modified.
  const ordinary = isEnglishWord(next.key) && !isFirstName(next.key) && !isAdjective(next.key) && !ADJECTIVE_ENDING.test(next.key);
  return next.capitalised && !next.allCaps && joinable(next.gap) && ordinary && !place && !isTitleAt(scan, index + 1, to) &&
    !(context.lexicon.firmCues.has(next.key) && !WEAK_FIRM_CUES.has(next.key)) && !context.lexicon.organisationCues.has(next.key);
}

/** Endings of English adjectives ("international", "global", "pacific", "national"). */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ful|able|ible)$/;

/** Industry words in from..to, every one of them modifying the next word (none at all: false). */
export function onlyIndustryModifiers(scan: Scan, from: number, to: number): boolean {
  let industryWords = 0;
  for (let i = from; i < to; i++) {
    if (!WEAK_FIRM_CUES.has((scan.tokens[i] as Token).key)) continue;
    if (!isIndustryModifier(scan, i, to)) return false;
    industryWords++;
  }
  return industryWords > 0;
}

/**
 * "International Centre for Settlement of Investment Disputes (ICSID)": the acronym in brackets after the run takes
 * letters from the words after the cut, so the name goes on to the run's end.
 */
function acronymNeedsWholeRun(scan: Scan, from: number, nameEnd: number, to: number): boolean {
  return bracketAcronymFits(scan, from, to) === true && bracketAcronymFits(scan, from, nameEnd, to) === false;
}

/** Whether the acronym in brackets right after token `to - 1` (or after `bracketAfter - 1`) spells the words from..to; undefined when none. */
export function bracketAcronymFits(scan: Scan, from: number, to: number, bracketAfter = to): boolean | undefined {
  const last = scan.tokens[bracketAfter - 1] as Token;
  const after = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&-]{1,11})\s*\)/u.exec(scan.text.slice(last.end, last.end + 16));
  if (!after?.[1]) return undefined;
  const acronym = after[1].replace(/[^\p{Lu}]/gu, '');
  return acronymFits(acronym, scan.text.slice((scan.tokens[from] as Token).start, (scan.tokens[to - 1] as Token).end));
}
