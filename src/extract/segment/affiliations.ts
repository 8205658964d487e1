/**
 * A journal article's author block: the author's name on a line of its own, then a line or two naming
 * where they work ("MGIMO University, Moscow, Russia", "School of International Relations"). Those
 * affiliation lines name real bodies (issue 12, class 1: they were dropped as page furniture with the
 * headings around them), so they are read as body text. Only in the document's header (before any
 * long body line), only right after a person's name line, and only lines holding a word that names an
 * institution (not a department of one, a post or an address). Each such line is a passage of its
 * own (kind `affiliation`); the name line stays a name (segmentation's `authors`).
 */
import type { LineKind } from './classify.ts';
import type { Line } from './lines.ts';

interface KindedLine extends Line {
  kind: LineKind;
}

/** "Ivan Yu. Zuenko", "Yana V. Leksyutina", "Jane Doe": a person's name alone on a line (initials of one or two letters). */
export const AUTHOR_NAME_LINE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\p{Ll}?\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** Words that name an institution a scholar or expert works at. */
const INSTITUTION_WORDS = /\b(?:University|Universität|Université|Universidad|Institute|Institut|School|Academy|College|Centre|Center|Foundation|Observatory|Laboratory)\b/u;
/** Lines of the block that are no affiliation: e-mail, address, identifiers. */
const NOT_AFFILIATION = /[@:]|\d/u;
/** How many lines after the name line may hold affiliations and posts. */
const MAX_BLOCK_LINES = 6;
/** Lines of an author block are short ("Associate Professor;"); a longer one is body text and ends the header. */
const MAX_BLOCK_LINE_CHARS = 80;

export function promoteAffiliationLines(lines: KindedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as KindedLine;
    if ((line.kind === 'body' && line.text.length > MAX_BLOCK_LINE_CHARS) || line.kind === 'bio') return; // the header is over
    if (line.kind !== 'name' || !AUTHOR_NAME_LINE.test(line.text)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 1 + MAX_BLOCK_LINES); j++) {
      const next = lines[j] as KindedLine;
      // The author block is one or two blank-line separated blocks of short lines.
      if (next.block > line.block + 1 || next.text.length > MAX_BLOCK_LINE_CHARS || next.kind === 'byline' || next.kind === 'date') break;
      if ((next.kind === 'heading' || next.kind === 'name' || next.kind === 'body') && INSTITUTION_WORDS.test(next.text) && !NOT_AFFILIATION.test(next.text)) {
        next.kind = 'affiliation';
      }
    }
  }
}
