import { describe, expect, it } from 'vitest';
import { classifyLine, repeatedSentences, sentenceIndexAt, splitSentences } from '../../src/extract/segment/index.ts';
import { splitLines } from '../../src/extract/segment/lines.ts';
import { normaliseForRepeat } from '../../src/extract/segment/repeats.ts';
import { onePassage as passage } from '../helpers/one-passage.ts';

// Offsets below are counted by hand on the strings shown.
describe('lines', () => {
  it('trims each line but keeps its offsets, and numbers blank-line separated blocks', () => {
    //            0123456 7 8 9012345 6 7 8 9 0123
    const text = '  One \n\n\n Two  \n \nThree\n';
    expect(splitLines(text)).toEqual([
      { start: 2, end: 5, text: 'One', block: 0 },
      { start: 10, end: 13, text: 'Two', block: 1 },
      { start: 18, end: 23, text: 'Three', block: 2 },
    ]);
    expect(splitLines('A\nB')).toEqual([{ start: 0, end: 1, text: 'A', block: 0 }, { start: 2, end: 3, text: 'B', block: 0 }]);
    expect(splitLines('\n\nA')).toEqual([{ start: 2, end: 3, text: 'A', block: 0 }]);
  });
});

describe('sentences', () => {
  it('ends a sentence after closing quotes and glued footnote numbers, not after abbreviations or initials', () => {
    // "He left.” Then" → the quote belongs to the first sentence.
    expect(splitSentences('He said “go.” Then he left.')).toEqual([[0, 13], [14, 27]]);
    expect(splitSentences('It was impossible.12 Rumours spread.')).toEqual([[0, 20], [21, 36]]);
    expect(splitSentences('Gen. Ma met S. Rajaratnam and U.S. officials. They agreed.')).toEqual([[0, 45], [46, 58]]);
    expect(splitSentences('Prices rose e.g. in Almaty. Really?! Yes… 2020 came.')).toEqual([[0, 27], [28, 36], [37, 41], [42, 52]]);
    // No capital, digit or quote after the stop: no boundary.
    expect(splitSentences('It ended. and went on.')).toEqual([[0, 22]]);
    expect(splitSentences('  \n ')).toEqual([]);
    expect(splitSentences(' Hi. ')).toEqual([[1, 4]]);
  });

  it('finds the sentence holding an offset, or none between and after sentences', () => {
    const spans: [number, number][] = [[0, 4], [6, 9], [12, 20], [25, 26]];
    expect([0, 3, 4, 5, 6, 8, 9, 12, 19, 20, 25, 26].map((offset) => sentenceIndexAt(spans, offset)))
      .toEqual([0, 0, -1, -1, 1, 1, -1, 2, 2, -1, 3, -1]);
    expect(sentenceIndexAt([], 0)).toBe(-1);
  });
});

describe('repeats', () => {
  it('normalises case, spacing and quote style', () => {
    expect(normaliseForRepeat('  “Silk”   Road’s\n END ')).toBe('"silk" road\'s end');
    expect(normaliseForRepeat('abcdef', 1, 4)).toBe('bcd');
  });

  it('marks later copies of long sentences and whole passages, not short sentences', () => {
    const long = 'The new pipeline runs from Turkmenistan to China.'; // 8 words
    const five = 'The talks ended in June.'; // 5 words: may recur naturally
    const six = 'The talks ended early in June.'; // 6 words
    const passages = [
      passage(`${long} ${five} ${six}`),
      passage(`Another text. ${long.toUpperCase()} ${five} ${six}`),
      passage('Thank you.'),
      passage('thank   YOU.'),
    ];
    expect([...repeatedSentences(passages)].sort()).toEqual(['1:1', '1:3', '3:0']);
  });
});

describe('line kinds', () => {
  // One line per kind, each chosen by reading the rules in src/extract/segment/rules.ts.
  const cases: [string, boolean, string][] = [
    ['Leave a comment', false, 'end-of-post'],
    ['3 Comments', false, 'end-of-post'],
    ['Share this:', false, 'end-of-post'],
    ['Loading...', false, 'end-of-post'],
    ['References', false, 'end-matter-heading'],
    ['Archive for June, 2020', false, 'archive-header'],
    ['https://example.org/a/b', false, 'url'],
    ['Screenshot of the ministry site', false, 'screenshot'],
    ['29 May 2020', false, 'date'],
    ['2020-05-29', false, 'date'],
    ['Photo: Xinhua', false, 'caption'],
    ['© Reuters', false, 'caption'],
    ['(Reporting by Olzhas Auyezov; Editing by Jane Doe)', false, 'caption'],
    ['By Jane Doe', false, 'byline'],
    ['Jane Doe is a senior fellow at the Institute.', false, 'bio'],
    ['Kassym Tokayev', false, 'name'],
    ['China and Central Asia Today', false, 'heading'],
    ['China and Kazakhstan signed a deal. It was big.', false, 'body'],
    ['12 Smith, untitled notes', true, 'note'],
    ['12 Smith, untitled notes', false, 'heading'],
  ];
  it.each(cases)('%s (in notes: %s) is %s', (text, inNotes, kind) => {
    expect(classifyLine(text, inNotes)).toBe(kind);
  });
});
