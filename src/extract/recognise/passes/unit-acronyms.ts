/**
 * An acronym right after a number is a unit of measure, not a body (issue 12, class 8; i12-classes2): "540,000 TEU
 * per year", "45,000 TEU", "300 MW", "2 bcm". An acronym mention the lexicon does not know, directly after a number
 * (digits, with thousands separators or a decimal point; not a year, nor the number of an article, a section or a
 * phase: "in 2017 XFEL", "Article 5 CFA") and closing its noun phrase ("80 YSEALI alumni" is a body's), is dropped (reason `unit-acronym`) and marked as naming
 * nothing, so its later uses alone ("the TEU") name nothing either. Kept: lexicon entries ("100 NATO troops" keeps
 * NATO) and acronyms defined in the text as an actor.
 */
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';

/** Why a mention was dropped, for reports and tests. */
export const UNIT_ACRONYM_RULE = 'unit-acronym';

const NUMBER_BEFORE = /(?:^|[^\p{L}\p{N}])(\d(?:[\d,.]*\d)?)\s+$/u;
/**
 * A unit ends its noun phrase: punctuation, the end, or a function word follows ("540,000 TEU per year", "45,000 TEU.").
 * An acronym before a noun modifies it and names a body ("80 YSEALI alumni", "15 DAC members").
 */
const UNIT_AFTER = /^\s*(?:$|[.,;:()]|(?:per|a|an|in|of|by|this|that|last|each|and|or|to|from|at|on|for|was|were|is|are|has|have|had|will|would)\b)/;
/** A year ("in 2017 XFEL began") or an article or section number ("Article 5 CFA") is no quantity. */
const YEAR = /^(?:1[89]|20)\d\d$/;
const NUMBERED_BEFORE = /\b(?:article|art\.|section|chapter|paragraph|para\.|no\.|number|resolution|rule|title|phase|stage|round|group|level|class|grade|tier)\s+[\d,.]+\s+$/i;

export function isUnitAcronym(scan: Scan, mention: CandidateMention): boolean {
  if (mention.kind !== 'acronym' || mention.rule !== 'acronym-undefined') return false;
  if (scan.acronyms.some((definition) => definition.acronym === mention.label && definition.type !== 'none')) return false;
  const before = scan.text.slice(Math.max(0, mention.start - 30), mention.start);
  const number = NUMBER_BEFORE.exec(before)?.[1];
  return number !== undefined && !YEAR.test(number) && !NUMBERED_BEFORE.test(before) && UNIT_AFTER.test(scan.text.slice(mention.end, mention.end + 20));
}

export function dropUnitAcronyms(scan: Scan): void {
  const units = scan.mentions.filter((mention) => isUnitAcronym(scan, mention));
  if (units.length === 0) return;
  scan.mentions = scan.mentions.filter((mention) => !units.includes(mention));
  for (const label of new Set(units.map((mention) => mention.label))) {
    if (!scan.acronyms.some((definition) => definition.acronym === label)) scan.acronyms.push({ acronym: label, label, type: 'none' });
  }
}
