import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { isFirstName } from '../../src/extract/lexicon/first-names.ts';
import { isFirstName as compromiseSaysFirstName } from '../../src/extract/recognise/word-classes.ts';
import data from '../../src/extract/lexicon/first-names.json' with { type: 'json' };

describe('first names without compromise (lexicon/first-names.ts)', () => {
  it('knows the words compromise tags as first names, and only those (else rerun scripts/write-first-names.mjs)', () => {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    const words = Object.keys(lexicon);
    expect(words.filter(isFirstName)).toEqual(words.filter(compromiseSaysFirstName));
    expect(data.names.every((name) => words.includes(name))).toBe(true);
  });

  it('answers for lower-case keys like the recogniser\'s look-up', () => {
    expect(isFirstName('john')).toBe(true);
    expect(isFirstName('mary')).toBe(true);
    expect(isFirstName('china')).toBe(false);
    expect(isFirstName('John')).toBe(false);
  });
});
