/**
 * Namesakes kept apart (issue 12 class 16): a generation number ("John S. McCain IV" is not "John McCain"), and a lone
 * word that opens the name of a person named in the same document ("Kenyatta" in a bio of Kenyatta Ruffin is not
 * given to the corpus's Uhuru Kenyatta). Expected values worked out by hand from keys.ts, person-variants.ts and short-forms.ts.
 */
import { describe, expect, it } from 'vitest';
import { generationOf, personKey } from '../../src/extract/resolve/keys.ts';
import { mergePersonVariants } from '../../src/extract/resolve/person-variants.ts';
import { indexShortForms, shortFormTarget } from '../../src/extract/resolve/short-forms.ts';
import { resolveActors } from '../../src/extract/resolve/index.ts';
import { groupsOf, mentionOf, summary } from '../helpers/located-mentions.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';

const never = (): boolean => false;

describe('a generation number keeps two persons apart', () => {
  it.each([
    ['John S. McCain IV', 'iv', 'john mccain iv'],
    ['John McCain', '', 'john mccain'],
    ['Joseph R. Biden Jr.', '', 'joseph biden'], // "Jr." is no generation number: the president is "Joe Biden" too
    ['Charles III', '', 'charles'], // two words: a regnal number, as before (personWords keeps it out of the key … )
    ['Martin Luther King III', 'iii', 'martin luther king iii'],
  ])('%s → generation "%s", key "%s"', (label, generation, key) => {
    expect(generationOf(label)).toBe(generation);
    // "Charles III": personWords keeps both words ("charles iii"), so the key is unchanged by the generation rule.
    expect(personKey(label)).toBe(label === 'Charles III' ? 'charles iii' : key);
  });

  it('merges name variants only within one generation', () => {
    const groups = groupsOf([
      ['John McCain', 'person', [0, 1], 3],
      ['John Sidney McCain', 'person', [1]],
      ['John Sidney McCain IV', 'person', [2]],
    ]);
    mergePersonVariants(groups);
    // "John Sidney McCain" (1 mention) joins "John McCain" (6); the IV stays alone.
    expect([...groups.values()].map((group) => `${group.key}:${group.mentions.length}`).sort())
      .toEqual(['john mccain:7', 'john sidney mccain iv:1']);
  });

  it('in the resolver, the namesake with IV keeps his own mentions', () => {
    const actors = resolveActors([
      mentionOf('John McCain', 'person', 'named', 0),
      mentionOf('John McCain', 'person', 'named', 1),
      mentionOf('John S. McCain IV', 'person', 'named', 2),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual(['person:John McCain:2', 'person:John S. McCain IV:1']);
  });
});

describe('a lone word that opens the name of a person in the same document', () => {
  it('is not given to a namesake whose surname it is in other documents', () => {
    const groups = groupsOf([['Uhuru Kenyatta', 'person', [0, 1, 2], 5], ['Kenyatta Ruffin', 'person', [3]]]);
    const index = indexShortForms(groups, smallLexiconIndex);
    // "Kenyatta" is in the given-name list (lexicon/first-names): the one person of document 3 it opens takes it.
    expect(shortFormTarget('Kenyatta', 'kenyatta', 3, index, never)?.key).toBe('kenyatta ruffin');
    // "Rahmon" is not: beside "Rahmon Nabiyev" it goes to neither (it may well be the president's surname there).
    const rahmon = indexShortForms(groupsOf([['Emomali Rahmon', 'person', [0, 1, 2], 5], ['Rahmon Nabiyev', 'person', [3]]]), smallLexiconIndex);
    expect(shortFormTarget('Rahmon', 'rahmon', 3, rahmon, never)).toBeUndefined();
    expect(shortFormTarget('Rahmon', 'rahmon', 4, rahmon, never)?.key).toBe('emomali rahmon');
    // Elsewhere the surname's dominant owner (15 of 15 surname mentions) keeps it.
    expect(shortFormTarget('Kenyatta', 'kenyatta', 4, index, never)?.key).toBe('uhuru kenyatta');
    // In a document naming both, the surname wins: the first-word reading is the fallback.
    const both = indexShortForms(groupsOf([['Uhuru Kenyatta', 'person', [0]], ['Kenyatta Ruffin', 'person', [0]]]), smallLexiconIndex);
    expect(shortFormTarget('Kenyatta', 'kenyatta', 0, both, never)?.key).toBe('uhuru kenyatta');
  });

  it('leaves a known given name to the one person of the document who has it', () => {
    // "Joe" opens "Joe Smith" here and is the surname of "Anna Joe" elsewhere: the given-name reading still applies.
    const groups = groupsOf([['Anna Joe', 'person', [0], 5], ['Joe Smith', 'person', [3]]]);
    const index = indexShortForms(groups, smallLexiconIndex);
    expect(shortFormTarget('Joe', 'joe', 3, index, never)?.key).toBe('joe smith');
    expect(shortFormTarget('Joe', 'joe', 1, index, never)?.key).toBe('anna joe');
  });
});
