/**
 * Reads a graph file's text as it arrives, and hands over the overview stored at its head
 * (graph-format/overview.ts, written before the documents) as soon as those few kilobytes are
 * in: the first picture of a big graph needs none of the megabytes after them.
 */

/** How far into the file the overview may start (it follows format, version, contract and generator). */
const OVERVIEW_SEARCH_CHARS = 4096;

/** The parsed `overview` object once the head holds all of it; undefined while incomplete; null when the file has none. */
export function overviewAtHead(head: string): unknown {
  const key = head.indexOf('"overview":{');
  const documents = head.indexOf('"documents":');
  if (key < 0 || (documents >= 0 && documents < key)) return documents >= 0 || head.length > OVERVIEW_SEARCH_CHARS ? null : undefined;
  if (key > OVERVIEW_SEARCH_CHARS) return null;
  const start = key + '"overview":'.length;
  let depth = 0;
  let inString = false;
  for (let i = start; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if ((c === 125 || c === 93) && --depth === 0) {
      try { return JSON.parse(head.slice(start, i + 1)); } catch { return null; }
    }
  }
  return undefined;
}

/** The response's whole text; `onOverview` is called once with the head's overview when the file has one. */
export async function readGraphText(response: Response, onOverview: (overview: unknown) => void): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let head = '';
  let searching = true;
  for (;;) {
    const { done, value } = await reader.read();
    const piece = done ? decoder.decode() : decoder.decode(value, { stream: true });
    if (piece) pieces.push(piece);
    if (searching) {
      head += piece;
      const found = overviewAtHead(head);
      if (found !== undefined) {
        searching = false;
        head = '';
        if (found !== null) onOverview(found);
      }
    }
    if (done) return pieces.join('');
  }
}
