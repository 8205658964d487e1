/**
 * Spelling variants of one name word, as transliteration writes them (issue 12, class 3):
 * "Sysoyev" / "Sysoev", "Yevgeniy" / "Yevgeny", "Sirojiddin" / "Sirodjidin", and a vowel
 * inserted by a typist or another romanisation ("Nazarabayev" / "Nazarbayev").
 *
 * Two levels, because the second is looser:
 * - `spellingKey`: rules of romanisation that never change which name is meant (a "y" glide before
 *   "e", "-iy"/"-ii" endings, "dj"/"dzh" for one sound, doubled letters, "kh"/"x"/"h", a vowel "y"
 *   written "i", "-gaz"/"-gas"). Used as a key corpus-wide; persons still need agreeing given names.
 * - `vowelDeletions`: the word with one inner vowel left out. Two words one inserted vowel apart
 *   share one of these. Kept for evidence in one document (a surname alone beside the full name),
 *   or given names that already agree, because distinct people can be one vowel apart.
 * The last two letters never change ("Petrov" / "Petrova", "Ivanov" / "Ivanova" are two people).
 */

/** Rewrites applied in order to a word's key (lower case, no diacritics: labelKey's output). */
const ROMANISATION_RULES: readonly [RegExp, string][] = [
  [/dzh|dj/g, 'j'],
  // "Yevgeny" / "Evgeny", "Sysoyev" / "Sysoev", "Abdyldayev" / "Abdyldaev": the glide before "e".
  [/(^|[aeiou])ye/g, '$1e'],
  // "Yevgeniy" / "Yevgeny", "Dmitrii" / "Dmitry".
  [/(?<=\w{3})(iy|ii|yi|yy)$/g, 'y'],
  // "Sirojiddin" / "Sirojidin", "Nazarbayeva" is left alone (no doubled letter).
  [/([a-z])\1+/g, '$1'],
  // One sound, written "kh" (Russian-based), "x" (Uzbek Latin) or "h" (Turkmen Latin):
  // "Berdymukhamedov" / "Berdimuhamedov", "Bakhtiyor" / "Baxtiyor", "Hramov" / "Khramov".
  [/kh|x/g, 'h'],
  // "i" and "y" as a vowel or closing a diphthong are one letter in romanised names: "Berdy-" / "Berdi-",
  // "KazMunay-" / "KazMunai-", "Nikolay" / "Nikolai". A "y" before a vowel ("Bakhtiyor", "Yusuf") is a consonant and stays.
  [/(?<=[a-z])y(?![aeiou])/g, 'i'],
  // Russian "газ": "KazMunaiGaz" / "KazMunaiGas", "Neftegaz" / "Neftegas".
  [/gaz$/g, 'gas'],
];

/**
 * Shortest word the rules touch: short names carry too little to compare, and a doubled letter there is
 * often the name itself ("Yoon" and "Yon", "Lee" and "Le" are different Korean and Vietnamese names).
 */
const MIN_WORD_LENGTH = 6;

/** One key for the romanisations of one name word ("sysoyev" and "sysoev" → "sysoev"). */
export function spellingKey(word: string): string {
  if (word.length < MIN_WORD_LENGTH || !/^[a-z'-]+$/.test(word)) return word;
  let key = word;
  for (const [pattern, replacement] of ROMANISATION_RULES) key = key.replace(pattern, replacement);
  return key;
}

/** Shortest spelling key that may lose a vowel: "Aslov" must not meet "Aslv…". */
const MIN_LENGTH_FOR_DELETION = 6;

/**
 * The spelling key with one inner vowel left out, for every such vowel: not the first letter and
 * not the last two, so an ending ("-ov"/"-ova") and an initial vowel never differ.
 */
export function vowelDeletions(key: string): string[] {
  if (key.length < MIN_LENGTH_FOR_DELETION || !/^[a-z'-]+$/.test(key)) return [];
  const deletions = new Set<string>();
  for (let index = 1; index < key.length - 2; index++) {
    if (/[aeiouy]/.test(key[index] as string)) deletions.add(key.slice(0, index) + key.slice(index + 1));
  }
  return [...deletions];
}

/** True when two spelling keys are one inner vowel apart ("nazarabaev" / "nazarbaev"). */
export function oneVowelApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return vowelDeletions(longer).includes(shorter);
}

/** Two name words written for one name: the same spelling key, or (`loose`) one inner vowel apart. */
export function sameNameWord(a: string, b: string, loose: boolean): boolean {
  if (a === b) return true;
  const keyA = spellingKey(a);
  const keyB = spellingKey(b);
  return keyA === keyB || (loose && oneVowelApart(keyA, keyB));
}
