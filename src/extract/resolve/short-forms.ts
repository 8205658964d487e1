/**
 * Short forms: a lone surname ("Biden", "Sherwood-Randall"), a lone given name ("Jake"),
 * or a body's name without its cue word ("Alibaba" for "Alibaba Group"). A short form
 * joins an actor only on evidence: the full name in the same document, or, for surnames
 * and bodies, one actor that owns the short form across the corpus. A given name alone
 * joins only a person named in full in the same document, and only when that document
 * names one such person ("Denis" is not everyone's Denis).
 */
import type { LexiconIndex } from '../recognise/index.ts';
import { groupLabel, groupType, type Group, type Groups } from './groups.ts';
import { isFirstName } from '../lexicon/first-names.ts';
import { chineseSurnames } from '../lexicon/person-names.ts';
import { isKnownGivenName, labelKey, personWords } from './keys.ts';
import { spellingKey, vowelDeletions } from './spelling-variants.ts';

const CHINESE_SURNAMES = new Set(chineseSurnames.map((name) => labelKey(name)));

/**
 * Across documents, a surname or bare body name goes to the actor that has this share of the
 * mentions of every actor it could stand for ("Biden": the president, not his son).
 */
const DOMINANT_SHARE = 0.9;

export interface ShortFormIndex {
  /** By the surname's spelling key (spelling-variants.ts): "Sysoev" finds "Yevgeny Sysoyev". */
  byLastName: Map<string, Group[]>;
  /** By the surname's key less one inner vowel: "Nazarabayev" finds "Nursultan Nazarbayev", in one document only. */
  byLastNameLessVowel: Map<string, Group[]>;
  byFirstName: Map<string, Group[]>;
  byCore: Map<string, Group[]>;
}

export function indexShortForms(groups: Groups, lexicon: LexiconIndex): ShortFormIndex {
  const index: ShortFormIndex = { byLastName: new Map(), byLastNameLessVowel: new Map(), byFirstName: new Map(), byCore: new Map() };
  const push = (map: Map<string, Group[]>, key: string, group: Group): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(group)) list.push(group);
    map.set(key, list);
  };
  for (const group of groups.values()) {
    const type = groupType(group);
    if (type === 'person') {
      const words = personWords(groupLabel(group) ?? group.key);
      if (words.length < 2) continue;
      const last = words[words.length - 1] as string;
      push(index.byLastName, spellingKey(last), group);
      for (const lessVowel of vowelDeletions(spellingKey(last))) push(index.byLastNameLessVowel, lessVowel, group);
      // "Burmi" of "Abu Zar al-Burmi": the surname without its article.
      if (/^(al|el|ad|an|ar|as|at|az)-./.test(last)) push(index.byLastName, spellingKey(last.replace(/^[a-z]+-/, '')), group);
      // Family name first ("Xi Jinping", "Wang Yi"): the first word is the surname.
      if (CHINESE_SURNAMES.has(words[0] as string)) push(index.byLastName, spellingKey(words[0] as string), group);
      // Only a given name stands for a person alone ("Karine"); "Defense" of "Defense Lloyd Austin" does not.
      if (isFirstName(words[0] as string) || isKnownGivenName(words[0] as string)) push(index.byFirstName, words[0] as string, group);
    } else if (type === 'organisation' || type === 'firm') {
      const parts = group.key.split(' ');
      while (parts.length > 1 && (lexicon.firmCues.has(parts[parts.length - 1] ?? '') || lexicon.organisationCues.has(parts[parts.length - 1] ?? ''))) parts.pop();
      const core = parts.join(' ');
      if (core !== group.key) push(index.byCore, core, group);
    }
  }
  return index;
}

/** The actor a lone word stands for, if the evidence says which; else undefined. */
export function shortFormTarget(label: string, key: string, document: number, index: ShortFormIndex, isCommonWord: (key: string) => boolean): Group | undefined {
  const asPerson = personWords(label).join(' ');
  const surnameKey = spellingKey(asPerson);
  // An ordinary English word ("World", "Security", "Young") is a short form only where the full name is
  // in the same document, and only of a person ("Power" for Samantha Power), never of a body ("World Bank").
  const common = !key.includes(' ') && isCommonWord(key);
  const lastNames = index.byLastName.get(surnameKey);
  // A surname named in this document, else its dominant owner in the corpus; but a known given name that opens the
  // name of someone in this document is that person's there ("Kenyatta" in a bio of Kenyatta Ruffin is not Uhuru
  // Kenyatta, however often the corpus names him), left to the given-name reading below (issue 12 class 16).
  const givenHere = (index.byFirstName.get(asPerson) ?? []).some((group) => group.documents.has(document));
  return (common ? byLocalOnly(lastNames, document, true)
    : byLocalOnly(lastNames, document, true) ?? (givenHere ? undefined : byLocalOrDominant(lastNames, document)))
    ?? (common ? undefined : byLocalOnly(oneVowelApartSurnames(surnameKey, index), document))
    ?? (common ? undefined : byLocalOrDominant(index.byCore.get(key), document))
    ?? (common ? undefined : byLocalOnly(index.byFirstName.get(asPerson), document));
}

/** Persons whose surname is one inner vowel from this key, either way ("nazarabaev" / "nazarbaev"). */
function oneVowelApartSurnames(key: string, index: ShortFormIndex): Group[] {
  const found = new Set<Group>(index.byLastNameLessVowel.get(key) ?? []);
  for (const lessVowel of vowelDeletions(key)) for (const group of index.byLastName.get(lessVowel) ?? []) found.add(group);
  return [...found];
}

/** One candidate named in this document (the most mentioned there if several), else one that dominates the corpus. */
function byLocalOrDominant(candidates: Group[] | undefined, document: number): Group | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  const local = candidates.filter((group) => group.documents.has(document));
  if (local.length > 0) return mostMentioned(local, (group) => group.documents.get(document) ?? 0);
  const total = candidates.reduce((sum, group) => sum + group.mentions.length, 0);
  const best = mostMentioned(candidates, (group) => group.mentions.length);
  return best.mentions.length >= DOMINANT_SHARE * total ? best : undefined;
}

/** One candidate named in this document (with `mostMentioned`, the most mentioned there if several). */
function byLocalOnly(candidates: Group[] | undefined, document: number, mostMentionedThere = false): Group | undefined {
  const local = (candidates ?? []).filter((group) => group.documents.has(document));
  if (local.length > 1 && mostMentionedThere) return mostMentioned(local, (group) => group.documents.get(document) ?? 0);
  return local.length === 1 ? local[0] : undefined;
}

function mostMentioned(groups: Group[], count: (group: Group) => number): Group {
  return [...groups].sort((a, b) => count(b) - count(a) || b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : 1))[0] as Group;
}
