/**
 * The relation stage: for each sentence naming two or more actors, one compromise parse
 * (made per document, cached with its analysis: parse.ts) and the relation of every pair of
 * actors in it (classify.ts), with cue words from lexicon/relation-cues.json (cues.ts).
 */
import type { CandidateMention, PassageAnalysis } from '../types.ts';
import { buildCueTables, type CueTables } from './cues.ts';
import { parseSentence, type ParsedTerm, type SentenceParse } from './parse.ts';

export { classifyPair, explainPair, type Finding, type SentenceMention } from './classify.ts';
export { buildCueTables, type CueTables } from './cues.ts';
export { parseSentence, type ParsedTerm } from './parse.ts';

export type { SentenceParse } from './parse.ts';

let tables: CueTables | undefined;
export function relationCues(): CueTables {
  tables ??= buildCueTables();
  return tables;
}

/** Parses every sentence of the document in which two differently named candidates are mentioned. */
export function parseLinkingSentences(passages: readonly PassageAnalysis[], mentions: readonly CandidateMention[]): SentenceParse[] {
  const labels = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const passage = passages[mention.passage];
    if (!passage) continue;
    const sentence = passage.sentences.findIndex(([start, end]) => mention.start >= start && mention.start < end);
    if (sentence < 0) continue;
    const key = `${mention.passage}:${sentence}`;
    let set = labels.get(key);
    if (!set) labels.set(key, (set = new Set()));
    set.add(mention.label.toLowerCase());
  }
  const parses: SentenceParse[] = [];
  for (const [key, set] of labels) {
    if (set.size < 2) continue;
    const [p, s] = key.split(':').map(Number) as [number, number];
    const passage = passages[p]!;
    const [start, end] = passage.sentences[s]!;
    parses.push({ passage: p, sentence: s, terms: parseSentence(passage.text, start, end) });
  }
  return parses.sort((a, b) => a.passage - b.passage || a.sentence - b.sentence);
}
