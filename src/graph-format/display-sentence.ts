/**
 * Footnote markers glued to words ("Shanghai Five.4", "reserves.17", "Omar7") are part of
 * the stored passage text, so every offset in the graph stays exact. What a reader sees
 * and what an evidence pack quotes is the sentence without them: this is the one place
 * that decides what a marker is, used by the explorer and by the exports alike.
 */

export interface DisplaySentence {
  /** The sentence with glued footnote markers removed. */
  text: string;
  /** The highlights, clipped to the sentence and moved to offsets in `text`, sorted. */
  highlights: [number, number][];
}

/**
 * A marker: one to three digits (or superscript digits) glued to a word of three or more
 * letters, directly ("Omar7") or after closing punctuation ("reserves.17", "Five,”4"),
 * and followed by the end of the word. "G20", "C5", "COVID19" (a short or all-capital
 * word), "F-16" (a hyphen) and "1.5" (a number) keep their digits. The look-ahead for a digit
 * comes first only for speed: the look-behind is then tried at digits, not at every character.
 */
const MARKER = /(?=[\p{N}¹²³⁰⁴-⁹])(?<=(?<![\p{L}\p{N}])(?:\p{L}*\p{Ll}\p{L}*)(?:[.,;:)\]”’"]+|))(?:\p{N}{1,3}|[¹²³⁰⁴-⁹]{1,3})(?![\p{L}\p{N}])/gu;

/** Ranges [start, end) of the footnote markers in text[start, end). */
export function footnoteMarkers(text: string, start = 0, end = text.length): [number, number][] {
  const slice = text.slice(start, end);
  const markers: [number, number][] = [];
  for (const match of slice.matchAll(MARKER)) {
    const at = match.index;
    const word = /\p{L}+[.,;:)\]”’"]*$/u.exec(slice.slice(0, at))?.[0].replace(/[^\p{L}]/gu, '') ?? '';
    // "Omar7" but not "mp3"; superscript marks follow any word.
    if (word.length < 3 && /^\p{N}/u.test(match[0])) continue;
    markers.push([start + at, start + at + match[0].length]);
  }
  return markers;
}

/**
 * text[start, end) without its footnote markers, with each highlight (in text offsets)
 * clipped to the sentence and remapped into the returned text.
 */
export function displaySentence(
  text: string, start: number, end: number, highlights: readonly (readonly [number, number])[] = [],
): DisplaySentence {
  const markers = footnoteMarkers(text, start, end);
  let shown = '';
  let cursor = start;
  for (const [from, to] of markers) {
    shown += text.slice(cursor, from);
    cursor = to;
  }
  shown += text.slice(cursor, end);

  // Offset in text → offset in the shown text: subtract the marker characters before it.
  const toShown = (offset: number): number => {
    let removed = 0;
    for (const [from, to] of markers) {
      if (offset <= from) break;
      removed += Math.min(offset, to) - from;
    }
    return offset - start - removed;
  };
  const remapped = highlights
    .map(([s, e]) => [toShown(Math.max(s, start)), toShown(Math.min(e, end))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { text: shown, highlights: remapped };
}
