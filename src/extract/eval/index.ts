/**
 * Extractor evaluation against a hand-annotated gold set (issue 3: `npm run eval`).
 * Pure and browser-safe; the file reading lives in ../cli/eval.ts.
 */
export type * from './types.ts';
export { BARS } from './bars.ts';
export { normaliseSurface } from './normalise.ts';
export { parseGold, GoldFormatError } from './gold.ts';
export { score } from './score.ts';
export { formatReport } from './format.ts';
export { ruleReport, formatRuleReport, type RuleReport, type RuleRow, type TracedMention } from './rules.ts';
export { FURNITURE_KINDS, formsOf, furnitureOnlyActors, withoutActors, type FurnitureActor, type FurnitureDocument } from './furniture.ts';
