/**
 * Edges of the resolver's name keys, capital use and ordinary words that resolve-parts.test.ts
 * leaves open (survivors of the 2026-12-07 mutation run). Expected values worked out by hand
 * from the rules in keys.ts, capital-use.ts and common-words.ts and the lists in
 * src/extract/lexicon (person-names.json has "nursultan" and not "joseph"; name-variants.json
 * has "joseph" in a given-name group and not "nursultan").
 */
import { describe, expect, it } from 'vitest';
import { isKnownGivenName, labelKey, personWords } from '../../src/extract/resolve/keys.ts';
import { capitalActsAsGovernment } from '../../src/extract/resolve/capital-use.ts';
import { commonWordsAmong } from '../../src/extract/resolve/common-words.ts';

describe('name keys', () => {
  it('drops a web suffix only at the end of the name', () => {
    expect(labelKey('Amazon.com Services')).toBe('amazon com services');
  });

  it('keeps the last word of a person\'s name even when it is one letter, and skips empty words', () => {
    // three words: the middle initial goes, the first and the last stay
    expect(personWords('John F K')).toEqual(['john', 'k']);
    expect(personWords(' John Smith')).toEqual(['john', 'smith']);
  });

  it('knows a given name from either list', () => {
    expect(isKnownGivenName('nursultan')).toBe(true);
    expect(isKnownGivenName('joseph')).toBe(true);
  });
});

describe('a capital as its government: the patterns\' anchors', () => {
  const use = (sentence: string, capital: string): boolean => {
    const start = sentence.indexOf(capital);
    return capitalActsAsGovernment(sentence, start, start + capital.length);
  };

  it.each([
    ['He read the Tehran Times’s editorial.', 'Tehran', false], // a possessive only right after the capital
    ['Moscow talks to a Kyiv-based fund.', 'Moscow', true], // "-based" only right after the capital
    ['Moscow, Tehran and Ankara met.', 'Moscow', true], // the next word must follow a space directly
    ['Beijing iPhone sales fell.', 'Beijing', true], // a word that is not capitalised at its start
    ['Beijing airport was shut.', 'Beijing', false], // a place noun, nothing before
    ['Talks with the  Moscow partners.', 'Moscow', false], // a determiner two spaces before
    ['the Moscow And Beijing talks', 'Moscow', true], // "And" after a determiner: not a lower-case word
    ['the Moscow island', 'Moscow', false], // "island" is not "is"
    ['the Moscow brand', 'Moscow', false], // "brand" is not "and"
  ])('%s → %s', (sentence, capital, expected) => {
    expect(use(sentence, capital)).toBe(expected);
  });
});

describe('ordinary words', () => {
  it('counts only the candidates', () => {
    // "the" is used twice but is no candidate; "visa" once
    expect([...commonWordsAmong(new Set(['visa']), ['the talks and the visa'])]).toEqual([]);
  });
});
