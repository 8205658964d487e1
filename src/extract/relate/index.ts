/**
 * The relation stage: for each sentence naming two or more actors, one compromise parse
 * (made per document in one batch, cached with its analysis: parse.ts) and the relation of every pair of
 * actors in it (classify.ts), with cue words from lexicon/relation-cues.json (cues.ts).
 */
import type { CandidateMention, PassageAnalysis, SentenceParse } from '../types.ts';
import { buildCueTables, type CueTables } from './cues.ts';
import { packTerms, parseSentences } from './parse.ts';

export { explainPair, pairContext, placeSentence, rulesFor, unplaced, type Finding, type SentenceMention, type SentencePlacement } from './classify.ts';
export { classifyPair, decidePair, directionFor, relationModel, type Decision } from './decide.ts';
export { pairFeatures } from './features.ts';
export { labelProbabilities, predictType, trainModel, DEFAULT_TRAINING, DEFAULT_USE, type RelationModel, type TrainingExample, type TrainingOptions } from './model.ts';
export { buildCueTables, type CueTables } from './cues.ts';
export { pairCount, relateSentencePairs, type SentencePairs } from './sentence-pairs.ts';
export { packTerms, parseSentence, parseSentences, unpackTerms, type ParsedTerm, type SentenceSpan } from './parse.ts';

export type { SentenceParse } from '../types.ts';

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
  const linking: { passage: number; sentence: number }[] = [];
  for (const [key, set] of labels) {
    if (set.size < 2) continue;
    const [passage, sentence] = key.split(':').map(Number) as [number, number];
    linking.push({ passage, sentence });
  }
  linking.sort((a, b) => a.passage - b.passage || a.sentence - b.sentence);
  // One batch per document (parse.ts): the tagger's cost is mostly per call.
  const terms = parseSentences(linking.map(({ passage, sentence }) => {
    const [start, end] = passages[passage]!.sentences[sentence]!;
    return { text: passages[passage]!.text, start, end };
  }));
  return linking.map(({ passage, sentence }, index) => ({ passage, sentence, packed: packTerms(terms[index]!) }));
}
