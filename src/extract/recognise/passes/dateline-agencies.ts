/**
 * A news agency named in a dateline's brackets ("ASHGABAT. Nov 3 (Interfax) -") is an outlet, an
 * organisation even where it only filed the story (tests/fixtures/annotated/README.md), but only when the
 * lexicon knows it: an unknown wire's initials there ("(SWS)") name no actor of the story. The dateline
 * itself (the city, the region, the date) holds no actor (text-patterns.ts `datelineLength`).
 */
import { longestLexiconMatch } from '../lexicon-lookup.ts';
import { emit, type Scan } from '../scan.ts';
import { datelineAgency } from '../text-patterns.ts';

export function recogniseDatelineAgencies(scan: Scan): void {
  const span = datelineAgency(scan.text);
  if (span === undefined) return;
  const from = scan.tokens.findIndex((token) => token.start === span[0]);
  const to = scan.tokens.findIndex((token) => token.end === span[1]);
  if (from < 0 || to < from) return;
  const match = longestLexiconMatch(scan.tokens, from, to + 1, scan.context.lexicon);
  if (match?.hit.kind !== 'actor' || match.end !== to + 1 || match.hit.type === 'state') return;
  const mention = emit(scan, from, to, 'lexicon', match.hit.type, 'lexicon', match.hit.label);
  if (match.hit.via === 'acronym') mention.acronym = scan.text.slice(span[0], span[1]).replace(/\./g, '');
}
