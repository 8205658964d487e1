import { describe, expect, it } from 'vitest';
import { classifyLine, segmentDocument, splitSentences } from '../../src/extract/segment/index.ts';

const archive = [
  'Archive for June, 2020',
  '',
  'A new piece for a journal, out today. Thanks to the editors.',
  '',
  'First Post Title',
  '',
  'Screen Shot 2020-06-30 at 07.32.11',
  '',
  'China sent aid to Kazakhstan.1 Kazakhstan thanked Beijing.',
  '',
  'The Uzbek,12 Kazakh13 and Kyrgyz governments sent masks.',
  '',
  'Officials met in Tashkent (Reuters/Some Photographer)',
  '',
  'Body Section Heading',
  '',
  'More body text follows here.',
  '',
  '1“Some source title,” example.com, February 2, 2020.',
  '2 “Another title” news.kz, March 13, 2020.',
  '',
  'An intro paragraph for the second post.',
  '',
  'Second Post Title',
  '29 May 2020',
  'Author: Jane Writer, Some Institute',
  '',
  'Second post body about Russia.',
  '',
  'Jane Writer is a Senior Fellow at Some Institute.',
  '',
  'Leave a comment',
].join('\n');

describe('segmentDocument', () => {
  const result = segmentDocument(archive, 'fallback');

  it('splits an archive page into posts using notes, bylines and dates', () => {
    expect(result.title).toBe('Archive for June, 2020');
    expect(result.date).toBe('2020-06');
    expect(result.posts).toEqual([{ title: 'First Post Title' }, { title: 'Second Post Title', date: '2020-05-29' }]);
  });

  it('keeps body paragraphs only, each with its post', () => {
    const texts = result.passages.map((passage) => [passage.postIndex, passage.text]);
    expect(texts).toEqual([
      [0, 'A new piece for a journal, out today. Thanks to the editors.'],
      [0, 'China sent aid to Kazakhstan.1 Kazakhstan thanked Beijing.'],
      [0, 'The Uzbek,12 Kazakh13 and Kyrgyz governments sent masks.'],
      [0, 'More body text follows here.'],
      [1, 'An intro paragraph for the second post.'],
      [1, 'Second post body about Russia.'],
    ]);
  });

  it('collects author names from bylines and bios', () => {
    expect(result.authors).toEqual(['Jane Writer']);
  });

  it('gives offsets into the decoded text', () => {
    for (const passage of result.passages) expect(archive.slice(passage.sourceStart, passage.sourceEnd)).toBe(passage.text);
  });

  it('joins hard-wrapped lines into one paragraph but splits paragraphs separated by single line breaks', () => {
    const wrapped = 'A hard-wrapped paragraph where the line\nbreaks fall mid-sentence, as in PDFs.\nA new paragraph starts after a full stop.';
    expect(segmentDocument(wrapped, 'f').passages.map((p) => p.text)).toEqual([
      'A hard-wrapped paragraph where the line\nbreaks fall mid-sentence, as in PDFs.',
      'A new paragraph starts after a full stop.',
    ]);
  });

  it('falls back to the file name for a title', () => {
    expect(segmentDocument('Just one sentence of body text here, no heading at all.', 'notes-file').title).toBe('notes-file');
  });
});

describe('classifyLine', () => {
  it.each([
    ['Leave a comment', 'end-of-post'],
    ['Notes', 'end-matter-heading'],
    ['[3]: https://www.example.org/page', 'url'],
    ['https://example.org/x', 'url'],
    ['12. Jane Doe, ‘A Title’, Journal, 3 May 2019, <https://x.org>.', 'note'],
    ['Guests at a ceremony, Beijing, April 2019. Courtesy of Xinhua / Alamy', 'caption'],
    ['There is a protest © AFP via Getty Images', 'caption'],
    [`${'A long paragraph of body text. '.repeat(30)}It quotes a credit line © AFP via Getty Images in passing.`, 'body'],
    ['By John Smith', 'byline'],
    ['John Smith | October 8, 2020, 6:32 AM', 'byline'],
    ['29 May 2020', 'date'],
    ['The writer is a visiting senior fellow at a school', 'bio'],
    ['Why China Matters in Central Asia', 'heading'],
    ['China sent aid. It arrived late.', 'body'],
    ['Marta Quell, Nominee for Ambassador to the Republic of Palau', 'body'],
    ['Marta Quell Named Ambassador to Palau', 'heading'],
  ])('%s → %s', (line, kind) => {
    expect(classifyLine(line, false)).toBe(kind);
  });
});

describe('splitSentences', () => {
  const spans = (text: string): string[] => splitSentences(text).map(([start, end]) => text.slice(start, end));

  it('splits after full stops, including glued footnote numbers', () => {
    expect(spans('Cases were found.5 Rumours spread. Then “Quotes” too.')).toEqual(['Cases were found.5', 'Rumours spread.', 'Then “Quotes” too.']);
  });

  it('does not split after abbreviations and initials', () => {
    expect(spans('Mr. Smith met U.S. officials. Dr. Jones met S. Rajaratnam.')).toEqual(['Mr. Smith met U.S. officials.', 'Dr. Jones met S. Rajaratnam.']);
  });

  it('returns trimmed, ordered, non-overlapping spans', () => {
    const text = '  One.  Two!   Three?  ';
    const result = splitSentences(text);
    expect(result.map(([s, e]) => text.slice(s, e))).toEqual(['One.', 'Two!', 'Three?']);
    for (let i = 1; i < result.length; i++) expect(result[i]![0]).toBeGreaterThanOrEqual(result[i - 1]![1]);
  });
});

describe('boilerplate rules that must not swallow body text', () => {
  it('keeps a short paragraph opening "For more than a decade" but drops "For more, …" pointers', () => {
    expect(classifyLine('For more than a decade, Beijing has courted Astana.', false)).toBe('body');
    expect(classifyLine('For more, go to the journal or download it here.', false)).toBe('end-of-post');
    expect(classifyLine('For more information on the summit, see our earlier post.', false)).toBe('end-of-post');
    const text = 'Steppe Notes\n\nKazakhstan and China met in Astana to talk about gas and roads.\n\nFor more than a decade, Beijing has courted Astana.\n\nThe talks ended well for both sides and their partners.';
    expect(segmentDocument(text, 'f').passages.map((p) => p.text)).toContain('For more than a decade, Beijing has courted Astana.');
  });

  it('keeps a one-line portrait inside the body, drops the writer\'s bio at the foot', () => {
    const text = [
      'Talks in Astana', '', 'By Jane Writer', '',
      'Kazakhstan hosted the talks on Tuesday, and the mood was calm throughout.', '',
      'Erlan Karin is a former diplomat who now advises the president on policy.', '',
      'He said the talks would continue in Tashkent next month.', '',
      'Jane Writer is a senior fellow at a think tank in London.',
    ].join('\n');
    const passages = segmentDocument(text, 'f').passages.map((p) => p.text);
    expect(passages).toContain('Erlan Karin is a former diplomat who now advises the president on policy.');
    expect(passages.some((p) => p.startsWith('Jane Writer is'))).toBe(false);
    // A bio of the byline's author stays a bio even where body text follows it.
    const headBio = 'Talks\n\nBy Jane Writer\n\nJane Writer is a senior fellow at a think tank.\n\nKazakhstan hosted the talks on Tuesday, and the mood was calm.';
    expect(segmentDocument(headBio, 'f').passages.map((p) => p.text)).toEqual(['Kazakhstan hosted the talks on Tuesday, and the mood was calm.']);
  });
});
