/**
 * Publication dates from each source the issue lists; the expected dates are read off the
 * fixture texts by hand. Body dates must never date a post.
 */
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract/index.ts';
import { htmlMetadataDate, markdownFrontMatterDate } from '../../src/extract/decode/source-date.ts';
import { archiveHeadingDate, bylineDate, fileNameDate, headerLineDate, parseDateExpression } from '../../src/extract/segment/dates.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
function datesOf(path: string, text: string): { document?: string; posts: (string | undefined)[] } {
  const { graph } = extractGraph([{ path, bytes: encode(text) }]);
  const posts = new Map<number, string | undefined>();
  for (const passage of graph.passages) posts.set(passage.postIndex, passage.postDate);
  const result: { document?: string; posts: (string | undefined)[] } = { posts: [...posts.values()] };
  const date = graph.documents[0]?.date;
  if (date !== undefined) result.document = date;
  return result;
}

const BODY = 'China and Kazakhstan signed a loan agreement in Astana. In 2013 Xi Jinping announced the Belt and Road Initiative in Kazakhstan.';

describe('date expressions', () => {
  it.each([
    ['March 3, 2021', '2021-03-03'],
    ['4 January 2022', '2022-01-04'],
    ['June 24, 2020', '2020-06-24'],
    ['Jun 4th 2020', '2020-06-04'],
    ['2020-06-11', '2020-06-11'],
    ['Sept. 1, 2019', '2019-09-01'],
    ['June 2020', '2020-06'],
    ['2021', '2021'],
  ])('%s → %s', (text, iso) => expect(parseDateExpression(text)).toBe(iso));

  it.each(['February 30, 2021', '2020-13-01', '31 April 2020', '1492', 'May', '12 monkeys 2020'])('refuses %s', (text) => {
    expect(parseDateExpression(text)).toBeUndefined();
  });
});

describe('header date lines', () => {
  it.each([
    ['Posted on March 3, 2021 by Jane Doe', '2021-03-03'],
    ['Published: 4 January 2022', '2022-01-04'],
    ['Published on June 24, 2020', '2020-06-24'],
    ['Jun 4th 2020', '2020-06-04'],
    ['2020-06-11', '2020-06-11'],
    ['October 8, 2020, 6:32 AM', '2020-10-08'],
    ['Europe: March 2022', '2022-03'],
  ])('%s → %s', (line, iso) => expect(headerLineDate(line)).toBe(iso));

  it.each([
    'In 2013 Xi announced the Belt and Road in Astana.',
    'On June 24, 2020 the ministers met in Bishkek to sign the deal.',
    'Updated: there are 2020 reasons',
  ])('a body sentence is not a date line: %s', (line) => expect(headerLineDate(line)).toBeUndefined());

  it('reads the date in a byline', () => {
    expect(bylineDate('by Jane Doe / June 11, 2020 / Leave a comment')).toBe('2020-06-11');
    expect(bylineDate('Jane Doe | Oct 8th, 2020, 6:32 AM')).toBe('2020-10-08');
  });
});

describe('archive headings, file names, metadata', () => {
  it('dates an archive heading to its month, and nothing else', () => {
    expect(archiveHeadingDate('Archive for June, 2020')).toBe('2020-06');
    expect(archiveHeadingDate('Talks in June 2020')).toBeUndefined();
    expect(archiveHeadingDate('Archive for the ‘Academic’ Category')).toBeUndefined();
  });

  it.each([
    ['2023-09-21-talks-in-astana.md', '2023-09-21'],
    ['20230921_talks.txt', '2023-09-21'],
    ['posts/whitehouse_2021-01-22-statement-by-the-press-secretary.txt', '2021-01-22'],
    ['blog-archive-2020-06.txt', '2020-06'],
  ])('file name %s → %s', (path, iso) => expect(fileNameDate(path)).toBe(iso));

  it.each(['sco-charter-2001.txt', 'report-2019-20.txt', 'iso-3166-12.txt', 'notes.txt', '2023-02-30-x.txt'])('no date in %s', (path) => {
    expect(fileNameDate(path)).toBeUndefined();
  });

  it('reads Markdown front matter', () => {
    expect(markdownFrontMatterDate('---\ntitle: Loans\ndate: 2021-03-03T09:00:00Z\n---\n\nText')).toBe('2021-03-03');
    expect(markdownFrontMatterDate('---\ntitle: Loans\ndate: "June 2020"\n---\n')).toBe('2020-06');
    expect(markdownFrontMatterDate('Text\n---\ndate: 2021-03-03\n---\n')).toBeUndefined();
  });

  it('reads HTML metadata: meta tags, JSON-LD, <time> in the header', () => {
    expect(htmlMetadataDate('<head><meta property="article:published_time" content="2021-03-03T10:00:00+00:00"></head>')).toBe('2021-03-03');
    expect(htmlMetadataDate('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-06-11"}</script>')).toBe('2020-06-11');
    expect(htmlMetadataDate('<article><header><h1>T</h1><time datetime="2022-01-04">4 Jan</time></header><p>Body</p></article>')).toBe('2022-01-04');
    expect(htmlMetadataDate('<article><p>Talks <time datetime="2013-09-07">in 2013</time>.</p></article>')).toBeUndefined();
  });
});

describe('dates of posts through the whole extractor', () => {
  it('gives a plain text its header date line', () => {
    const result = datesOf('loans.txt', `Chinese Loans to Tajikistan\nPosted on March 3, 2021 by Jane Doe\n\n${BODY}`);
    expect(result).toEqual({ document: '2021-03-03', posts: ['2021-03-03'] });
  });

  it('never dates a post from its body', () => {
    expect(datesOf('loans.txt', `Chinese Loans to Tajikistan\n\n${BODY} The talks of June 24, 2020 failed.`)).toEqual({ posts: [undefined] });
  });

  it('dates from the file name when the text gives no date', () => {
    expect(datesOf('20230921_loans.txt', `Chinese Loans to Tajikistan\n\n${BODY}`)).toEqual({ document: '2023-09-21', posts: ['2023-09-21'] });
  });

  it('dates HTML and Markdown from their metadata', () => {
    const html = `<html><head><meta property="article:published_time" content="2021-03-03T08:00:00Z"></head><body><h1>Loans</h1><p>${BODY}</p></body></html>`;
    expect(datesOf('loans.html', html)).toEqual({ document: '2021-03-03', posts: ['2021-03-03'] });
    expect(datesOf('loans.md', `---\ntitle: Loans\ndate: 2022-01-04\n---\n\n# Loans\n\n${BODY}`).posts).toEqual(['2022-01-04']);
  });

  it('gives an archive month to posts under it that have no date of their own', () => {
    const archive = [
      'Archive for June, 2020', '', 'First Post Title', '', `An intro from the blogger. ${BODY}`, '', 'Leave a comment', '',
      'Second Post Title', '29 May 2020', 'Author: Jane Writer, Some Institute', '', `Second post. ${BODY}`,
    ].join('\n');
    const result = datesOf('archive.txt', archive);
    expect(result.document).toBe('2020-06');
    expect(result.posts).toEqual(['2020-06', '2020-05-29']);
  });
});
