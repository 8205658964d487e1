/**
 * Writes src/extract/lexicon/first-names.json: the words compromise's lexicon tags as first
 * names, so that the resolver (which runs in the CLI's main thread) knows them without
 * loading compromise. tests/extract/first-names.test.ts fails when the file and the
 * installed compromise disagree: rerun `node scripts/write-first-names.mjs` then.
 */
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

export function compromiseFirstNames() {
  const lexicon = nlp.model().one.lexicon;
  return Object.keys(lexicon)
    .filter((word) => [lexicon[word]].flat().some((tag) => FIRST_NAME_TAGS.has(tag)))
    .sort();
}

const target = new URL('../src/extract/lexicon/first-names.json', import.meta.url);
if (process.argv[1] && new URL(`file://${process.argv[1]}`).href === import.meta.url) {
  writeFileSync(target, `${JSON.stringify({ source: 'compromise lexicon: FirstName, MaleName, FemaleName', names: compromiseFirstNames() })}\n`);
}
