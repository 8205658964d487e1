/**
 * Normalised keys under which written variants of one name meet: case, diacritics,
 * -ise/-ize, a leading "the", abbreviated legal forms, British/American spellings
 * ("Defence" = "Defense", "Co-operation" = "Cooperation"), and for people their
 * honorifics, middle initials and suffixes ("Joseph R. Biden Jr." = "Joseph Biden").
 */
import { phraseKey } from '../recognise/index.ts';
import variants from '../lexicon/name-variants.json' with { type: 'json' };
import { givenNames } from '../lexicon/person-names.ts';
import { unifyLegalForm } from './legal-forms.ts';

/** "China National Petroleum Corp" is "… Corporation": abbreviations of legal-form and name words. */
const ABBREVIATED_NAME_WORDS: Record<string, string> = {
  corp: 'corporation', co: 'company', ltd: 'limited', inc: 'incorporated', intl: 'international', natl: 'national',
  assn: 'association', univ: 'university', dept: 'department', bros: 'brothers', mfg: 'manufacturing',
};

const SPELLINGS: Record<string, string> = variants.spellingVariants;
const SPELLING_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${Object.keys(SPELLINGS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);

/** One spelling for words written differently on either side of the Atlantic. */
export function unifySpelling(text: string): string {
  return text.replace(SPELLING_PATTERN, (word) => SPELLINGS[word.toLowerCase()] ?? word);
}

/** Normalised form of a label: token keys, one spelling, leading "the" dropped. */
export function labelKey(label: string): string {
  return phraseKey(unifySpelling(label))
    .replace(/^the /, '')
    // "Amazon.com" is Amazon; a country domain stays part of the name ("Mail.Ru").
    .replace(/(?<=\S) (com|net|io)$/, '')
    .split(' ')
    .map((word) => ABBREVIATED_NAME_WORDS[word] ?? word)
    .join(' ')
    .replace(GROUP_OF_NUMBER, (_whole, words: string) => `group of ${numberOfWords(words)}`)
    .replace(/^.*$/, unifyLegalForm);
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "Group of Twenty-Four" is the "Group of 24", "Group of Seven" the "Group of 7": a group named by its number of members. */
const GROUP_OF_NUMBER = new RegExp(`\\bgroup of ((?:${TENS.filter(Boolean).join('|')})(?: (?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).join('|')})$`);

function numberOfWords(words: string): number {
  const [first = '', second] = words.split(' ');
  const tens = TENS.indexOf(first);
  return tens > 0 ? tens * 10 + (second === undefined ? 0 : UNITS.indexOf(second)) : UNITS.indexOf(first);
}

const HONORIFICS = new Set(variants.honorifics);
const NAME_SUFFIXES = new Set(variants.nameSuffixes);

/**
 * A person's name as its words, each a key (a hyphenated surname stays one word:
 * "Sherwood-Randall"), without honorifics, suffixes or middle initials.
 */
export function personWords(label: string): string[] {
  let words = label.split(/\s+/)
    .map((word) => labelKey(word.replace(/,$/, '')).replace(/ /g, '-'))
    .filter((word) => word !== '');
  while (words.length > 1 && HONORIFICS.has(words[0] as string)) words = words.slice(1);
  // "Elizabeth II", "Charles III": a regnal number after a lone given name is part of the name (else it meets every "Elizabeth").
  while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1] as string)) words = words.slice(0, -1);
  // Middle initials ("Joseph R. Biden"); a leading initial stays ("J. D. Vance" keeps its J).
  if (words.length > 2) words = words.filter((word, index) => index === 0 || index === words.length - 1 || word.length > 1);
  return words;
}

/** The key of a person's name: its words, spelled as labelKey spells them (so a body typed once as a person still meets its other mentions). */
export function personKey(label: string): string {
  return personWords(label).join(' ').replace(/-/g, ' ');
}

const GIVEN_NAME_GROUPS = new Map<string, Set<number>>();
variants.givenNameVariants.forEach((group, index) => {
  for (const name of group) {
    const key = labelKey(name);
    const groups = GIVEN_NAME_GROUPS.get(key) ?? new Set<number>();
    groups.add(index);
    GIVEN_NAME_GROUPS.set(key, groups);
  }
});

/** True when two given-name keys are the same name: equal, or a well-known short form or spelling of it ("joe", "joseph"). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const groupsA = GIVEN_NAME_GROUPS.get(a);
  const groupsB = GIVEN_NAME_GROUPS.get(b);
  if (!groupsA || !groupsB) return false;
  for (const group of groupsA) if (groupsB.has(group)) return true;
  return false;
}

const REGIONAL_GIVEN_NAMES = new Set(givenNames.map((name) => labelKey(name)));

/** A given name of the variants list ("joe", "antony") or of the regional given names ("nursultan"). */
export function isKnownGivenName(key: string): boolean {
  return GIVEN_NAME_GROUPS.has(key) || REGIONAL_GIVEN_NAMES.has(key);
}
