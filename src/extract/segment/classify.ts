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
/** `firstLine`: the document's first line of text (posts.ts), its title even when written in sentence case. */
export function classifyLine(text: string, inNotes: boolean, firstLine = false): LineKind {
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
  if (looksLikeHeading(text, !firstLine)) return 'heading';
  return 'body';
}

/** A wiki reference line: "^ Hoyt, Conrad (2023) …", "- ^ a b …", and "edit- ^ …" where the section's edit link sticks to it. */
const WIKI_REFERENCE = /^(?:\[?edit\]?)?\s*[-–•*]?\s*\^\s/u;

function isNote(text: string, inNotes: boolean): boolean {
  if (WIKI_REFERENCE.test(text) && (inNotes || CITATION_SIGNS.test(text))) return true;
  // "12 “Title,” site" / "3. Author, ‘Title’" / "[4]: https://"
  if (inNotes) return /^\[?\d{1,3}[\].):]?\s*\S/u.test(text) || REFERENCE_ENTRY.test(text);
  if (text.length < 600 && REFERENCE_ENTRY.test(text)) return true;
  return /^\[?\d{1,3}[\].):]?\s*[“"‘'\p{Lu}[]/u.test(text) && NOTE_START.test(text) && CITATION_SIGNS.test(text);
}

/** "Troy Fitrell, Nominee for Ambassador …": a line announcing who is put forward for a post is content, not a heading. */
const NAME_WITH_NOMINATION = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?:Nominee|Nominated|Appointee|Designee|Candidate|Member)\b/u;

/** Fewest words for a sentence-case line to read as a sentence rather than a headline. */
const MIN_SENTENCE_WORDS = 8;
const CUT_AFTER_FUNCTION_WORD = /\s(?:of|the|a|an|and|or|to|in|for|with|by|at|from|on|its|their|his|her|that|which|who|whose|is|are|was|were|has|have|had)$/;

function looksLikeHeading(text: string, sentenceCaseIsBody: boolean): boolean {
  if (text.length > MAX_HEADING_CHARS) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  // A sentence's stop may carry a footnote marker after it ("… in the world.[9]").
  if (/[.,;:…]["”’)]*(?:\[\d{1,3}\])*$/.test(text)) return false;
  if (/[.!?]["”’)]?\s+\p{Lu}/u.test(text)) return false; // two sentences
  if (NAME_WITH_NOMINATION.test(text)) return false;
  // A heading never stops on a lower-case function word: "… chairman and chief executive of" is a sentence cut off.
  if (CUT_AFTER_FUNCTION_WORD.test(text)) return false;
  // A long line written in sentence case (most words lower case) is a sentence or a news summary line, not a title
  // (except the document's first line: a news page's title, often in sentence case).
  const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  if (sentenceCaseIsBody && words.length >= MIN_SENTENCE_WORDS && words.filter((word) => /^\p{Ll}/u.test(word)).length * 2 > words.length) return false;
  return /^[\p{Lu}\p{N}“"‘']/u.test(text);
}
