/**
 * Written variants of one person's name become one actor: "Joseph R. Biden Jr." and
 * "Joe Biden" (initials, suffixes, well-known short forms of given names), "Kassym-Jomart
 * Tokayev" and "Kassym-Jomart Kemelevich Tokayev" (a middle name), "Tayyip Erdoğan" and
 * "Recep Tayyip Erdoğan", "Mohammed bin Salman" and "Mohammed bin Salman Al Saud" (a
 * family part). A name joins others only when every name it fits also fits each other:
 * "Chris Smith" stays apart when both "Christopher Smith" and "Christine Smith" exist.
 * Romanisations of one name meet ("Yevgeniy Sysoyev" / "Yevgeny Sysoev", spelling-variants.ts), and
 * a leading initial stands for a given name ("N. Nazarbayev").
 */
import { groupLabel, groupType, mergeGroup, type Group, type Groups } from './groups.ts';
import { personWords, sameGivenName } from './keys.ts';
import { sameNameWord, spellingKey } from './spelling-variants.ts';

/** Words that open the family or dynastic part of a name ("bin Salman Al Saud", "von der Leyen"). */
const FAMILY_PARTICLES = new Set(['bin', 'ibn', 'bint', 'ben', 'al', 'el', 'abu', 'ould', 'von', 'van', 'de', 'da', 'di', 'du', 'del', 'der', 'la', 'le']);

interface PersonName {
  group: Group;
  words: string[];
}

export function mergePersonVariants(groups: Groups): void {
  const names: PersonName[] = [];
  for (const group of groups.values()) {
    const label = groupLabel(group);
    if (groupType(group) !== 'person' || label === undefined) continue;
    const words = personWords(label);
    if (words.length >= 2) names.push({ group, words });
  }

  const parent = new Map<PersonName, PersonName>();
  const find = (name: PersonName): PersonName => {
    let root = name;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as PersonName;
    parent.set(name, root);
    return root;
  };
  const union = (a: PersonName, b: PersonName): void => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent.set(rootB, rootA);
  };

  // Names that could be variants share their last word ("Erdoğan") or their first ("Mohammed … Al Saud").
  const buckets = new Map<string, PersonName[]>();
  for (const name of names) {
    for (const word of bucketKeys(name.words)) {
      const bucket = buckets.get(word) ?? [];
      bucket.push(name);
      buckets.set(word, bucket);
    }
  }
  const fitsOf = new Map<PersonName, PersonName[]>();
  for (const name of names) {
    const fits = new Set<PersonName>();
    for (const word of bucketKeys(name.words)) {
      for (const other of buckets.get(word) ?? []) if (other !== name && sameName(name.words, other.words)) fits.add(other);
    }
    fitsOf.set(name, [...fits]);
  }
  // A name that fits two names which do not fit each other ("Chris Smith") is joined to neither.
  const consistent = (name: PersonName): boolean => {
    const all = fitsOf.get(name) ?? [];
    return all.every((a, i) => all.every((b, j) => i >= j || sameName(a.words, b.words)));
  };
  for (const name of names) {
    if (!consistent(name)) continue;
    for (const other of fitsOf.get(name) ?? []) if (consistent(other)) union(name, other);
  }

  const clusters = new Map<PersonName, PersonName[]>();
  for (const name of names) {
    const root = find(name);
    clusters.set(root, [...(clusters.get(root) ?? []), name]);
  }
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    const target = [...members].sort((a, b) => b.group.mentions.length - a.group.mentions.length || (a.group.key < b.group.key ? -1 : 1))[0] as PersonName;
    for (const member of members) mergeGroup(groups, member.group, target.group);
  }
}

/** Names that could be variants share their surname's or their first word's spelling key. */
function bucketKeys(words: readonly string[]): string[] {
  return [...new Set([`last:${spellingKey(words[words.length - 1] as string)}`, `first:${spellingKey(words[0] as string)}`])];
}

/** Could two names (as person words) be written forms of one person's name? */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.join(' ') === longer.join(' ')) return true;
  const [keysShorter, keysLonger] = [shorter.map(spellingKey), longer.map(spellingKey)];
  const lastOfShorter = shorter[shorter.length - 1] as string;
  const lastOfLonger = longer[longer.length - 1] as string;
  const lastSame = sameNameWord(lastOfShorter, lastOfLonger, false);
  const givenSame = sameGiven(shorter[0] as string, longer[0] as string);
  // Same given name (or a short form of it), same surname, the shorter's middle names all in the longer's.
  // With the given names agreeing in full, the surnames may be one inserted vowel apart ("Nazarabayev").
  const surnamesMeet = lastSame || (givenSame && sameNameWord(lastOfShorter, lastOfLonger, true));
  if (surnamesMeet && givenSame && isSubsequence(keysShorter.slice(1, -1), keysLonger.slice(1, -1))) return true;
  // "N. Nazarbayev" of "Nursultan Nazarbayev": a leading initial, the rest the same.
  if (lastSame && shorter.length === longer.length && isInitialOf(shorter[0] as string, longer[0] as string) &&
    isSubsequence(keysShorter.slice(1, -1), keysLonger.slice(1, -1))) return true;
  // One leading given name dropped: "Tayyip Erdoğan" of "Recep Tayyip Erdoğan".
  if (lastSame && longer.length === shorter.length + 1 && isSuffix(keysShorter, keysLonger)) return true;
  // A family part dropped: "Mohammed bin Salman" of "Mohammed bin Salman Al Saud".
  const next = longer[shorter.length] ?? '';
  return isPrefix(keysShorter, keysLonger) && (FAMILY_PARTICLES.has(next) || /^(al|el)-/.test(next));
}

/** Given names that agree: the same, a well-known short form, or one romanisation ("Yevgeniy" / "Yevgeny"). */
function sameGiven(a: string, b: string): boolean {
  return sameGivenName(a, b) || sameNameWord(a, b, false);
}

/** "n" of "nursultan" (either way round): a single letter that opens the other, longer word. */
function isInitialOf(a: string, b: string): boolean {
  const [initial, name] = a.length <= b.length ? [a, b] : [b, a];
  return initial.length === 1 && name.length > 1 && name.startsWith(initial);
}

function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let index = 0;
  for (const word of whole) if (word === part[index]) index++;
  return index === part.length;
}

function isSuffix(part: readonly string[], whole: readonly string[]): boolean {
  return part.every((word, index) => whole[whole.length - part.length + index] === word);
}

function isPrefix(part: readonly string[], whole: readonly string[]): boolean {
  return part.every((word, index) => whole[index] === word);
}
