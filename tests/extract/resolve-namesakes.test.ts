/**
 * Namesakes kept apart (issue 12 class 16): a lone word that is a known given name opening the name of a person in
 * the same document is not given to the corpus's owner of that surname ("Kenyatta" in a bio of Kenyatta Ruffin is
 * not Uhuru Kenyatta). Expected values worked out by hand from short-forms.ts and the given-name list
 * (lexicon/first-names: "Kenyatta" and "Joe" are in it, "Rahmon" and "Kishida" are not).
 */
import { describe, expect, it } from 'vitest';
import { indexShortForms, shortFormTarget } from '../../src/extract/resolve/short-forms.ts';
import { groupsOf } from '../helpers/located-mentions.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';

const never = (): boolean => false;

describe('a lone given name that opens the name of a person in the same document', () => {
  it('goes to that person, not to the corpus\'s owner of the surname', () => {
    const groups = groupsOf([['Uhuru Kenyatta', 'person', [0, 1, 2], 5], ['Kenyatta Ruffin', 'person', [3]]]);
    const index = indexShortForms(groups, smallLexiconIndex);
    expect(shortFormTarget('Kenyatta', 'kenyatta', 3, index, never)?.key).toBe('kenyatta ruffin');
    // Elsewhere the surname's dominant owner (15 of 15 surname mentions) keeps it.
    expect(shortFormTarget('Kenyatta', 'kenyatta', 4, index, never)?.key).toBe('uhuru kenyatta');
  });

  it('loses to the surname of someone named in the same document', () => {
    const both = indexShortForms(groupsOf([['Uhuru Kenyatta', 'person', [0]], ['Kenyatta Ruffin', 'person', [0]]]), smallLexiconIndex);
    expect(shortFormTarget('Kenyatta', 'kenyatta', 0, both, never)?.key).toBe('uhuru kenyatta');
  });

  it('with two such persons in the document, goes to neither', () => {
    const groups = groupsOf([['Uhuru Kenyatta', 'person', [0], 5], ['Kenyatta Ruffin', 'person', [3]], ['Kenyatta Smith', 'person', [3]]]);
    const index = indexShortForms(groups, smallLexiconIndex);
    expect(shortFormTarget('Kenyatta', 'kenyatta', 3, index, never)).toBeUndefined();
  });

  it('leaves surnames that are no given names to their dominant owner (family name first, "Kishida Fumio")', () => {
    const groups = groupsOf([['Fumio Kishida', 'person', [0, 1], 5], ['Kishida Fumio', 'person', [3]], ['Emomali Rahmon', 'person', [0], 5], ['Rahmon Nabiyev', 'person', [3]]]);
    const index = indexShortForms(groups, smallLexiconIndex);
    expect(shortFormTarget('Kishida', 'kishida', 3, index, never)?.key).toBe('fumio kishida');
    expect(shortFormTarget('Rahmon', 'rahmon', 3, index, never)?.key).toBe('emomali rahmon');
  });
});
