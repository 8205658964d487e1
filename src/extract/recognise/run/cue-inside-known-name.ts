/**
 * "Secretary-General of the Association of Southeast Asian Nations Le Luong Minh": the run's only cue words
 * ("Association") belong to a known name that opens it, and a name follows that holds none. The cue is
 * the known body's, not the run's: the run is read as names split at the lexicon entry, so the body and
 * the person after it come out apart (issue 12; before, "Association of Southeast Asian Nations Le Luong
 * Minh and Executive" came out as one body).
 */
import { longestLexiconMatch } from '../lexicon-lookup.ts';
import type { Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';

export function cuesOnlyInLeadingKnownName(scan: Scan, runStart: number, runEnd: number): boolean {
  const { tokens, context } = scan;
  const match = longestLexiconMatch(tokens, runStart, runEnd, context.lexicon);
  if (match?.hit.kind !== 'actor' || match.hit.type === 'state' || match.end >= runEnd) return false;
  const next = tokens[match.end] as Token;
  // The known name must end where a capitalised word starts, not before "of"/"and" that may continue it.
  if (!next.capitalised || next.allCaps) return false;
  for (let i = match.end; i < runEnd; i++) {
    const token = tokens[i] as Token;
    if (context.lexicon.organisationCues.has(token.key) || context.lexicon.firmCues.has(token.key)) return false;
  }
  return true;
}
