/**
 * First names as compromise's lexicon knows them (FirstName, MaleName, FemaleName), read
 * from a copy in first-names.json (scripts/write-first-names.mjs) so that the resolver,
 * which runs in the CLI's main thread, does not load compromise (0.3–0.7 s and ~45 MB)
 * just to look words up. The recogniser asks compromise itself (recognise/word-classes.ts);
 * tests/extract/first-names.test.ts keeps the two the same.
 */
import data from './first-names.json' with { type: 'json' };

const FIRST_NAMES: ReadonlySet<string> = new Set(data.names);

/** `key` is a lower-case word. */
export function isFirstName(key: string): boolean {
  return FIRST_NAMES.has(key);
}
