import {
  ARCHIVE_HEADER, BIO_PATTERN, BYLINE_PATTERNS, CAPTION_PATTERNS, CITATION_SIGNS, CREDIT_AT_END, CREDIT_LINE, REFERENCE_ENTRY, DATE_LINE,
  END_MATTER_HEADINGS, END_OF_POST_LINES, NOTE_START, SCREENSHOT_LINE, URL_LINE,
} from './rules.ts';
import { headerLineDate } from './dates.ts';

export type LineKind =
  | 'body' | 'heading' | 'name' | 'byline' | 'date' | 'caption' | 'note' | 'url'
  | 'bio' | 'end-of-post' | 'end-matter-heading' | 'archive-header' | 'screenshot'
  /** An author's name and affiliation lines in a journal article's header (affiliations.ts): read, each a passage of its own. */
  | 'affiliation';

const MAX_HEADING_CHARS = 160;
const MAX_HEADING_WORDS = 22;
const MAX_BIO_CHARS = 500;
/** Captions are short; a long paragraph that happens to contain "©" is still body text. */
const MAX_CAPTION_CHARS = 600;

/** What a single line is, judged on the line alone (context is applied in posts.ts). */
export function classifyLine(text: string, inNotes: boolean): LineKind {
  if (END_OF_POST_LINES.some((pattern) => pattern.test(text))) return 'end-of-post';
  if (END_MATTER_HEADINGS.test(text)) return 'end-matter-heading';
  if (text.length < 120 && ARCHIVE_HEADER.test(text)) return 'archive-header';
  if (URL_LINE.test(text)) return 'url';
  if (SCREENSHOT_LINE.test(text)) return 'screenshot';
  if ((text.length < 80 && DATE_LINE.test(text)) || headerLineDate(text) !== undefined) return 'date';
  if (isNote(text, inNotes)) return 'note';
  if (CREDIT_LINE.test(text) || CREDIT_AT_END.test(text) || (text.length < MAX_CAPTION_CHARS && CAPTION_PATTERNS.some((pattern) => pattern.test(text)))) return 'caption';
  if (BYLINE_PATTERNS.some((pattern) => pattern.test(text))) return 'byline';
  if (text.length < MAX_BIO_CHARS && BIO_PATTERN.test(text)) return 'bio';
  if (/^\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(text) && !/[.:]$/.test(text)) return 'name';
  if (looksLikeHeading(text)) return 'heading';
  return 'body';
}

function isNote(text: string, inNotes: boolean): boolean {
  // "12 “Title,” site" / "3. Author, ‘Title’" / "[4]: https://"
  if (inNotes) return /^\[?\d{1,3}[\].):]?\s*\S/u.test(text) || REFERENCE_ENTRY.test(text);
  if (text.length < 600 && REFERENCE_ENTRY.test(text)) return true;
  return /^\[?\d{1,3}[\].):]?\s*[“"‘'\p{Lu}[]/u.test(text) && NOTE_START.test(text) && CITATION_SIGNS.test(text);
}

/** "Troy Fitrell, Nominee for Ambassador …": a line announcing who is put forward for a post is content, not a heading. */
const NAME_WITH_NOMINATION = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?:Nominee|Nominated|Appointee|Designee|Candidate|Member)\b/u;

function looksLikeHeading(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  // "… in the world.[9]": a footnote marker after the full stop still ends a sentence.
  if (/[.,;:…]["”’)]*(?:\[\d{1,3}\])*$/.test(text)) return false;
  if (/[.!?]["”’)]?\s+\p{Lu}/u.test(text)) return false; // two sentences
  if (NAME_WITH_NOMINATION.test(text)) return false;
  return /^[\p{Lu}\p{N}“"‘']/u.test(text);
}
