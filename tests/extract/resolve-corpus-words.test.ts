/**
 * resolve/corpus-words.ts answers resolution's two questions about the corpus (common lower-case words, phrases
 * written in lower case) from one walk over the texts. Invented mentions and texts; expected sets worked out by hand
 * from the rules in common-words.ts (two lower-case uses) and lowercase-phrases.ts (a phrase of two words: once in
 * lower case and at least as often as with capitals).
 */
import { describe, expect, it } from 'vitest';
import { scanCorpusWords, type LocatedMention } from '../../src/extract/resolve/index.ts';
import { mention } from '../helpers/located-mentions.ts';

const texts = [
  'The Steering Board met on visa rules. The steering board and the visa office agreed.',
  'A visa costs little. Power Grid sold power to the executive office.',
];

describe('scanCorpusWords', () => {
  it('finds lone names and guessed names\' words the texts write in lower case twice or more', () => {
    const guessed: LocatedMention = { ...mention('Power Grid', 'firm', 'named'), rule: 'tagger' };
    const scan = scanCorpusWords(texts, [mention('Visa', 'firm', 'named'), guessed, mention('Office Tower', 'firm', 'named')], []);
    // "visa": 3 lower-case uses; "power": 1; "grid": 0; "office"/"tower" are words of a name no rule guessed.
    expect([...scan.commonWords]).toEqual(['visa']);
  });

  it('answers for a phrase among the labels it walked with', () => {
    const scan = scanCorpusWords(texts, [mention('Steering Board', 'organisation', 'named')], []);
    // "steering board": once in lower case, once with capitals.
    expect([...scan.writtenLowerCase(new Set(['steering board']))]).toEqual(['steering board']);
  });

  it('answers alike for a phrase no label or author gave it (counted when asked)', () => {
    const scan = scanCorpusWords(texts, [], ['Steering Board']);
    // "executive office" is no label it walked with, yet is written once in lower case and never with capitals;
    // "power grid" is written only with capitals.
    expect([...scan.writtenLowerCase(new Set(['executive office', 'steering board', 'power grid']))].sort()).toEqual(['executive office', 'steering board']);
  });
});
