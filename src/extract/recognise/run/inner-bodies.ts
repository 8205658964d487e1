/**
 * A body's inner organ named only by what it is, joined to the body it belongs to: "the Members of the Court",
 * "Secretariat of the PCA", "Board of Directors of Chicago Cares", "BIS Board of Directors". The organ has no name
 * of its own; the actor is the body (if the rest names one).
 */
import { ORGAN_PHRASES } from '../rules.ts';
import type { Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';

const MAX_PHRASE = 4;

/** Length in tokens of the generic organ phrase starting at `from` (0 when there is none). */
function organPhraseAt(tokens: readonly Token[], from: number, to: number): number {
  for (let length = Math.min(MAX_PHRASE, to - from); length >= 1; length--) {
    const key = tokens.slice(from, from + length).map((token) => token.key).join(' ');
    if (ORGAN_PHRASES.has(key)) return length;
  }
  return 0;
}

/**
 * The span of the body an organ belongs to, or undefined when the run is not "organ of body" / "body organ".
 * "Members of the Court" → "Court"; "BIS Board of Directors" → "BIS".
 */
export function bodyOfOrgan(scan: Scan, from: number, to: number): [number, number] | undefined {
  const { tokens } = scan;
  const head = organPhraseAt(tokens, from, to);
  const connector = tokens[from + head];
  if (head > 0 && from + head < to && connector && !connector.capitalised && connector.key === 'of') {
    let rest = from + head + 1;
    while (rest < to && !(tokens[rest] as Token).capitalised) rest++;
    return rest < to ? [rest, to] : undefined;
  }
  for (let start = from + 1; start < to - 1; start++) {
    const length = organPhraseAt(tokens, start, to);
    if (length >= 2 && start + length === to && (tokens[start - 1] as Token).capitalised) return [from, start];
  }
  return undefined;
}
