import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/extract/recognise/english-words.ts';
import { inflectionBases } from '../../src/extract/recognise/inflections.ts';

describe('inflectionBases (worked by hand)', () => {
  it.each([
    ['currencies', ['currency', 'currenci', 'currencie']],
    ['resources', ['resourc', 'resource']],
    ['agreed', ['agre', 'agree']],
    ['carried', ['carry', 'carri', 'carrie']],
    ['building', ['build', 'builde']],
    ['policy', []],
  ])('%s → %j', (word, bases) => {
    expect(inflectionBases(word)).toEqual(bases);
  });
});

describe('isEnglishWord', () => {
  it('finds listed words and the regular inflections the list leaves out', () => {
    expect(isEnglishWord('environment')).toBe(true);
    expect(isEnglishWord('resources')).toBe(true);
    expect(isEnglishWord('currencies')).toBe(true);
  });
  it('refuses names, upper case and non-letters', () => {
    expect(isEnglishWord('tokayev')).toBe(false);
    expect(isEnglishWord('Environment')).toBe(false);
    expect(isEnglishWord('co-operation')).toBe(false);
  });
});
