/**
 * A name opening with a verb's -ing form and no body or firm cue word of its own names a programme, a policy or a
 * headline, not an actor (issue 12, class 7): "Rebuilding American Infrastructure with Sustainability and Equity (RAISE)
 * grants", "Cutting Wasteful Spending on Big Pharma", "Building Back Better". Organisations and firms so typed (by weak
 * industry cues or a list) are dropped (reason `gerund-name`). Kept: names with an organisation cue or a strong firm cue
 * ("Advancing Women Network", "Printing House Ltd."), industry words that are firm cues themselves ("Mining",
 * "Shipping"), words that are no verb form ("Beijing", "Sterling", "Boeing") and lexicon entries.
 */
import type { CandidateMention } from '../../types.ts';
import { isEnglishWord } from '../english-words.ts';
import { WEAK_FIRM_CUES } from '../rules.ts';
import type { Scan } from '../scan.ts';
import { voidDefinitions } from './void-definitions.ts';

/** Why a mention was dropped, for reports and tests. */
export const GERUND_NAME_RULE = 'gerund-name';

/** "rebuilding" → "rebuild", "cutting" → "cut", "advancing" → "advance": the word is the -ing form of an English verb. */
export function isVerbIngForm(key: string): boolean {
  if (!/^[a-z]{3,}ing$/.test(key)) return false;
  const stem = key.slice(0, -3);
  const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled].some((base) => base.length >= 3 && isEnglishWord(base));
}

export function isGerundName(scan: Scan, mention: CandidateMention): boolean {
  if ((mention.type !== 'organisation' && mention.type !== 'firm') || mention.kind !== 'named' || mention.rule === 'lexicon') return false;
  const words = mention.label.split(/\s+/).map((word) => word.toLowerCase().replace(/[^\p{L}-]/gu, ''));
  const first = words[0] ?? '';
  if (words.length < 2 || !/^\p{Lu}/u.test(mention.label) || !isVerbIngForm(first)) return false;
  const { organisationCues, firmCues } = scan.context.lexicon;
  if (firmCues.has(first) || WEAK_FIRM_CUES.has(first)) return false;
  return !words.some((word) => organisationCues.has(word) || (firmCues.has(word) && !WEAK_FIRM_CUES.has(word)));
}

export function dropGerundNames(scan: Scan): void {
  const dropped = new Set(scan.mentions.filter((mention) => isGerundName(scan, mention)).map((mention) => mention.label));
  scan.mentions = scan.mentions.filter((mention) => !isGerundName(scan, mention));
  voidDefinitions(scan, dropped);
}
