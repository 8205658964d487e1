/**
 * The word-shape evidence of recognise/name-evidence.ts and the compromise look-ups of
 * recognise/word-classes.ts, one rule at a time. Expected values follow each function's comment and
 * the lexicon data it reads (given names, Chinese surnames, pinyin; compromise's tags, quoted here).
 */
import { describe, expect, it } from 'vitest';
import { isChineseName, isRegionalGivenName, looksLikeFirmWord } from '../../src/extract/recognise/name-evidence.ts';
import { tokenize, type Token } from '../../src/extract/recognise/tokens.ts';
import { isAdjective, isCommonWord, isFirstName, isLastName, isNounLike, isPlaceName } from '../../src/extract/recognise/word-classes.ts';

const words = (text: string): Token[] => tokenize(text, new Set([0]));
const word = (text: string): Token => {
  const [token] = words(text);
  if (!token) throw new Error(`no token in ${text}`);
  return token;
};

describe('isRegionalGivenName', () => {
  it('knows given names of the list (as keys) and nothing else', () => {
    expect(isRegionalGivenName('vladimir')).toBe(true);
    expect(isRegionalGivenName('nursultan')).toBe(true);
    expect(isRegionalGivenName('table')).toBe(false);
  });
});

describe('isChineseName: a Chinese surname and one or two given names in pinyin', () => {
  it('takes two or three words', () => {
    expect(isChineseName(words('Xi Jinping'))).toBe(true);
    expect(isChineseName(words('Wang Yi'))).toBe(true);
    expect(isChineseName(words('Li Ke Qiang'))).toBe(true);
  });
  it('refuses one word or four', () => {
    expect(isChineseName(words('Wang'))).toBe(false);
    expect(isChineseName(words('Li Ke Qiang Yi'))).toBe(false);
  });
  it('needs the surname first and every given name in pinyin, not in capitals', () => {
    expect(isChineseName(words('Jinping Xi'))).toBe(false);
    expect(isChineseName(words('Smith Jinping'))).toBe(false);
    expect(isChineseName(words('Wang Johnson'))).toBe(false);
    expect(isChineseName(words('Li Ke Johnson'))).toBe(false);
    expect(isChineseName(words('Wang YI'))).toBe(false);
  });
});

describe('looksLikeFirmWord', () => {
  it('takes industry endings after three letters or more', () => {
    expect(looksLikeFirmWord(word('Kazakhtelecom'))).toBe(true);
    expect(looksLikeFirmWord(word('Rosneft'))).toBe(true);
    expect(looksLikeFirmWord(word('Telecom'))).toBe(false);
  });
  it('takes web companies by their domain ending, only at the end', () => {
    expect(looksLikeFirmWord(word('Booking.com'))).toBe(true);
    expect(looksLikeFirmWord(word('Mail.Ru'))).toBe(true);
  });
  it('takes a capital inside after a capitalised start of three letters, and two lower-case letters after it', () => {
    expect(looksLikeFirmWord(word('StatCounter'))).toBe(true);
    expect(looksLikeFirmWord(word('PetroChina'))).toBe(true);
    expect(looksLikeFirmWord(word('StatCo'))).toBe(false);
    expect(looksLikeFirmWord(word('AbStatCounter'))).toBe(false);
  });
  it('leaves surnames with a prefix, capitals, lower case and over-long words', () => {
    expect(looksLikeFirmWord(word('MacArthur'))).toBe(false);
    expect(looksLikeFirmWord(word('VonTrapp'))).toBe(false);
    expect(looksLikeFirmWord(word('ROSNEFT'))).toBe(false);
    expect(looksLikeFirmWord(word('rosneft'))).toBe(false);
    const thirty = `Stat${'c'.repeat(19)}Counter`;
    expect(thirty).toHaveLength(30);
    expect(looksLikeFirmWord(word(thirty))).toBe(true);
    expect(looksLikeFirmWord(word(`Stat${'c'.repeat(20)}Counter`))).toBe(false);
  });
});

describe('word classes from compromise’s lexicon', () => {
  it('isCommonWord: known, and under no name tag', () => {
    expect(isCommonWord('bill')).toBe(true); // ["Noun"]
    expect(isCommonWord('paris')).toBe(false); // ["City"]
    expect(isCommonWord('adj')).toBe(false); // ["Abbreviation", "Honorific"]: one name tag is enough
    expect(isCommonWord('zorblat')).toBe(false); // unknown
  });
  it('isFirstName / isLastName', () => {
    expect(isFirstName('john')).toBe(true); // ["MaleName"]
    expect(isFirstName('mary')).toBe(true); // ["FemaleName"]
    expect(isFirstName('smith')).toBe(false);
    expect(isLastName('smith')).toBe(true); // ["LastName"]
    expect(isLastName('john')).toBe(false);
  });
  it('isNounLike: unknown words, or any noun-like tag', () => {
    expect(isNounLike('zorblat')).toBe(true);
    expect(isNounLike('ad')).toBe(true); // ["Abbreviation", "Noun"]
    expect(isNounLike('green')).toBe(true); // ["Adjective"]
    expect(isNounLike('smith')).toBe(false); // ["LastName"]
  });
  it('isAdjective', () => {
    expect(isAdjective('green')).toBe(true);
    expect(isAdjective('bill')).toBe(false);
  });
  it('isPlaceName: Place, Region, Country or City', () => {
    expect(isPlaceName('asia')).toBe(true); // ["Place", "ProperNoun"]
    expect(isPlaceName('texas')).toBe(true); // ["Region", "ProperNoun"]
    expect(isPlaceName('china')).toBe(true); // ["Country"]
    expect(isPlaceName('paris')).toBe(true); // ["City"]
    expect(isPlaceName('smith')).toBe(false);
    expect(isPlaceName('bill')).toBe(false);
  });
});
