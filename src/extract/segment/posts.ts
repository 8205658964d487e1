/**
 * Turns a document's lines into posts and body passages. Archive pages hold several
 * posts; boundaries are taken from what the text shows: end matter (notes, link lists,
 * author bios, "Leave a comment"), and titles followed by a byline or a date.
 */
import type { PassageAnalysis, PostInfo } from '../types.ts';
import { classifyLine, type LineKind } from './classify.ts';
import { splitLines, type Line } from './lines.ts';
import { DATE_LINE, ENDS_MID_CLAUSE, MONTH_NUMBER } from './rules.ts';
import { archiveHeadingDate, bylineDate, headerLineDate } from './dates.ts';
import { splitSentences } from './sentences.ts';
import { AUTHOR_NAME_LINE, promoteAffiliationLines } from './affiliations.ts';

export interface Segmentation {
  title: string;
  date?: string;
  /** Person names the text gives in bylines, author lines and bio boxes (not body text, but evidence that they are people). */
  authors: string[];
  posts: PostInfo[];
  passages: PassageAnalysis[];
}

interface ClassifiedLine extends Line {
  kind: LineKind;
}

/** A post that has this many passages is long enough for a bio or comment line to close it. */
const MIN_PASSAGES_BEFORE_CLOSING = 3;
/** A shorter body line cut mid-clause may be a list item or a label, not a hard-wrapped line. */
const MIN_WRAPPED_LINE_CHARS = 40;
/** How far after a heading a byline or date may appear for the heading to be a post title. */
const TITLE_LOOKAHEAD = 4;
const MAX_STANDFIRST_CHARS = 200;

export function segmentDocument(text: string, fallbackTitle: string): Segmentation {
  const lines = classifyAll(splitLines(text));
  const posts: PostInfo[] = [];
  const passages: PassageAnalysis[] = [];
  let passagesInPost = 0;
  let titled = false;
  let boundaryPending = true;
  let previousKind: LineKind | undefined;
  // After "Notes", "Notes on contributors" etc. short lines are names and note titles, not post titles.
  let inEndMatter = false;

  const startPost = (): void => {
    posts.push({ title: '' });
    passagesInPost = 0;
    titled = false;
  };
  const currentPost = (): PostInfo => {
    if (posts.length === 0) startPost();
    return posts[posts.length - 1] as PostInfo;
  };

  const authors = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    const author = authorName(line, previousKind, inEndMatter);
    if (author) authors.add(author);
    switch (line.kind) {
      case 'end-matter-heading':
        inEndMatter = true;
        if (passagesInPost > 0) boundaryPending = true;
        break;
      case 'end-of-post':
      case 'note':
      case 'url':
        if (passagesInPost > 0) boundaryPending = true;
        break;
      case 'bio':
        if (passagesInPost >= MIN_PASSAGES_BEFORE_CLOSING) boundaryPending = true;
        break;
      case 'byline': {
        const post = currentPost();
        const date = bylineDate(line.text);
        if (post.date === undefined && date !== undefined) post.date = date;
        break;
      }
      case 'date': {
        const post = currentPost();
        const date = headerLineDate(line.text) ?? isoDate(line.text);
        if (post.date === undefined && date !== undefined) post.date = date;
        break;
      }
      case 'heading':
      case 'name': {
        // A name line right after a title is a byline.
        if (inEndMatter || (line.kind === 'name' && (previousKind === 'heading' || previousKind === 'name'))) break;
        // Title + standfirst: the second of two consecutive headings never opens a post.
        const opensPost = boundaryPending || (previousKind !== 'heading' && isFollowedByByline(lines, i));
        // An untitled post (say, a blogger's intro after the previous post's notes) takes
        // this heading as its title; a titled post with body text is closed by it.
        if (opensPost && titled && passagesInPost > 0) startPost();
        if (opensPost) boundaryPending = false;
        if (!titled) {
          currentPost().title = line.text;
          titled = true;
          boundaryPending = false;
        }
        break;
      }
      case 'affiliation': {
        // A line of its own: never continued by the line below it, nor continuing the one above.
        const post = currentPost();
        passages.push({ postIndex: posts.indexOf(post), text: '', sourceStart: line.start, sourceEnd: line.end, sentences: [] });
        passagesInPost++;
        break;
      }
      case 'body': {
        inEndMatter = false;
        if (boundaryPending && passagesInPost > 0) startPost();
        boundaryPending = false;
        const post = currentPost();
        const previous = passages[passages.length - 1];
        const previousLine = lines[i - 1];
        // A line continues the paragraph above when it is in the same block and that line was
        // cut mid-sentence (hard-wrapped text); a line after a full stop starts a new paragraph
        // (texts that separate paragraphs with single line breaks).
        const continues = previousKind === 'body' && previousLine !== undefined && previousLine.block === line.block &&
          !/[.!?…:]["”’')\]]*\d{0,3}$/.test(previousLine.text);
        if (continues && previous) {
          previous.sourceEnd = line.end;
        } else {
          passages.push({ postIndex: posts.indexOf(post), text: '', sourceStart: line.start, sourceEnd: line.end, sentences: [] });
          passagesInPost++;
        }
        break;
      }
      default:
        break;
    }
    previousKind = line.kind;
  }

  // Text and sentences once per passage, after its last line is known (linear in the text).
  for (const passage of passages) {
    passage.text = text.slice(passage.sourceStart, passage.sourceEnd);
    passage.sentences = splitSentences(passage.text);
  }

  const firstLine = lines[0];
  const title = firstLine && firstLine.text.length <= 160 && firstLine.kind !== 'body' ? firstLine.text : fallbackTitle;
  for (const post of posts) if (post.title === '') post.title = title;
  // Only an archive heading dates the whole document here; a title naming a month does not.
  const date = firstLine ? archiveHeadingDate(firstLine.text) : undefined;
  const result: Segmentation = { title, posts, passages, authors: [...authors].sort() };
  if (date !== undefined) result.date = date;
  return result;
}

/** Every line of a text with the kind the segmenter gives it (for the eval's page-furniture rule, eval/furniture.ts). */
export function classifiedLines(text: string): Array<{ start: number; end: number; kind: LineKind }> {
  return classifyAll(splitLines(text)).map(({ start, end, kind }) => ({ start, end, kind }));
}

function classifyAll(lines: Line[]): ClassifiedLine[] {
  const classified: ClassifiedLine[] = [];
  let inNotes = false;
  // The first line of text (after any date or link lines above it) is the title, even in sentence case.
  let beforeText = true;
  for (const line of lines) {
    const kind = classifyLine(line.text, inNotes, beforeText);
    if (kind === 'body' || kind === 'heading' || kind === 'name') beforeText = false;
    if (kind === 'end-matter-heading' || kind === 'note') inNotes = true;
    else if (kind === 'body' || kind === 'heading') inNotes = false;
    classified.push({ ...line, kind });
  }
  // A short line that the next line of its block continues in lower case, or that stops after a
  // function word, is a hard-wrapped line of body text, not a heading.
  for (let i = 0; i + 1 < classified.length; i++) {
    const line = classified[i] as ClassifiedLine;
    const next = classified[i + 1] as ClassifiedLine;
    const continuation = next.kind === 'body' || next.kind === 'heading' || next.kind === 'name';
    if ((line.kind === 'heading' || line.kind === 'name') && continuation && next.block === line.block && (/^\p{Ll}/u.test(next.text) || ENDS_MID_CLAUSE.test(line.text))) {
      line.kind = 'body';
      next.kind = 'body';
    }
  }
  // "… following the death of former President | Niyazov in December 2006, Deputy Chairman and Foreign": a line right
  // after a long line of body text cut mid-clause (a word or a comma at its end) in the same block goes on with it.
  for (let i = 1; i < classified.length; i++) {
    const line = classified[i] as ClassifiedLine;
    const previous = classified[i - 1] as ClassifiedLine;
    if ((line.kind === 'heading' || line.kind === 'name') && previous.kind === 'body' && previous.block === line.block &&
      previous.text.length >= MIN_WRAPPED_LINE_CHARS && /[\p{L},]$/u.test(previous.text)) line.kind = 'body';
  }
  demoteBiosInsideBody(classified);
  promoteAffiliationLines(classified);
  return classified;
}

/**
 * "X is a former diplomat …" is an author bio at the head or foot of a post, but body text
 * when more body follows it (nominee profiles, encyclopedia articles, a one-line portrait
 * inside an op-ed). A bio line followed by body text stays a bio only when it says it is
 * about the writer ("The writer is …") or names someone a byline names.
 */
function demoteBiosInsideBody(lines: ClassifiedLine[]): void {
  const bylineText = lines.filter((line) => line.kind === 'byline').map((line) => line.text.toLowerCase());
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] as ClassifiedLine;
    if (line.kind !== 'bio' || (lines[i + 1] as ClassifiedLine).kind !== 'body') continue;
    if (WRITER_BIO.test(line.text)) continue;
    const subject = /^(.+?)\s+(?:is|are|was)\s/u.exec(line.text)?.[1]?.toLowerCase();
    if (subject !== undefined && bylineText.some((byline) => byline.includes(subject))) continue;
    line.kind = 'body';
  }
}

/** A bio that says it is about the writer. */
const WRITER_BIO = /^the (writer|author)s?\s/i;

function isFollowedByByline(lines: ClassifiedLine[], index: number): boolean {
  let bodyLines = 0;
  for (let j = index + 1; j < Math.min(lines.length, index + 1 + TITLE_LOOKAHEAD); j++) {
    const line = lines[j] as ClassifiedLine;
    if (line.kind === 'byline' || line.kind === 'date' || line.kind === 'name' || line.kind === 'caption') return true;
    // One short standfirst may sit between a title and its byline or photo.
    if (line.kind === 'body' && (++bodyLines > 1 || line.text.length > MAX_STANDFIRST_CHARS)) return false;
  }
  return false;
}

function isoDate(text: string): string | undefined {
  const match = DATE_LINE.exec(text);
  if (!match) return undefined;
  const [, day1, month1, year1, month2, day2, year2, isoYear, isoMonthPart, isoDay] = match;
  if (isoYear && isoMonthPart && isoDay) return `${isoYear}-${isoMonthPart}-${isoDay}`;
  const day = day1 ?? day2;
  const month = MONTH_NUMBER[(month1 ?? month2 ?? '').toLowerCase()];
  const year = year1 ?? year2;
  if (!month || !year) return undefined;
  const monthText = String(month).padStart(2, '0');
  return day ? `${year}-${monthText}-${day.padStart(2, '0')}` : `${year}-${monthText}`;
}

const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;

/** The person a byline, bio or contributor line names, if any. */
function authorName(line: ClassifiedLine, previousKind: LineKind | undefined, inEndMatter: boolean): string | undefined {
  let candidate: string | undefined;
  // A leading word is a label only before "by" or a colon ("Commentary by Jane Doe"); else it is the first name ("Jane Doe").
  if (line.kind === 'byline') candidate = /^(?:\p{L}+(?:\s+by|\s*:)\s+)?([^,|/·•]+)/u.exec(line.text.replace(/^(?:[Aa]uthors?|[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Pp]osted by)\s*:?\s+/, ''))?.[1];
  else if (line.kind === 'bio') candidate = /^(.+?)\s+(?:is|are|was)\s/u.exec(line.text)?.[1];
  else if (line.kind === 'name' && (inEndMatter || previousKind === 'heading')) candidate = line.text;
  candidate = candidate?.trim();
  return candidate && (PERSON_NAME.test(candidate) || AUTHOR_NAME_LINE.test(candidate)) ? candidate : undefined;
}
