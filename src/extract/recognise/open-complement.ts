/**
 * A body's cue word followed by a lower-case connector and capitalised words to the run's end ("Bureau of Trade",
 * "Centre for Women"): the name's complement is open, so a pass may carry the name on past where the run finder
 * stopped. Two passes ask this with different connectors, so the connectors are the caller's (ComplementShape).
 */
import type { Scan } from './scan.ts';
import { isWordPartGap, type Token } from './tokens.ts';

/** Which connectors open a complement, and whether a lower-case word part after a hyphen may end it ("… for Co-operation"). */
export interface ComplementShape {
  readonly connectors: ReadonlySet<string>;
  readonly endsInWordPart: boolean;
}

/** True when the run `from`..`to` holds a cue word, then one of `shape.connectors`, and ends in a capitalised word. */
export function hasOpenComplement(scan: Scan, from: number, to: number, shape: ComplementShape): boolean {
  const { tokens, context } = scan;
  for (let i = from; i < to - 2; i++) {
    const token = tokens[i] as Token;
    const connector = tokens[i + 1] as Token;
    if ((context.lexicon.organisationCues.has(token.key) || context.lexicon.firmCues.has(token.key)) && !connector.capitalised && shape.connectors.has(connector.key)) {
      const last = tokens[to - 1] as Token;
      return last.capitalised || (shape.endsInWordPart && isWordPartGap(last.gap) && (tokens[to - 2] as Token).capitalised);
    }
  }
  return false;
}
