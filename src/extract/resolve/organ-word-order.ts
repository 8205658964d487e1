/**
 * An organ of a known body written in its several word orders is one actor (issue 12, class 4):
 * "Council of Heads of State of the SCO" = "SCO Council of Heads of State" = "Heads of State Council of the
 * Shanghai Cooperation Organisation" = "Shanghai Cooperation Organisation Heads of State Council";
 * "Secretariat of the SCO" = "SCO Secretariat"; "General Assembly of the United Nations" = "United Nations
 * General Assembly". The parent must be a body the lexicon knows (by name or acronym), so "Council of
 * Europe" and "European Council" stay two. The organ must end or open with an organ noun
 * (lexicon/organ-events.json `organHeads`). "Council of Ministers of Foreign Affairs of the SCO" = "Council of Foreign
 * Ministers of the Member States of the SCO" (`plainOrganWords`).
 */
import organEvents from '../lexicon/organ-events.json' with { type: 'json' };
import type { LexiconIndex } from '../recognise/index.ts';
import { labelKey } from './keys.ts';
import { groupType, mergeGroup, type Group, type Groups } from './groups.ts';

const ORGAN_HEADS = new Set(organEvents.organHeads.map((word) => word.toLowerCase()));

/** The lexicon's canonical key of a known body written as `key` (a name or an acronym), else undefined. */
function knownBodyKey(key: string, lexicon: LexiconIndex): string | undefined {
  const hit = lexicon.phrases.get(key) ?? (key.includes(' ') ? undefined : lexicon.phrases.get(`=${key.toUpperCase()}`));
  if (hit?.kind !== 'actor' || (hit.type !== 'organisation' && hit.type !== 'firm')) return undefined;
  return labelKey(hit.label);
}

/**
 * Wordings of one organ: "of the Member States" says nothing more ("Council of Foreign Ministers of the Member States of
 * the SCO"), and "Ministers of Foreign Affairs" / "Ministers of Defence" are "Foreign Ministers" / "Defence Ministers".
 */
function plainOrganWords(organ: string): string {
  return organ
    .replace(/ of (?:the )?member states$/, '')
    .replace(/\bministers of ([a-z]+(?: [a-z]+)?) affairs\b/, '$1 ministers')
    .replace(/\bministers of ([a-z]+)$/, '$1 ministers');
}

/** "heads of state council" → "council of heads of state": an organ noun last goes first, before "of". */
function organInOneOrder(written: string): string | undefined {
  const organ = plainOrganWords(written);
  const words = organ.split(' ');
  const last = words[words.length - 1] as string;
  if (ORGAN_HEADS.has(words[0] as string) && (words.length === 1 || words[1] === 'of')) return organ;
  if (words.length > 1 && ORGAN_HEADS.has(last)) return `${last} of ${words.slice(0, -1).join(' ')}`;
  return undefined;
}

/** "<parent>|<organ>" for a body key naming an organ of a known body in either order; else undefined. */
export function organKey(key: string, lexicon: LexiconIndex): string | undefined {
  const words = key.split(' ');
  // "<organ> of (the) <parent>": the last " of " whose rest is a known body.
  for (let at = words.length - 2; at > 0; at--) {
    if (words[at] !== 'of') continue;
    const parent = knownBodyKey(words.slice(words[at + 1] === 'the' ? at + 2 : at + 1).join(' '), lexicon);
    const organ = organInOneOrder(words.slice(0, at).join(' '));
    if (parent !== undefined && organ !== undefined) return `${parent}|${organ}`;
    if (parent !== undefined) break;
  }
  // "<parent> <organ>": the longest known body opening the name.
  for (let end = words.length - 1; end > 0; end--) {
    const parent = knownBodyKey(words.slice(0, end).join(' '), lexicon);
    if (parent === undefined) continue;
    const organ = organInOneOrder(words.slice(end).join(' '));
    return organ === undefined ? undefined : `${parent}|${organ}`;
  }
  return undefined;
}

/** Merges the bodies that share an organ key into the most mentioned of them. */
export function mergeOrganWordOrders(groups: Groups, lexicon: LexiconIndex): void {
  const byOrgan = new Map<string, Group[]>();
  for (const group of groups.values()) {
    const type = groupType(group);
    if (type !== 'organisation' && type !== 'firm') continue;
    const key = organKey(group.key, lexicon);
    if (key === undefined) continue;
    byOrgan.set(key, [...(byOrgan.get(key) ?? []), group]);
  }
  for (const members of byOrgan.values()) {
    if (members.length < 2) continue;
    const [into, ...rest] = [...members].sort((a, b) => b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : 1)) as [Group, ...Group[]];
    for (const from of rest) if (groups.has(from.key) && groups.has(into.key)) mergeGroup(groups, from, into);
  }
}
