/**
 * Posts, passages, titles, dates and authors (src/extract/segment/posts.ts) on small documents
 * whose line kinds are worked out by hand from src/extract/segment/rules.ts and classify.ts.
 * The kind of each line is written next to it; what the document must come out as follows from
 * the rules named in each test.
 */
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/extract/segment/index.ts';
import { blocks, passagesOf } from '../helpers/segment-blocks.ts';

describe('an empty or body-only document', () => {
  it('has no posts, no date, and the fallback title', () => {
    expect(segmentDocument('', 'empty-file')).toEqual({ title: 'empty-file', posts: [], passages: [], authors: [] });
    const body = segmentDocument('It rained. The talks began.', 'body-file');
    expect(body.title).toBe('body-file');
    expect(body.posts).toEqual([{ title: 'body-file' }]);
    expect('date' in body).toBe(false);
    expect(body.passages).toEqual([{ postIndex: 0, text: 'It rained. The talks began.', sourceStart: 0, sourceEnd: 27, sentences: [[0, 10], [11, 27]] }]);
  });

  it('takes a first line of at most 160 characters that is not body as the title', () => {
    // A caption (©) of exactly 160 characters is the title; one of 161 is too long.
    const caption = (length: number): string => `© ${'x'.repeat(length - 2)}`;
    expect(segmentDocument(blocks(caption(160), 'It rained. The talks began.'), 'f').title).toBe(caption(160));
    expect(segmentDocument(blocks(caption(161), 'It rained. The talks began.'), 'f').title).toBe('f');
  });
});

describe('paragraphs', () => {
  it('starts a new paragraph after a line that ends a sentence, and joins a line cut mid-sentence', () => {
    // One block, every line body text (two sentences, or a lower-case start, keeps a line from being a heading).
    const text = [
      'It rained. Did the talks end?', // ends "?"
      'It rained. They did not…', // ends "…"
      'It rained. One official said:', // ends ":"
      'It rained. “We agreed.”', // ends ".”"
      'It rained. The deal was signed (in Astana.)', // ends ".)"
      'It rained. The notes said so [sic.]', // ends ".]"
      'It rained. Prices fell.123', // ends "." and a glued footnote number
      'It rained. Then the minister', // cut mid-sentence: the next line continues it
      'left for Almaty, and', // ends "," : continues
      'the talks resumed.',
      'It rained. Last line here',
    ].join('\n');
    expect(passagesOf(text)).toEqual([
      [0, 'It rained. Did the talks end?'],
      [0, 'It rained. They did not…'],
      [0, 'It rained. One official said:'],
      [0, 'It rained. “We agreed.”'],
      [0, 'It rained. The deal was signed (in Astana.)'],
      [0, 'It rained. The notes said so [sic.]'],
      [0, 'It rained. Prices fell.123'],
      [0, 'It rained. Then the minister\nleft for Almaty, and\nthe talks resumed.'],
      [0, 'It rained. Last line here'],
    ]);
  });

  it('never joins across a blank line or after a line that is not body text', () => {
    expect(passagesOf('It rained. Then the minister\n\nleft for Almaty.')).toEqual([
      [0, 'It rained. Then the minister'],
      [0, 'left for Almaty.'],
    ]);
    // "By Jane Doe" (byline) ends without a stop, in the same block as the body line below it.
    expect(passagesOf('It rained. Then the minister\n\nBy Jane Doe\nThe talks went on.')).toEqual([
      [0, 'It rained. Then the minister'],
      [0, 'The talks went on.'],
    ]);
  });

  it('reads a short line that the next line of its block continues in lower case as body text', () => {
    // "Jane Doe" alone is a name line; "Jane Doe\nsaid …" is a wrapped sentence.
    expect(passagesOf('It rained.\n\nJane Doe\nsaid the talks went well.')).toEqual([
      [0, 'It rained.'],
      [0, 'Jane Doe\nsaid the talks went well.'],
    ]);
    expect(segmentDocument('It rained.\n\nJane Doe\nsaid the talks went well.', 'f').authors).toEqual([]);
    // A heading wrapped the same way.
    expect(passagesOf('Talks in the\nsteppe went well.')).toEqual([[0, 'Talks in the\nsteppe went well.']]);
  });

  it('gives each passage exact offsets and its sentences', () => {
    //            0         1         2         3
    //            0123456789012345678901234567890123456
    const text = 'Talks\n\n It rained. Then\nit stopped. \n';
    const { passages } = segmentDocument(text, 'f');
    expect(passages).toEqual([{ postIndex: 0, text: 'It rained. Then\nit stopped.', sourceStart: 8, sourceEnd: 35, sentences: [[0, 10], [11, 27]] }]);
  });
});

describe('posts', () => {
  it('opens a post at a title after end-of-post lines, and dates it from its date line', () => {
    const text = blocks(
      'Archive for March, 2021', // archive header: dates the document
      'Talks in the steppe', // heading: the first post's title
      'Posted on March 3, 2021 by Jane Doe', // date line (header date)
      'It rained. Kazakhstan hosted the talks.', // body
      'Leave a comment', // end of post
      'Roads and rails', // heading: opens the second post
      'It rained. The rail link opened in April.',
    );
    const result = segmentDocument(text, 'f');
    expect(result.title).toBe('Archive for March, 2021');
    expect(result.date).toBe('2021-03');
    expect(result.posts).toEqual([{ title: 'Talks in the steppe', date: '2021-03-03' }, { title: 'Roads and rails' }]);
    expect(passagesOf(text)).toEqual([[0, 'It rained. Kazakhstan hosted the talks.'], [1, 'It rained. The rail link opened in April.']]);
  });

  it('opens a post at a heading followed by a byline or date, not at a section heading', () => {
    const text = blocks(
      'Steppe diary', // heading: title of post 0
      'By Jane Doe', // byline
      'It rained in Astana. The talks began.',
      'Roads and rails', // heading followed by a date line: opens post 1
      '12 April 2021', // date
      'It rained in Osh. The rails were laid.',
      'A note on sources', // heading followed by two body lines: a section heading
      'It rained. Short standfirst.',
      'It rained again. The end came.',
      'Last words here', // heading followed by one short body line and a byline (standfirst): opens post 2
      'It rained. A standfirst.',
      'By John Roe / May 2, 2021 / Leave a comment', // byline with a date
      'It rained. The last post.',
    );
    const result = segmentDocument(text, 'f');
    expect(result.posts).toEqual([
      { title: 'Steppe diary' },
      { title: 'Roads and rails', date: '2021-04-12' },
      { title: 'Last words here', date: '2021-05-02' },
    ]);
    expect(passagesOf(text)).toEqual([
      [0, 'It rained in Astana. The talks began.'],
      [1, 'It rained in Osh. The rails were laid.'],
      [1, 'It rained. Short standfirst.'],
      [1, 'It rained again. The end came.'],
      [2, 'It rained. A standfirst.'],
      [2, 'It rained. The last post.'],
    ]);
  });

  it('lets a standfirst of at most 200 characters sit between a title and its byline', () => {
    const standfirst = (length: number): string => `It rained. ${'a'.repeat(length - 12)}.`;
    const text = (length: number): string => blocks('First post here', 'It rained. Body one.', 'Second post here', standfirst(length), 'By Jane Doe', 'It rained. Body two.');
    expect(standfirst(200)).toHaveLength(200);
    expect(segmentDocument(text(200), 'f').posts.map((post) => post.title)).toEqual(['First post here', 'Second post here']);
    expect(segmentDocument(text(201), 'f').posts.map((post) => post.title)).toEqual(['First post here']);
  });

  it('looks at most four lines after a heading for its byline', () => {
    const shots = (count: number): string[] => Array.from({ length: count }, (_, i) => `Screenshot number ${i + 1}`);
    const text = (count: number): string => blocks('First post here', 'It rained. Body one.', 'Second post here', ...shots(count), 'By Jane Doe', 'It rained. Body two.');
    // Three screenshot lines: the byline is the fourth line after the heading.
    expect(segmentDocument(text(3), 'f').posts.map((post) => post.title)).toEqual(['First post here', 'Second post here']);
    expect(segmentDocument(text(4), 'f').posts.map((post) => post.title)).toEqual(['First post here']);
  });

  it.each([
    ['a name line', 'Jane Doe'],
    ['a caption', 'Photo: Xinhua'],
    ['a date line', '12 April 2021'],
  ])('takes a heading followed by %s as a title', (_, next) => {
    const text = blocks('First post here', 'It rained. Body one.', 'Second post here', next, 'It rained. Body two.');
    expect(segmentDocument(text, 'f').posts.map((post) => post.title)).toEqual(['First post here', 'Second post here']);
  });

  it('keeps the first date a post states', () => {
    const text = blocks('Talks in the steppe', '12 April 2021', '13 April 2021', 'It rained. The talks began.');
    expect(segmentDocument(text, 'f').posts).toEqual([{ title: 'Talks in the steppe', date: '2021-04-12' }]);
    const bylines = blocks('Talks in the steppe', 'By Jane Doe / May 2, 2021', 'By John Roe / May 3, 2021', 'It rained. The talks began.');
    expect(segmentDocument(bylines, 'f').posts).toEqual([{ title: 'Talks in the steppe', date: '2021-05-02' }]);
  });

  it.each([
    // Date lines longer than a header date line allows (over 60 characters after the date), read by the line pattern.
    ['29 May 2020, ', '2020-05-29'],
    ['May 2020, ', '2020-05'],
    ['Sept. 3, 2020, ', '2020-09-03'],
    ['2020-05-29, ', '2020-05-29'],
  ])('dates a post from the date line "%s…"', (start, date) => {
    const line = `${start}${'and a long remark that runs past sixty characters of text'.padEnd(62, '.')}`;
    expect(line.length).toBeLessThan(80);
    const result = segmentDocument(blocks('Talks in the steppe', line, 'It rained. The talks began.'), 'f');
    expect(result.posts).toEqual([{ title: 'Talks in the steppe', date }]);
  });

  it('gives an untitled post after end matter the next heading, without opening another', () => {
    const text = blocks(
      'Talks in the steppe', // heading
      'It rained. The talks began.',
      'Notes', // end-matter heading
      '1 “Talks open,” news.kz, 2021.', // note
      'Jane Doe', // name in end matter: an author, not a title
      'It rained. An intro to the next post.', // body: opens an untitled post
      'Second talks', // heading, no byline: titles the untitled post
      'It rained. The second talks began.',
    );
    const result = segmentDocument(text, 'f');
    expect(result.posts).toEqual([{ title: 'Talks in the steppe' }, { title: 'Second talks' }]);
    expect(result.authors).toEqual(['Jane Doe']);
    expect(passagesOf(text)).toEqual([
      [0, 'It rained. The talks began.'],
      [1, 'It rained. An intro to the next post.'],
      [1, 'It rained. The second talks began.'],
    ]);
  });

  it('closes a post at a note or link only after body text', () => {
    const closers = ['1 “Talks open,” news.kz, 2021.', 'https://example.org/talks'];
    for (const closer of closers) {
      const text = blocks('Talks in the steppe', 'It rained. The talks began.', closer, 'It rained. A new post.');
      expect(segmentDocument(text, 'f').posts).toHaveLength(2);
      expect(passagesOf(text)).toEqual([[0, 'It rained. The talks began.'], [1, 'It rained. A new post.']]);
    }
  });

  it('closes a post at an author bio only after three paragraphs', () => {
    const bodies = (count: number): string[] => Array.from({ length: count }, (_, i) => `It rained. Paragraph ${i + 1}.`);
    const text = (count: number): string =>
      blocks('Talks in the steppe', ...bodies(count), 'Jane Doe is a senior fellow at a think tank.', 'Second talks', 'It rained. Last.');
    expect(segmentDocument(text(3), 'f').posts.map((post) => post.title)).toEqual(['Talks in the steppe', 'Second talks']);
    expect(segmentDocument(text(2), 'f').posts.map((post) => post.title)).toEqual(['Talks in the steppe']);
    expect(segmentDocument(text(2), 'f').authors).toEqual(['Jane Doe']);
  });

  it('reads a name line right after a heading as its byline, not as a title', () => {
    const text = blocks('Talks in the steppe', 'Jane Doe', 'John Roe', 'It rained. The talks began.');
    const result = segmentDocument(text, 'f');
    expect(result.posts).toEqual([{ title: 'Talks in the steppe' }]);
    // Only the name right after the heading is an author; the second name follows a name.
    expect(result.authors).toEqual(['Jane Doe']);
  });
});
