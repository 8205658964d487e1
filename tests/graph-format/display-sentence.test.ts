import { describe, expect, it } from 'vitest';
import { displaySentence, footnoteMarkers } from '../../src/graph-format/index.ts';

describe('footnote markers in shown sentences', () => {
  it('removes digits glued to a word or to its closing punctuation', () => {
    expect(displaySentence('It became the Shanghai Five.4 Later it grew.', 0, 29).text).toBe('It became the Shanghai Five.');
    expect(displaySentence('Gas reserves.17', 0, 15).text).toBe('Gas reserves.');
    expect(displaySentence('Mullah Omar7 fled, they said,” 12 and “left”.3', 0, 46).text).toBe('Mullah Omar fled, they said,” 12 and “left”.');
    expect(displaySentence('Kazakh,12 and Uzbek¹² views.', 0, 28).text).toBe('Kazakh, and Uzbek views.');
  });

  it('keeps numbers that belong to the text', () => {
    const sentence = 'The G20, the C5, COVID19, F-16 jets, 1.5 billion, mp3 files and Article 5 stay.';
    expect(displaySentence(sentence, 0, sentence.length).text).toBe(sentence);
    expect(footnoteMarkers(sentence)).toEqual([]);
  });

  it('moves highlights past removed markers and clips them to the sentence', () => {
    //            0         1         2         3         4
    //            012345678901234567890123456789012345678901234567
    const text = 'Before. Omar7 met Xi Jinping.12 in Kabul3 later.';
    const shown = displaySentence(text, 8, 48, [[8, 12], [18, 28], [35, 40], [0, 6]]);
    expect(shown.text).toBe('Omar met Xi Jinping. in Kabul later.');
    expect(shown.highlights).toEqual([[0, 4], [9, 19], [24, 29]]);
    expect(shown.highlights.map(([s, e]) => shown.text.slice(s, e))).toEqual(['Omar', 'Xi Jinping', 'Kabul']);
  });

  it('a highlight covering a marker loses only the marker', () => {
    const shown = displaySentence('See Omar7 here', 0, 14, [[4, 9]]);
    expect(shown).toEqual({ text: 'See Omar here', highlights: [[4, 8]] });
  });
});
