import type { Scan } from '../scan.ts';

/** In a passage set in capitals ("IN OTHER NEWS, THE MINISTRY…") capitals say nothing about acronyms or names. */
export function skipShouting(scan: Scan): void {
  const capitals = scan.tokens.filter((token) => token.allCaps).length;
  if (capitals > Math.max(3, scan.tokens.length / 2)) scan.done = true;
}
