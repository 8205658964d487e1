/** Which tokens may be part of a name: capitalised words outside datelines and quoted titles, and what joins them. */
import { NAME_PARTICLES } from '../rules.ts';
import { isNameLike } from '../runs.ts';
import type { Scan } from '../scan.ts';
import { datelineLength } from '../text-patterns.ts';
import { joinable } from '../tokens.ts';

export function markNameLike(scan: Scan): void {
  const { tokens, context } = scan;
  scan.dateline = datelineLength(scan.text);
  // Tokens are visited in order, so one pointer walks the (ordered) quoted spans: linear.
  let quoted = 0;
  const insideQuotedTitle = (offset: number): boolean => {
    while (quoted < scan.quotedTitles.length && (scan.quotedTitles[quoted] as [number, number])[1] <= offset) quoted++;
    const span = scan.quotedTitles[quoted];
    return span !== undefined && offset >= span[0];
  };
  const nameLike = tokens.map((token, index) => token.start >= scan.dateline && isNameLike(token, context, tokens[index + 1]) && !insideQuotedTitle(token.start));
  // "COVID-19", "G20": a number joined to a name-like word belongs to it.
  tokens.forEach((token, index) => {
    if (index > 0 && nameLike[index - 1] && /^\p{N}+$/u.test(token.text) && (token.gap === '-' || token.gap === '')) nameLike[index] = true;
  });
  // "Ursula von der Leyen": two particles in a row before a capitalised word.
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const after = tokens[index + 2];
    if (!token.capitalised && next && after && NAME_PARTICLES.has(token.key) && NAME_PARTICLES.has(next.key) && !next.capitalised &&
      after.capitalised && joinable(next.gap) && joinable(after.gap) && index > 0 && nameLike[index - 1]) {
      nameLike[index] = true;
      nameLike[index + 1] = true;
    }
  });
  scan.nameLike = nameLike;
}
