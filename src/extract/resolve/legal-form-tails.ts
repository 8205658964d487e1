/**
 * A firm named with and without its closing legal form is one firm: "Centerra Gold Company" and "Centerra Gold",
 * "Bank of China Limited" and "Bank of China". Only where the corpus has both as firms, and only when the name
 * without the legal form keeps two words or more ("Gold Company" never becomes "Gold").
 */
import { groupType, mergeGroup, type Group, type Groups } from './groups.ts';

/** Legal-form words as labelKey writes them (unifyLegalForm turns "company" into "corporation"). */
const LEGAL_FORM_WORDS = new Set(['corporation', 'company', 'limited', 'incorporated', 'plc', 'llc', 'ag', 'sa', 'jsc']);
const MIN_WORDS_LEFT = 2;

export function mergeLegalFormTails(groups: Groups): void {
  for (const group of [...groups.values()]) {
    if (!groups.has(group.key) || groupType(group) !== 'firm') continue;
    const words = group.key.split(' ');
    if (words.length <= MIN_WORDS_LEFT || !LEGAL_FORM_WORDS.has(words[words.length - 1] as string)) continue;
    const bare: Group | undefined = groups.get(words.slice(0, -1).join(' '));
    if (!bare || bare === group || groupType(bare) !== 'firm') continue;
    const [into, from] = bare.mentions.length >= group.mentions.length ? [bare, group] : [group, bare];
    mergeGroup(groups, from, into);
  }
}
