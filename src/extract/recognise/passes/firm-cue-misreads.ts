/**
 * Firm cue words that mislead (issue 12, class 12):
 * - a lone portfolio word ("Treasury", "Commerce", "Defense") that a firm context typed ("the World Bank Treasury
 *   is the division of …" after "banks"): a department's short name or a division, never a firm; dropped;
 * - a legal form opening the name ("Limited English Proficiency (LEP)"): a legal form closes a firm's name, so at the
 *   start it is an ordinary adjective; a name with no other strong firm cue is dropped (and the acronym it defined);
 * - a place and "Group" alone ("Rio Group", "Visegrad Group", "Lima Group"): a grouping of states named for the city
 *   where it met, an organisation (rule `place-group`). Firms named for a place carry another word ("Dalian Wanda Group");
 * - a plural noun for people before "Group" ("Commonwealth Eminent Persons Group"): a panel, an organisation;
 * - a name of purpose, "X for Y", with only industry words for cues ("Consortium for Energy Efficiency",
 *   "Infrastructure Consortium for Africa"): a body, an organisation (rules `people-group`, `purpose-body`).
 * - a place and "& Co." ("Chamber of Commerce, Maine & Co."): the tail of a list; dropped.
 * Lexicon entries are kept as they are.
 */
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import { phraseKey } from '../lexicon-index.ts';
import { PORTFOLIO_WORDS, WEAK_FIRM_CUES } from '../rules.ts';
import type { Scan } from '../scan.ts';
import { isPlaceName } from '../word-classes.ts';
import { retypeDefinitions, voidDefinitions } from './void-definitions.ts';

/** Why a mention was dropped, for reports and tests. */
export const FIRM_CUE_MISREAD_RULE = 'firm-cue-misread';

/** Legal forms that are also English adjectives or nouns, read as a cue only at the end of a name. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(kinds.peopleNouns);
/** Firm cues that also name groupings of bodies ("Consortium for …", "Group for …"): no firm's on their own. */
const GROUPING_CUES: ReadonlySet<string> = new Set(['consortium', 'group']);
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(['limited', 'incorporated', 'holding', 'holdings']);

function isPlaceWord(scan: Scan, word: string): boolean {
  const hit = scan.context.lexicon.phrases.get(phraseKey(word));
  return isPlaceName(word.toLowerCase()) || hit?.kind === 'capital' || (hit?.kind === 'not-actor' && /^\p{Lu}/u.test(word));
}

/** Rules that retype a misread firm as an organisation. */
export type BodyRule = 'place-group' | 'people-group' | 'purpose-body';

export function misreadFirmCue(scan: Scan, mention: CandidateMention): 'drop' | BodyRule | undefined {
  if (mention.type !== 'firm' || mention.kind === 'lexicon' || mention.rule === 'lexicon') return undefined;
  const words = mention.label.split(/\s+/);
  const keys = words.map((word) => word.toLowerCase().replace(/[.,]$/, ''));
  if (words.length === 1 && PORTFOLIO_WORDS.has(keys[0] as string)) return 'drop';
  const { firmCues } = scan.context.lexicon;
  const strong = (key: string): boolean => firmCues.has(key) && !WEAK_FIRM_CUES.has(key);
  if (words.length >= 2 && LEGAL_FORM_WORDS.has(keys[0] as string) && !keys.slice(1).some(strong)) return 'drop';
  if (words.length === 2 && keys[1] === 'group' && isPlaceWord(scan, words[0] as string)) return 'place-group';
  // "Chamber of Commerce, Maine & Co.": a place with "& Co." is the tail of a list, no firm.
  const placeAndCo = /^(\S+) (?:&|and) (?:Co\.?|Company)$/.exec(mention.label);
  if (placeAndCo && isPlaceWord(scan, placeAndCo[1] as string)) return 'drop';
  // "Commonwealth Eminent Persons Group", "Friends Group": a group of people is a panel or a body.
  const groupAt = keys.lastIndexOf('group');
  if (groupAt > 0 && PEOPLE_NOUNS.has(keys[groupAt - 1] as string)) return 'people-group';
  // "Consortium for Energy Efficiency": a name of purpose ("X for Y") with no legal form or firm noun is no firm's.
  if (keys.includes('for') && !keys.some((key) => strong(key) && !GROUPING_CUES.has(key))) return 'purpose-body';
  return undefined;
}

export function fixMisreadFirmCues(scan: Scan): void {
  const dropped = new Set<string>();
  const kept: CandidateMention[] = [];
  const retyped = new Map<string, 'organisation'>();
  for (const mention of scan.mentions) {
    const verdict = misreadFirmCue(scan, mention);
    if (verdict === 'drop') dropped.add(mention.label);
    else if (verdict === undefined) kept.push(mention);
    else {
      kept.push({ ...mention, type: 'organisation', rule: verdict });
      retyped.set(mention.label, 'organisation');
    }
  }
  scan.mentions = kept;
  voidDefinitions(scan, dropped);
  retypeDefinitions(scan, retyped);
}
