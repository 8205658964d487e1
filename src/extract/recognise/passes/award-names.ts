/**
 * An award named after the body that gives it ("Office of the Secretary of Defense Medal for Exceptional Public
 * Service", "the Lewis Thomas Award", "DoD Medal for Distinguished Public Service"): a capitalised award word (medal,
 * award, prize … : kind-words.json `awardWords`) inside a name, ending it or followed by "for/of/in", makes the whole
 * name an award's, no actor (issue 12, class 7); dropped (reason `award-name`). The run passes stop at such a word only
 * when it ends the name; here the body's own cue word ("Office") came first. States and lexicon entries are kept.
 */
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import { voidDefinitions } from './void-definitions.ts';

/** Why a mention was dropped, for reports and tests. */
export const AWARD_NAME_RULE = 'award-name';

const AWARD = new RegExp(String.raw`(?:^|\s)(?:${kinds.awardWords.join('|')})(?:$|\s+(?:for|of|in)\s)`);

export function isAwardName(mention: CandidateMention): boolean {
  return mention.type !== 'state' && mention.kind !== 'lexicon' && mention.rule !== 'lexicon' && mention.kind !== 'acronym' && AWARD.test(mention.label);
}

export function dropAwardNames(scan: Scan): void {
  const dropped = new Set(scan.mentions.filter(isAwardName).map((mention) => mention.label));
  scan.mentions = scan.mentions.filter((mention) => !isAwardName(mention));
  voidDefinitions(scan, dropped);
}
