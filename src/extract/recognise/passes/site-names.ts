/**
 * A mine, an oil or gas field or a deposit named like a firm or a person (issue 12, class 7; i12-classes2): "the
 * Tavan Tolgoi mine", "Kashagan oil field", "Kashagan, the world's biggest oilfield". Where the text puts a site noun
 * (non-actor-heads.json `siteNouns`, after an optional commodity word `siteCommodities`) right after the name, or describes
 * the name as one in an apposition, the name is a place where a resource is taken out: the mention is dropped and the
 * name is marked as no actor for the whole corpus (a `none` definition, as void-definitions.ts does), since the same
 * text then writes it alone ("production delays at Kashagan"). Kept: names with a firm or organisation cue of their
 * own ("Kumtor Gold Company", "Tavan Tolgoi JSC"), lexicon entries, states and acronyms.
 */
import kinds from '../../lexicon/non-actor-heads.json' with { type: 'json' };
import type { CandidateMention } from '../../types.ts';
import type { Scan } from '../scan.ts';

/** Why a mention was dropped, for reports and tests. */
export const SITE_NAME_RULE = 'site-name';

const alternatives = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/[-\s]/g, '[-\\s]?')).join('|');
const SITE = `(?:${alternatives(kinds.siteNouns)})`;
const COMMODITY = `(?:${alternatives(kinds.siteCommodities)})`;
/**
 * "… mine", "… field", "… gold mine", "… coal deposits", "… oil and gas fields". Without a commodity word only a
 * singular mine or field counts: "Sberbank deposits", "Rio Tinto mines copper", "Microsoft fields questions" are no sites.
 */
const SITE_AFTER = new RegExp(String.raw`^\s+(?:${COMMODITY}\s+${SITE}|(?:mine|field|oilfield|gasfield))\b`, 'iu');
/** "…, the world's biggest oilfield", "…, a gold deposit in …": an apposition whose head is a site noun. */
const SITE_APPOSITION = new RegExp(String.raw`^\s*,\s*(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?${SITE}\b`, 'iu');

function hasCue(scan: Scan, mention: CandidateMention): boolean {
  const { organisationCues, firmCues } = scan.context.lexicon;
  return mention.label.toLowerCase().split(/\s+/).some((word) => organisationCues.has(word) || firmCues.has(word.replace(/[.,]$/, '')));
}

export function isSiteName(scan: Scan, mention: CandidateMention): boolean {
  if (mention.type === 'state' || mention.kind === 'lexicon' || mention.kind === 'acronym' || mention.rule === 'lexicon') return false;
  if (hasCue(scan, mention)) return false;
  const after = scan.text.slice(mention.end, mention.end + 80);
  return SITE_AFTER.test(after) || SITE_APPOSITION.test(after);
}

export function dropSiteNames(scan: Scan): void {
  const sites = scan.mentions.filter((mention) => isSiteName(scan, mention));
  if (sites.length === 0) return;
  scan.mentions = scan.mentions.filter((mention) => !sites.includes(mention));
  for (const label of new Set(sites.map((mention) => mention.label))) scan.acronyms.push({ acronym: label, label, type: 'none' });
}
