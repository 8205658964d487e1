import { capitalisedRuns } from '../runs.ts';
import type { Scan } from '../scan.ts';
import { phraseAcronymDefinitions } from '../text-patterns.ts';
import { recogniseRun } from '../run/recognise-run.ts';

/** "words (ACR)" whose words spell the acronym: non-actor definitions unless a rule finds the phrase names an actor. */
export function definePhraseAcronyms(scan: Scan): void {
  scan.acronyms.push(...phraseAcronymDefinitions(scan.text));
}

/** Groups name-like tokens into capitalised runs ("Bank of China", "Belt and Road Initiative"). */
export function findRuns(scan: Scan): void {
  scan.runs = capitalisedRuns(scan.tokens, scan.nameLike, scan.context.lexicon);
}

export function recogniseRuns(scan: Scan): void {
  for (const [start, end] of scan.runs) recogniseRun(scan, start, end);
}
