/**
 * An acronym right after a number is a unit of measure, not a body (issue 12, class 8; i12-classes2): "540,000 TEU
 * per year", "45,000 TEU", "300 MW", "2 bcm". An acronym mention the lexicon does not know, directly after a number
 * (digits, with thousands separators or a decimal point), is dropped (reason `unit-acronym`) and marked as naming
 * nothing, so its later uses alone ("the TEU") name nothing either. Kept: lexicon entries ("100 NATO troops" keeps
 * NATO) and acronyms defined in the text as an actor.
 */
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';

/** Why a mention was dropped, for reports and tests. */
export const UNIT_ACRONYM_RULE = 'unit-acronym';

const NUMBER_BEFORE = /(?:^|[^\p{L}\p{N}])\d[\d,.]*\s+$/u;

export function isUnitAcronym(scan: Scan, mention: CandidateMention): boolean {
  if (mention.kind !== 'acronym' || mention.rule !== 'acronym-undefined') return false;
  if (scan.acronyms.some((definition) => definition.acronym === mention.label && definition.type !== 'none')) return false;
  return NUMBER_BEFORE.test(scan.text.slice(Math.max(0, mention.start - 20), mention.start));
}

export function dropUnitAcronyms(scan: Scan): void {
  const units = scan.mentions.filter((mention) => isUnitAcronym(scan, mention));
  if (units.length === 0) return;
  scan.mentions = scan.mentions.filter((mention) => !units.includes(mention));
  for (const label of new Set(units.map((mention) => mention.label))) {
    if (!scan.acronyms.some((definition) => definition.acronym === label)) scan.acronyms.push({ acronym: label, label, type: 'none' });
  }
}
