/**
 * tagPhrase (recognise/tagger.ts): the type compromise's tags give the words of one phrase. The
 * expected types are worked out from the rule (places win ties, then person over organisation only
 * when strictly more) and the tags compromise gives these sentences, quoted in each case.
 */
import { describe, expect, it } from 'vitest';
import { tagPhrase } from '../../src/extract/recognise/tagger.ts';

function typeOf(sentence: string, phrase: string): string | undefined {
  const start = sentence.indexOf(phrase);
  if (start < 0) throw new Error(`${phrase} not in ${sentence}`);
  return tagPhrase(sentence, start, start + phrase.length);
}

describe('tagPhrase', () => {
  it('counts person and organisation tags inside the phrase only', () => {
    const sentence = 'John Smith and Microsoft Corporation talked.'; // Person ×2, then Organization ×2
    expect(typeOf(sentence, 'John Smith')).toBe('person');
    expect(typeOf(sentence, 'Microsoft Corporation')).toBe('organisation');
    expect(typeOf('Yesterday Microsoft grew.', 'Microsoft')).toBe('organisation'); // one Organization, first word
    expect(typeOf('The meeting was quiet.', 'meeting')).toBeUndefined(); // no tag
  });
  it('gives a person only when person tags outnumber organisation tags', () => {
    // Person ×2, Organization ×2: a tie is an organisation.
    expect(typeOf('John Smith of Microsoft Corporation spoke.', 'John Smith of Microsoft Corporation')).toBe('organisation');
  });
  it('leaves a phrase with at least as many place tags as either other kind', () => {
    expect(typeOf('They flew to Paris yesterday.', 'Paris')).toBeUndefined(); // Place ×1
    expect(typeOf('He went to Paris Microsoft today.', 'Paris Microsoft')).toBeUndefined(); // Place 1, Organization 1
    expect(typeOf('He met John in Paris today.', 'John in Paris')).toBeUndefined(); // Person 1, Place 1
    expect(typeOf('He met John Smith in Paris today.', 'John Smith in Paris')).toBe('person'); // Person 2, Place 1
    expect(typeOf('Microsoft Corporation of Paris grew.', 'Microsoft Corporation of Paris')).toBe('organisation'); // Organization 2, Place 1
  });
});
