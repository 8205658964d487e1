/**
 * A firm or body whose name is romanised two ways is one actor: "KazMunayGas" / "KazMunaiGaz", "Uzbekneftegaz" /
 * "Uzbekneftegas", "Turkmenhimiya" / "Turkmenkhimiya". The words meet by the spelling key persons use
 * (spelling-variants.ts: "kh"/"x"/"h", a vowel "y" written "i", "-gaz"/"-gas", doubled letters); only words of six
 * letters or more are touched, so short words ("Gas", "Bank") never change. Only groups of one type meet.
 */
import { groupType, mergeGroup, type Group, type Groups } from './groups.ts';
import { spellingKey } from './spelling-variants.ts';

function romanisedKey(key: string): string {
  return key.split(' ').map(spellingKey).join(' ');
}

export function mergeRomanisedBodies(groups: Groups): void {
  const byKey = new Map<string, Group[]>();
  for (const group of groups.values()) {
    const type = groupType(group);
    if (type !== 'firm' && type !== 'organisation') continue;
    const key = `${type}:${romanisedKey(group.key)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), group]);
  }
  for (const members of byKey.values()) {
    if (members.length < 2) continue;
    const [into, ...rest] = [...members].sort((a, b) => b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : 1)) as [Group, ...Group[]];
    for (const from of rest) if (groups.has(from.key) && groups.has(into.key)) mergeGroup(groups, from, into);
  }
}
