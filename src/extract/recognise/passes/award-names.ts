/**
 * An award named after the body that gives it ("Office of the Secretary of Defense Medal for Exceptional Public
 * Service", "the Lewis Thomas Award", "DoD Medal for Distinguished Public Service"): a capitalised award word (medal,
 * award, prize … : kind-words.json `awardWords`) inside a name, ending it or followed by "for/of/in", makes the whole
 * name an award's, no actor (issue 12, class 7); dropped (reason `award-name`). The run passes stop at such a word only
 * when it ends the name; here the body's own cue word ("Office") came first. Kept: a body for or on an award
 * ("Committee on the National Medal of Science"), states and lexicon entries.
 */
import kinds from '../../lexicon/kind-words.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';
import { voidDefinitions } from './void-definitions.ts';

/** Why a mention was dropped, for reports and tests. */
export const AWARD_NAME_RULE = 'award-name';

const AWARD = new RegExp(String.raw`(?:^|\s)(?:${kinds.awardWords.join('|')})(?:$|\s+(?:for|of|in)\s)`);

/** "Committee on the National Medal of Science", "Committee for the … Youth Award": a body for or on an award. */
const BODY_FOR_AWARD = /^\S+\s+(?:for|on)\s/;

export function isAwardName(scan: Scan, mention: CandidateMention): boolean {
  if (mention.type === 'state' || mention.kind === 'lexicon' || mention.rule === 'lexicon' || mention.kind === 'acronym') return false;
  const first = (mention.label.split(/\s+/)[0] ?? '').toLowerCase();
  if (BODY_FOR_AWARD.test(mention.label) && scan.context.lexicon.organisationCues.has(first)) return false;
  return AWARD.test(mention.label);
}

export function dropAwardNames(scan: Scan): void {
  const dropped = new Set(scan.mentions.filter((mention) => isAwardName(scan, mention)).map((mention) => mention.label));
  scan.mentions = scan.mentions.filter((mention) => !isAwardName(scan, mention));
  voidDefinitions(scan, dropped);
}
