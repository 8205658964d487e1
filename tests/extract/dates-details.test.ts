/**
 * Publication dates at their edges: calendar limits, the header line length cap, look-arounds
 * of the embedded date, file name patterns, and which source dates a document. Every expected
 * date is worked out by hand from the calendar and the patterns in segment/dates.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  archiveHeadingDate, bylineDate, fileNameDate, headerLineDate, isoFromParts, parseDateExpression,
} from '../../src/extract/segment/dates.ts';
import { documentDate } from '../../src/extract/document-date.ts';
import type { Segmentation } from '../../src/extract/segment/posts.ts';

describe('isoFromParts', () => {
  it.each([
    [['1899'], undefined], [['1900'], '1900'], [['2100'], '2100'], [['2101'], undefined], [['19x0'], undefined], [['2020.5'], undefined],
    [['2020', 0], undefined], [['2020', 1], '2020-01'], [['2020', 12], '2020-12'], [['2020', 13], undefined], [['2020', '1.5'], undefined],
    [['2020', '07'], '2020-07'],
    // 2020 and 2000 are leap years, 2021 and 2100 are not; April has 30 days
    [['2020', 2, 29], '2020-02-29'], [['2000', 2, 29], '2000-02-29'], [['2021', 2, 29], undefined], [['2021', 2, 28], '2021-02-28'],
    [['2100', 2, 29], undefined], [['2020', 4, 30], '2020-04-30'], [['2020', 4, 31], undefined], [['2020', 12, 31], '2020-12-31'],
    [['2020', 1, 0], undefined], [['2020', 1, 1], '2020-01-01'], [['2020', 1, '1.5'], undefined], [['2020', '3', '09'], '2020-03-09'],
  ] as [[string, (string | number)?, (string | number)?], string | undefined][])('%j → %s', (parts, iso) => {
    expect(isoFromParts(...parts)).toBe(iso);
  });
});

describe('parseDateExpression', () => {
  it.each([
    ['  2021  ', '2021'], ['2020-06', '2020-06'], ['2020-06-11T10:00:00Z', '2020-06-11'], ['2020-06-11 10:00+02:00', '2020-06-11'],
    ['4th June, 2020', '2020-06-04'], ['Jun. 4, 2020', '2020-06-04'], ['June, 2020', '2020-06'], ['MARCH 3, 2021', '2021-03-03'],
    ['March 3 2021', '2021-03-03'], ['May 2020', '2020-05'], ['3rd  dec  1999', '1999-12-03'],
  ])('%j → %s', (text, iso) => expect(parseDateExpression(text)).toBe(iso));

  it.each(['March 32, 2021', '1899', 'March 3, 2021 extra', 'on 2020-06-11', '2020-06-1', 'June 1850', ''])('refuses %j', (text) => {
    expect(parseDateExpression(text)).toBeUndefined();
  });
});

describe('headerLineDate', () => {
  it('reads a date line of at most 120 characters (after trimming), never a longer one', () => {
    const line = (n: number) => `Europe: March 2022, ${'x'.repeat(n)}`; // 20 characters before the x's
    expect(headerLineDate(line(100))).toBe('2022-03');
    expect(headerLineDate(`   ${line(100)}   `)).toBe('2022-03');
    expect(headerLineDate(line(101))).toBeUndefined();
  });

  it.each([
    ['Posted on March 3, 2021 in News', '2021-03-03'],
    ['March 3, 2021 | Jane Doe', '2021-03-03'],
    ['Published: 4 January 2022 at 10:15 pm', '2022-01-04'],
    ['Dated 2020-06-11.', '2020-06-11'],
    ['publication date: June 2020', '2020-06'],
  ])('%j → %s', (line, iso) => expect(headerLineDate(line)).toBe(iso));
});

describe('bylineDate', () => {
  it('finds a date that starts a word and is not followed by a digit', () => {
    // "2020-06-11" is followed by "1": only the year-month "2020-06" (followed by "-") is a date
    expect(bylineDate('by Jane 2020-06-111')).toBe('2020-06');
    // inside "12020-01-01" no date starts at a word boundary
    expect(bylineDate('by Jane / 12020-01-01')).toBeUndefined();
    expect(bylineDate('by Jane Doe')).toBeUndefined();
    expect(bylineDate('By Jane, 3 March 2021, 10:00')).toBe('2021-03-03');
  });
});

describe('archiveHeadingDate', () => {
  it.each([
    ['Archives: Jan. 2019', '2019-01'], ['Category: News from May 2020', '2020-05'], ['Archive for June, 1850', undefined],
    ['Category: News', undefined], ['Archive for Junes 2020', undefined], ['Posts tagged June 2020', '2020-06'],
    ['Talks in June 2020', undefined], // a month, but no archive heading
  ])('%j → %s', (line, iso) => expect(archiveHeadingDate(line)).toBe(iso));
});

describe('fileNameDate', () => {
  it.each([
    ['a/b/2020.06.11.txt', '2020-06-11'],
    ['x/20200611.txt', '2020-06-11'],
    ['x/20200611 notes.txt', '2020-06-11'],
    ['x/120200611.txt', undefined],
    ['2020-13-40-x.txt', undefined],
    ['report-2020-06-99.txt', undefined],
    ['dir-2020-06-11/notes.txt', undefined],
    ['x_2020_06_11_y.txt', '2020-06-11'],
    ['news-2020-06', '2020-06'],
    ['news-2020-06x.txt', '2020-06'],
    ['news-2020-061.txt', undefined],
    // the extension ".2021-01-01" is dropped first, so the year-month before it is the date
    ['x/2020-06.2021-01-01', '2020-06'],
    // "2020-13-01" is no date; the next pattern finds "2021-05"
    ['2020-13-01_2021-05.txt', '2021-05'],
  ])('%s → %s', (path, iso) => expect(fileNameDate(path)).toBe(iso));
});

describe('documentDate', () => {
  const segmentation = (date: string | undefined, ...postDates: (string | undefined)[]): Segmentation => ({
    title: 'T', authors: [], passages: [],
    ...(date !== undefined ? { date } : {}),
    posts: postDates.map((postDate, index) => (postDate !== undefined ? { title: `P${index}`, date: postDate } : { title: `P${index}` })),
  });
  const HTML = '<head><meta property="article:published_time" content="2021-03-03T10:00:00+00:00"></head><p>x</p>';
  const MARKDOWN = '---\ndate: 2022-01-04\n---\n\nText';

  it('takes HTML metadata first, gives it to undated posts and keeps the posts\' own dates', () => {
    const parts = segmentation('2019', undefined, '2020-05-05');
    expect(documentDate(HTML, '2018-01-01-a.html', parts)).toBe('2021-03-03');
    expect(parts.posts.map((post) => post.date)).toEqual(['2021-03-03', '2020-05-05']);
  });

  it('reads front matter only in Markdown and meta tags only in HTML', () => {
    expect(documentDate(MARKDOWN, 'a.md', segmentation(undefined))).toBe('2022-01-04');
    expect(documentDate(MARKDOWN, 'a.txt', segmentation(undefined))).toBeUndefined();
    expect(documentDate(HTML, 'a.md', segmentation(undefined))).toBeUndefined();
    expect(documentDate(MARKDOWN, 'a.html', segmentation(undefined))).toBeUndefined();
  });

  it('then the file name, then the archive heading', () => {
    const named = segmentation('2019-04', undefined);
    expect(documentDate('text', '2020-01-02-a.txt', named)).toBe('2020-01-02');
    expect(named.posts[0]!.date).toBe('2020-01-02');
    const archived = segmentation('2019-04', undefined, undefined);
    expect(documentDate('<p>x</p>', 'a.html', archived)).toBe('2019-04');
    expect(archived.posts.map((post) => post.date)).toEqual(['2019-04', '2019-04']);
  });

  it('else the date its posts share, and nothing when they differ or have none', () => {
    const shared = segmentation(undefined, '2020-05', '2020-05');
    expect(documentDate('text', 'a.txt', shared)).toBe('2020-05');
    expect(documentDate('text', 'a.txt', segmentation(undefined, '2020-05', '2020-06'))).toBeUndefined();
    expect(documentDate('text', 'a.txt', segmentation(undefined, '2020-05', undefined))).toBeUndefined();
    const undated = segmentation(undefined, undefined);
    expect(documentDate('text', 'a.txt', undated)).toBeUndefined();
    // nothing to give: the post gets no date field at all
    expect(undated.posts).toStrictEqual([{ title: 'P0' }]);
    expect(documentDate('text', 'a.txt', segmentation(undefined))).toBeUndefined();
  });
});
