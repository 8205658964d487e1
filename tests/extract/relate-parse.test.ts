import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { packTerms, parseSentences, TERM_FLAGS, unpackTerms, type ParsedTerm } from '../../src/extract/relate/parse.ts';
import { SKIPPED_HOOKS, tagSentence, tagSentences, withSentenceTags } from '../../src/extract/sentence-tags.ts';

/**
 * The tags `nlp(sentence)` gives `sentence` parsed alone, as the letters the classifier reads,
 * with compromise's own steps minus the ones the extractor skips (nlp() runs the world's hook list).
 */
function flagsAlone(sentence: string): string[] {
  const hooks = (nlp.world() as unknown as { hooks: string[] }).hooks;
  const all = [...hooks];
  hooks.splice(0, hooks.length, ...all.filter((hook) => !SKIPPED_HOOKS.includes(hook)));
  try {
    const docs = nlp(sentence).docs as { tags: Set<string> }[][];
    return docs.flat().map((term) => [...term.tags].map((tag) => (TERM_FLAGS as Record<string, string>)[tag] ?? '').join(''));
  } finally {
    hooks.splice(0, hooks.length, ...all);
  }
}

describe('parseSentences (one compromise batch per document)', () => {
  it('gives offsets in each sentence\'s own text, words in normal form and the punctuation after them', () => {
    const first = 'Intro.  China lent Kazakhstan money, they said.';
    const second = "Later, Russia's envoy met Tokayev.";
    const [a, b] = parseSentences([{ text: first, start: 8, end: first.length }, { text: second, start: 7, end: second.length }]);
    // Worked by hand: "China" is first[8, 13), "Kazakhstan" first[19, 29), "money," first[30, 36).
    expect(a!.map(({ start, end, word, after }) => [start, end, word, after])).toEqual([
      [8, 13, 'china', undefined], [14, 18, 'lent', undefined], [19, 29, 'kazakhstan', undefined],
      [30, 35, 'money', ','], [37, 41, 'they', undefined], [42, 46, 'said', '.'],
    ]);
    // "Russia's" keeps its offsets but not its 's; "Tokayev." ends the sentence.
    expect(b!.map(({ start, end, word }) => [start, end, word])).toEqual([
      [7, 15, 'russia'], [16, 21, 'envoy'], [22, 25, 'met'], [26, 33, 'tokayev'],
    ]);
  });

  it('tags every sentence as compromise tags it alone (without the post-tagger), whatever is batched with it', () => {
    const sentences = [
      'The new road in Kyrgyzstan was funded by China.',
      'Russia did not sanction Kazakhstan. Kazakhstan joined the WTO in 2015.',
      'Talks between Uzbekistan and Tajikistan resumed.',
    ];
    const batched = parseSentences(sentences.map((text) => ({ text, start: 0, end: text.length })));
    expect(batched.map((terms) => terms.map((term) => term.flags))).toEqual(sentences.map(flagsAlone));
    // The tags the classifier's hand-worked cases rely on. Without the post-tagger no word is
    // tagged Passive: the classifier reads a past tense right after a form of "be" as passive.
    const funded = batched[0]!.findIndex((term) => term.word === 'funded');
    expect(batched[0]![funded]!.flags).toContain(TERM_FLAGS.PastTense);
    expect(batched[0]![funded - 1]!.word).toBe('was');
    expect(batched.flat().some((term) => term.flags.includes(TERM_FLAGS.Passive))).toBe(false);
    expect(batched[1]!.find((term) => term.word === 'not')!.flags).toContain(TERM_FLAGS.Negative);
  });

  it('returns nothing for no sentences', () => {
    expect(parseSentences([])).toEqual([]);
  });
});

describe('sentence tags shared within a document (sentence-tags.ts)', () => {
  it('tags a sentence once per document: the recogniser\'s tagging is what the relation stage reads', () => {
    const sentence = 'Gazprom Neft signed a deal with Kazakhstan.';
    withSentenceTags(() => {
      const first = tagSentence(sentence);
      const [again, other] = tagSentences([sentence, 'China agreed.']);
      expect(again).toBe(first);
      expect(other!.map((term) => term.normal)).toEqual(['china', 'agreed']);
    });
    // Outside a document nothing is kept.
    expect(tagSentence(sentence)).not.toBe(tagSentence(sentence));
  });

  it('tags a sentence given twice in one batch once, with the same result for both', () => {
    const [a, b] = tagSentences(['Russia funded it.', 'Russia funded it.']);
    expect(b).toBe(a);
    expect(a!.map((term) => [term.start, term.end, term.normal])).toEqual([[0, 6, 'russia'], [7, 13, 'funded'], [14, 16, 'it']]);
  });
});

describe('packed sentence parses (what an analysis keeps)', () => {
  it('packs terms into one string and back, whatever punctuation or word they hold', () => {
    const terms: ParsedTerm[] = [
      { start: 0, end: 5, word: 'china', flags: 'N' },
      { start: 40, end: 47, word: 'u.s.,2', flags: '', after: ',\n(' },
      { start: 1295, end: 1300, word: 'met', flags: 'VT', after: ';' },
    ];
    // Worked by hand: 1295 is "zz" in base 36; the second term's punctuation is 3 characters, its word 6.
    expect(packTerms(terms)).toBe('0,5,N,0,5,china14,7,,3,6,,\n(u.s.,2zz,5,VT,1,3,;met');
    expect(unpackTerms(packTerms(terms))).toEqual(terms);
    expect(unpackTerms('')).toEqual([]);
  });

  it('refuses a packed parse that is cut short', () => {
    expect(() => unpackTerms('0,5,N')).toThrow('cut short');
  });
});
