/** A line of the decoded text with its offsets (end excludes the newline). */
export interface Line {
  start: number;
  end: number;
  text: string;
  /** Index of the blank-line separated block the line belongs to. */
  block: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let previousBlank = true;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end);
    if (raw.trim() === '') {
      if (!previousBlank) block++;
      previousBlank = true;
    } else {
      // Trim the line but keep offsets exact.
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      lines.push({ start: start + lead, end: end - trail, text: raw.trim(), block });
      previousBlank = false;
    }
    start = end + 1;
  }
  return lines;
}
