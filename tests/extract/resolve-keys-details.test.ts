/**
 * Edges of the resolver's name keys and ordinary words that resolve-parts.test.ts leaves open
 * (survivors of the 2026-12-07 mutation run; capital use's are in resolve-capital-use.test.ts).
 * Expected values worked out by hand from the rules in keys.ts and common-words.ts and the lists in
 * src/extract/lexicon (person-names.json has "nursultan" and not "joseph"; name-variants.json
 * has "joseph" in a given-name group and not "nursultan").
 */
import { describe, expect, it } from 'vitest';
import { isKnownGivenName, labelKey, personWords } from '../../src/extract/resolve/keys.ts';
import { commonWordsAmong } from '../../src/extract/resolve/common-words.ts';
import { addTo, type Groups } from '../../src/extract/resolve/groups.ts';
import { mergePersonVariants, sameName } from '../../src/extract/resolve/person-variants.ts';

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

describe('ordinary words', () => {
  it('counts only the candidates', () => {
    // "the" is used twice but is no candidate; "visa" once
    expect([...commonWordsAmong(new Set(['visa']), ['the talks and the visa'])]).toEqual([]);
  });
});

describe('variants of one person: edges', () => {
  it.each([
    [['ann', 'kim', 'kim'], ['ann', 'bo', 'cy', 'kim'], false], // the shorter's middle name must be among the longer's middle names
    [['abu', 'zar'], ['abu', 'zar', 'kamal-x'], false], // "al-" only at the start of the next word
    [['mohammed', 'x'], ['mohammed', 'y', 'bin'], false], // a family part follows only a whole prefix
    [['ab', 'c'], ['a', 'bc'], false],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
    expect(sameName(b, a)).toBe(expected);
  });

  it('joins three names that all fit each other into one', () => {
    // "Joe Biden" fits "Joseph Biden" and "Joseph R. Biden" (["joseph", "biden"]), which fit each other
    const groups: Groups = new Map();
    const add = (label: string, documents: number[]) => {
      for (const document of documents) addTo(groups, labelKey(label), { document, passage: 0, start: 0, end: label.length, label, type: 'person', kind: 'named' }, 'person');
    };
    add('Joe Biden', [0]);
    add('Joseph Biden', [1]);
    add('Joseph R. Biden', [2, 3]);
    mergePersonVariants(groups);
    expect(groups.size).toBe(1);
    expect([...groups.values()][0]!.mentions).toHaveLength(4);
  });
});
