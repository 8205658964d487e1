/**
 * Where an organisation's name ends when the plain rule (last cue word, then an "of" phrase up to a title) would cut
 * it short:
 * - a run that continue-body-names joined ("U.S. Mission to NATO", "Bureau of Trade, Labor, and Housing") is one name;
 * - "Office of the Legal Adviser", "Office of the Special Envoy for Sudan": an office named by the post it serves
 *   keeps the post's title and its portfolio;
 * - "Bureau of International Organization Affairs", "Office of Science and Technology Policy": capitalised words
 *   ending in a portfolio's head word close the name after a cue word inside it.
 */
import type { LexiconHit } from '../lexicon-index.ts';
import { longestLexiconMatch, lookup } from '../lexicon-lookup.ts';
import type { Scan } from '../scan.ts';
import { joinable, type Token } from '../tokens.ts';
import { OFFICE_HEADS, PORTFOLIO_HEADS } from '../body-name-words.ts';

const CONTINUED_RULES = new Set(['listed-complement', 'purpose-complement', 'mission-to', 'office-seat', 'members-in-place']);

/** The end of the name from `from` whose last cue word is at `lastCue`, given the plain rule's `end` and the run's end `to`. */
export function continuedNameEnd(scan: Scan, from: number, lastCue: number, end: number, to: number): number {
  const { tokens } = scan;
  for (let i = lastCue + 1; i < to; i++) if (CONTINUED_RULES.has(scan.extensions.get(i) ?? '')) return to;
  if (end < to && isOfficeOfTitle(scan, lastCue, end, to)) return to;
  // After a cue word inside an "of/for" part: capitalised words up to a portfolio's head word.
  if (!tokens.slice(0, lastCue).some((token, i) => i >= from && !token.capitalised && (token.key === 'of' || token.key === 'for'))) return end;
  let last = end;
  while (last < to && (tokens[last] as Token).capitalised && joinable((tokens[last] as Token).gap) && !isTitleStart(scan, last, to)) {
    if (PORTFOLIO_HEADS.has((tokens[last] as Token).key)) return last + 1;
    last++;
  }
  return end;
}

/**
 * "Office of the Legal Adviser": an office head at `lastCue`, "of" (the), and the rest of the run to `to` from a title
 * at or before `end` on.
 */
export function isOfficeOfTitle(scan: Scan, lastCue: number, end: number, to: number): boolean {
  const { tokens } = scan;
  if (!OFFICE_HEADS.has((tokens[lastCue] as Token).key) || (tokens[lastCue + 1] as Token | undefined)?.key !== 'of') return false;
  let start = lastCue + 2;
  if ((tokens[start] as Token | undefined)?.key === 'the') start++;
  // The plain rule stopped at a title that begins at `end`, inside the post's name ("Special Representative") or
  // right at its start.
  for (let i = start; i <= end; i++) {
    const token = tokens[i] as Token;
    if (!token.capitalised) return false;
    if (isTitleStart(scan, i, to)) return tokens.slice(i, to).every((word) => word.capitalised || ['for', 'of', 'on', 'and', 'the'].includes(word.key));
  }
  return false;
}

function isTitleStart(scan: Scan, index: number, to: number): boolean {
  return longestLexiconMatch(scan.tokens, index, to, scan.context.lexicon)?.hit.kind === 'title';
}

/** "Office of the United Nations High Commissioner for Refugees": the post after "Office of (the)" names a known body. */
export function knownBodyOfOffice(scan: Scan, from: number, to: number): LexiconHit | undefined {
  const { tokens, context } = scan;
  let start = from + 2;
  if ((tokens[start] as Token | undefined)?.key === 'the') start++;
  const hit = lookup(tokens, start, to, context.lexicon);
  return hit?.kind === 'actor' && hit.type === 'organisation' ? hit : undefined;
}
