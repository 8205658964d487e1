/**
 * A firm named with and without its closing legal form is one firm: "Centerra Gold Company" and "Centerra Gold",
 * "Bank of China Limited" and "Bank of China", "Tibet Huayu Mining Co Ltd" and "Tibet Huayu Mining". The press also
 * writes one name with or without its inner space ("Exxon Mobil Corp." / "ExxonMobil"), and names a firm by one word
 * plus a form only firms carry ("Eni SpA" / "Eni"). Only where the corpus has both as firms.
 *
 * Guard: a generic form (company, corporation, limited, incorporated) leaves two words or more, so "Gold Company"
 * never becomes "Gold"; a form only a firm's name carries (SpA, plc, JSC, GmbH …) may leave one word.
 */
import { groupType, mergeGroup, type Group, type Groups } from './groups.ts';

/** Legal-form words as labelKey writes them (it spells out "co", "corp", "ltd", "inc"). */
const GENERIC_FORMS = new Set(['corporation', 'company', 'limited', 'incorporated']);
const FIRM_ONLY_FORMS = new Set([
  'plc', 'llc', 'llp', 'ag', 'sa', 'spa', 'nv', 'bv', 'gmbh', 'oyj', 'asa', 'jsc', 'pjsc', 'ojsc', 'cjsc', 'pte', 'pty', 'srl', 'sarl', 'kk',
]);
const MIN_WORDS_LEFT = 2;

interface FirmForm {
  group: Group;
  /** The name without its closing legal forms, spaces and hyphens dropped ("exxonmobil"). */
  joined: string;
  /** The legal forms it closed with, last first. */
  tail: string[];
  coreWords: number;
}

function firmForm(group: Group): FirmForm {
  const words = group.key.split(' ');
  const tail: string[] = [];
  while (words.length > 1 && (GENERIC_FORMS.has(words[words.length - 1] as string) || FIRM_ONLY_FORMS.has(words[words.length - 1] as string))) {
    tail.push(words.pop() as string);
  }
  return { group, joined: words.join('').replace(/-/g, ''), tail, coreWords: words.length };
}

/** May this written form meet others under its bare name? */
function eligible(form: FirmForm): boolean {
  return form.tail.length === 0 || form.coreWords >= MIN_WORDS_LEFT || form.tail.some((word) => FIRM_ONLY_FORMS.has(word));
}

export function mergeLegalFormTails(groups: Groups): void {
  const byJoined = new Map<string, FirmForm[]>();
  for (const group of groups.values()) {
    if (groupType(group) !== 'firm') continue;
    const form = firmForm(group);
    if (!eligible(form) || form.joined.length === 0) continue;
    byJoined.set(form.joined, [...(byJoined.get(form.joined) ?? []), form]);
  }
  for (const forms of byJoined.values()) {
    // Two bare one-word forms are one key already; a merge needs a legal form or a spaced name among them.
    if (forms.length < 2 || !forms.some((form) => form.tail.length > 0 || form.coreWords >= MIN_WORDS_LEFT)) continue;
    const [into, ...rest] = [...forms].sort((a, b) => b.group.mentions.length - a.group.mentions.length || (a.group.key < b.group.key ? -1 : 1));
    for (const from of rest) if (groups.has(from.group.key) && groups.has((into as FirmForm).group.key)) mergeGroup(groups, from.group, (into as FirmForm).group);
  }
}
