/**
 * "Department of Commerce Updates its Entity List", "Biden Announces His Plan": in a title-case headline the verb is
 * capitalised like the names around it, so the run finder glues subject, verb and object into one run. A run is cut
 * at a headline verb (data: `headlineVerbs`) that is not its first word; the verb itself names nothing.
 */
import { HEADLINE_VERBS } from '../rules.ts';
import type { Scan } from '../scan.ts';
import type { Token } from '../tokens.ts';

export function splitAtHeadlineVerbs(scan: Scan): void {
  const runs: [number, number][] = [];
  for (const [start, end] of scan.runs) {
    let from = start;
    for (let i = start + 1; i < end; i++) {
      const token = scan.tokens[i] as Token;
      if (!token.capitalised || token.allCaps || !HEADLINE_VERBS.has(token.key)) continue;
      if (i > from) runs.push([from, i]);
      from = i + 1;
    }
    if (from < end) runs.push([from, end]);
  }
  scan.runs = runs;
}
