/**
 * The end matter of posts and the smaller rules of src/extract/segment/posts.ts: notes, author bios, authors from
 * bylines and name lines, and which headings open a post. Small documents whose line kinds are worked out by hand
 * from src/extract/segment/rules.ts and classify.ts (the same way as segment-posts.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/extract/segment/index.ts';
import { blocks, passagesOf } from '../helpers/segment-blocks.ts';

describe('notes context', () => {
  it('reads numbered lines as notes after a note, until body text or a heading', () => {
    const numbered = '2 Smith says so. It rained.'; // a note inside notes, body text outside
    expect(passagesOf(blocks('Talks in the steppe', 'It rained.', '1 “Talks open,” news.kz, 2021.', numbered))).toEqual([[0, 'It rained.']]);
    expect(passagesOf(blocks('Talks in the steppe', 'It rained.', 'Notes', numbered))).toEqual([[0, 'It rained.']]);
    expect(passagesOf(blocks('Talks in the steppe', 'It rained.', 'Notes', 'It rained again.', numbered))).toEqual([
      [0, 'It rained.'], [1, 'It rained again.'], [1, numbered],
    ]);
    expect(passagesOf(blocks('Talks in the steppe', 'It rained.', numbered))).toEqual([[0, 'It rained.'], [0, numbered]]);
  });
});

describe('bios', () => {
  it('keeps a bio that says it is about the writer even when body text follows', () => {
    const text = blocks('Talks in the steppe', 'The writer is a senior fellow at a think tank.', 'It rained. The talks began.');
    expect(passagesOf(text)).toEqual([[0, 'It rained. The talks began.']]);
    expect(segmentDocument(text, 'f').authors).toEqual([]);
  });

  it('reads a bio followed by body text as body unless a byline names its subject', () => {
    const bio = 'Erlan Karin is a former diplomat who advises the president.';
    expect(passagesOf(blocks('Talks in the steppe', bio, 'It rained. The talks began.'))).toEqual([[0, bio], [0, 'It rained. The talks began.']]);
    expect(passagesOf(blocks('Talks in the steppe', 'By Erlan Karin', bio, 'It rained. The talks began.'))).toEqual([[0, 'It rained. The talks began.']]);
    // The subject must be named by a byline, not by any line.
    expect(passagesOf(blocks('Talks in the steppe', 'Photo: Erlan Karin', bio, 'It rained. The talks began.'))).toEqual([[0, bio], [0, 'It rained. The talks began.']]);
  });

  it('takes authors from bios and end-matter names only when they look like person names, sorted', () => {
    const text = blocks(
      'Talks in the steppe',
      'It rained. The talks began.',
      'Zhanna Orlova is a senior fellow at a think tank.',
      'Notes on contributors', // end-matter heading
      'Aidos Sarym', // name in end matter
      'Steppe Institute Press Office Team', // a name line of five words is not a person name
    );
    expect(segmentDocument(text, 'f').authors).toEqual(['Aidos Sarym', 'Zhanna Orlova']);
  });
});

describe('posts: the smaller rules', () => {
  const titles = (text: string): string[] => segmentDocument(text, 'f').posts.map((post) => post.title);

  it('never gives a post a date key it does not state', () => {
    // toStrictEqual: a post without a date has no `date` key at all, not `date: undefined`.
    expect(segmentDocument(blocks('Talks in the steppe', 'By Jane Doe', 'Talks', 'It rained.'), 'f').posts).toStrictEqual([{ title: 'Talks in the steppe' }]);
    expect(segmentDocument(blocks('Talks in the steppe', '12 April 2021', 'It rained.'), 'f').posts).toStrictEqual([{ title: 'Talks in the steppe', date: '2021-04-12' }]);
  });

  it('does not let the second of two headings open a post, even when a byline follows it', () => {
    // The first heading sees only the second heading and three screenshots (no byline within four lines);
    // the second sees the byline but follows a heading.
    const text = blocks('First post here', 'It rained.', 'Second heading here', 'Third heading here', 'Screenshot one', 'Screenshot two', 'Screenshot three', 'By Jane Doe', 'It rained again.');
    expect(titles(text)).toEqual(['First post here']);
  });

  it('does not open a post at a heading while the current post has no paragraph yet', () => {
    const text = blocks('Talks in the steppe', '12 April 2021', 'Second heading here', 'By Jane Doe', 'It rained.');
    expect(segmentDocument(text, 'f').posts).toStrictEqual([{ title: 'Talks in the steppe', date: '2021-04-12' }]);
    // A document opening with a date line: one post, dated, its title the date line.
    expect(segmentDocument(blocks('12 April 2021', 'It rained.'), 'f').posts).toStrictEqual([{ title: '12 April 2021', date: '2021-04-12' }]);
  });

  it('does not take a heading followed by two paragraphs and then a byline as a post title', () => {
    expect(titles(blocks('First post here', 'It rained.', 'Second heading here', 'It rained again.', 'It rained once more.', 'By Jane Doe', 'It rained.'))).toEqual(['First post here']);
  });

  it('reads numbered lines as notes only after a note or notes heading, and not after a heading', () => {
    const numbered = '2 Smith says so. It rained.';
    expect(passagesOf(numbered)).toEqual([[0, numbered]]);
    expect(passagesOf(blocks('Talks in the steppe', 'It rained.', 'Notes', '1 “Talks open,” news.kz, 2021.', 'Further thoughts here', numbered)))
      .toEqual([[0, 'It rained.'], [1, numbered]]);
    // A name line keeps the notes going.
    expect(passagesOf(blocks('Talks in the steppe', 'It rained.', 'Notes', 'Jane Doe', numbered))).toEqual([[0, 'It rained.']]);
  });

  it('joins a short line to the next only when that is body text of the same block starting in lower case', () => {
    expect(passagesOf('Talks in the steppe\nphoto: xinhua agency')).toEqual([]);
    expect(passagesOf('Talks in the steppe\n\nsaid nothing at all.')).toEqual([[0, 'said nothing at all.']]);
    expect(passagesOf('Talks in the steppe\nIt rained. The talks began.')).toEqual([[0, 'It rained. The talks began.']]);
    expect(passagesOf('By Jane Doe\nand more text.')).toEqual([[0, 'and more text.']]);
  });

  it('takes a name line as an author only after a heading or in end matter', () => {
    expect(segmentDocument(blocks('It rained.', 'Jane Doe', 'It rained again.'), 'f').authors).toEqual([]);
    expect(segmentDocument(blocks('Talks in the steppe', 'Jane Doe', 'It rained again.'), 'f').authors).toEqual(['Jane Doe']);
  });

  // Found by mutation testing (2026-12-07): the byline's optional label word used to swallow the first name.
  it('takes the whole name from a byline, with or without a label or a date after it', () => {
    const authorsOf = (byline: string) => segmentDocument(blocks('Talks in the steppe', byline, 'It rained. The talks began.'), 'f').authors;
    expect(authorsOf('By Jane Doe')).toEqual(['Jane Doe']);
    expect(authorsOf('By Mary Jane Doe')).toEqual(['Mary Jane Doe']);
    expect(authorsOf('AUTHOR: Jane Doe')).toEqual(['Jane Doe']);
    expect(authorsOf('Written by Jane Doe, Senior Fellow')).toEqual(['Jane Doe']);
    expect(authorsOf('by Jane Doe / June 11, 2020 / Leave a comment')).toEqual(['Jane Doe']);
    expect(authorsOf('Jane Doe | Senior Fellow')).toEqual(['Jane Doe']);
  });
});
