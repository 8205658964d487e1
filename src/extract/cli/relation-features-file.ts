/**
 * The relation model's training pairs as committed data (tests/fixtures/relations/training-features.json):
 * each hand pair's model features and gold type, without its sentence. Most pairs come from texts
 * the repository may not hold (../shared/real-corpus, the fresh web pages), so without this file a
 * clone could not retrain the committed model. `npm run train:relations` rewrites it whenever it
 * trains with every part's texts present, and reads a part from it when that part's texts are absent;
 * training from the file alone reproduces the committed model byte for byte (tests/extract/relation-features-file.test.ts).
 *
 * What it holds: only features that occur in at least `minCount` pairs of the file (training never
 * gives a rarer feature a weight, on any subset of the pairs), so no feature naming a word span seen
 * once is written; the words that remain are the single stems (and the ≤ 3-word `bseq=` runs) that
 * the committed model's weights already name. Compact: a vocabulary, and per pair its feature indices
 * as gaps in base 26 written with letters ("adBb" = indices 0, 3, 30), labels as one letter each.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELATION_TYPES, type RelationType } from '../../graph-format/index.ts';
import { trainModel, type RelationModel, type TrainingExample, type TrainingOptions } from '../relate/index.ts';
import { REPO_ROOT } from './gold-files.ts';

export const FEATURES_FILE = join(REPO_ROOT, 'tests/fixtures/relations/training-features.json');

/** One letter per type, in RELATION_TYPES order (the file's `labels` strings). */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.slice(0, RELATION_TYPES.length);

export const FEATURES_DESCRIPTION = 'The relation model\'s hand training pairs as features (src/extract/cli/relation-features-file.ts), written by npm run train:relations with every part\'s texts present; no sentences. types: the letter of each gold type; vocabulary: the features in ≥ minCount pairs, most frequent first; per part, labels (one letter per pair) and rows (per pair its feature indices as gaps from the previous one, in base 26: capitals for the leading digits, a small letter for the last).';

/** One part's pairs in gold order; `skipped`: the gold indices of pairs left out (a name not found in its sentence). */
export interface FeaturePart { part: string; examples: TrainingExample[]; skipped?: number[] }

/** A gap in base 26: leading digits as capitals, the last as a small letter ("c" = 2, "Ba" = 26), so no separator is needed. */
export function gapText(gap: number): string {
  let text = String.fromCharCode(97 + (gap % 26));
  for (let rest = Math.floor(gap / 26); rest > 0; rest = Math.floor(rest / 26)) text = String.fromCharCode(65 + (rest % 26)) + text;
  return text;
}

export function gapsOf(row: string): number[] {
  const gaps: number[] = [];
  let value = 0;
  for (const char of row) {
    const code = char.charCodeAt(0);
    if (code >= 65 && code <= 90) value = value * 26 + (code - 65);
    else if (code >= 97 && code <= 122) { gaps.push(value * 26 + (code - 97)); value = 0; }
    else throw new Error(`feature row: unexpected character "${char}"`);
  }
  if (value !== 0) throw new Error('feature row: ends inside a gap');
  return gaps;
}

export interface FeaturesFile {
  description: string;
  /** Features in fewer pairs than this were left out (training's DEFAULT_TRAINING.minCount). */
  minCount: number;
  /** The type each letter of `labels` stands for. */
  types: string;
  vocabulary: string[];
  parts: { part: string; skipped?: number[]; labels: string; rows: string[] }[];
}

/** The file's text for these parts: vocabulary by falling count (then name), so most gaps are one or two digits. */
export function encodeFeatures(parts: readonly FeaturePart[], minCount: number, description: string): string {
  const counts = new Map<string, number>();
  for (const { examples } of parts) for (const example of examples) for (const feature of new Set(example.features)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, count]) => count >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  const index = new Map(vocabulary.map((name, i) => [name, i]));
  const row = (features: readonly string[]) => {
    const indices = [...new Set(features)].flatMap((feature) => (index.has(feature) ? [index.get(feature)!] : [])).sort((a, b) => a - b);
    return indices.map((value, i) => gapText(value - (i === 0 ? 0 : indices[i - 1]!))).join('');
  };
  const file: FeaturesFile = {
    description, minCount, types: RELATION_TYPES.map((type, i) => `${LETTERS[i]}=${type}`).join(' '), vocabulary,
    parts: parts.map(({ part, examples, skipped }) => ({
      part, ...(skipped && skipped.length > 0 ? { skipped } : {}),
      labels: examples.map((example) => LETTERS[RELATION_TYPES.indexOf(example.label)]).join(''),
      rows: examples.map((example) => row(example.features)),
    })),
  };
  // One line per part's row list and one for the vocabulary: diffs stay readable, the file small.
  return `${JSON.stringify(file).replace(/,"(vocabulary|parts|rows)":/g, ',\n"$1":').replace(/\},\{"part"/g, '},\n{"part"')}\n`;
}

export function parseFeaturesFile(text: string, where: string): FeaturesFile {
  const file = JSON.parse(text) as FeaturesFile;
  if (!Array.isArray(file.vocabulary) || !Array.isArray(file.parts) || typeof file.minCount !== 'number') throw new Error(`${where}: expected { minCount, vocabulary, parts }`);
  const expected = RELATION_TYPES.map((type, i) => `${LETTERS[i]}=${type}`).join(' ');
  if (file.types !== expected) throw new Error(`${where}: its types (${file.types}) are not the schema's (${expected}): retrain with the texts`);
  for (const part of file.parts) if (part.labels.length !== part.rows.length) throw new Error(`${where}: part ${part.part} has ${part.labels.length} labels for ${part.rows.length} rows`);
  return file;
}

/** The parts of the file as training examples (features in vocabulary order, which training does not depend on). */
export function decodeFeatures(file: FeaturesFile): FeaturePart[] {
  return file.parts.map(({ part, skipped, labels, rows }) => ({
    part, ...(skipped ? { skipped } : {}),
    examples: rows.map((row, r) => {
      let at = 0;
      const features = gapsOf(row).map((gap) => file.vocabulary[(at += gap)]!);
      return { features, label: RELATION_TYPES[LETTERS.indexOf(labels[r]!)] as RelationType };
    }),
  }));
}

/** The committed file's parts by name, or an empty map when there is no file. */
export function committedFeatures(file: string = FEATURES_FILE): Map<string, FeaturePart> {
  if (!existsSync(file)) return new Map();
  return new Map(decodeFeatures(parseFeaturesFile(readFileSync(file, 'utf8'), file)).map((part) => [part.part, part]));
}

/** The model file's text as train:relations writes it (one line per weight row). */
export function modelText(model: RelationModel): string {
  return `${JSON.stringify(model, null, 0).replace(/\],"/g, '],\n"')}\n`;
}

/**
 * How many pairs of a part computed from its texts have other features than the committed ones (same order):
 * a feature counts when the committed vocabulary has it or it is in at least `minCount` of the part's pairs.
 */
export function differingExamples(computed: readonly TrainingExample[], committed: readonly TrainingExample[], minCount: number, vocabulary: ReadonlySet<string>): number {
  if (computed.length !== committed.length) return Math.max(computed.length, committed.length);
  const counts = new Map<string, number>();
  for (const example of computed) for (const feature of new Set(example.features)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const kept = (feature: string) => vocabulary.has(feature) || (counts.get(feature) ?? 0) >= minCount;
  let differ = 0;
  computed.forEach((example, i) => {
    const mine = [...new Set(example.features)].filter(kept).sort().join('\n');
    const theirs = [...new Set(committed[i]!.features)].sort().join('\n');
    if (mine !== theirs || example.label !== committed[i]!.label) differ++;
  });
  return differ;
}

/** Features naming a word itself (features.ts, features-context.ts): left out with --no-words. */
const LEXICAL = /^(bw|pw|aw|v1|bseq|ay|bx|gl)=/;

/** Which features the model is trained on (train:relations' --rule-features and --no-words). */
export interface FeatureChoice { ruleFeatures: boolean; words: boolean }
export const DEFAULT_CHOICE: FeatureChoice = { ruleFeatures: false, words: true };

/**
 * The rules' answer is still what the model is combined with (decide.ts); as features it made the model copy the tuned rules.
 * Single words were noise with a few hundred pairs; with 1,006 pairs, a lower L2 and full class balance they help (CV, 2026-12-07, notes/i14-rel3.md).
 */
export const keepFeature = (choice: FeatureChoice) => (feature: string): boolean => (choice.ruleFeatures || !feature.startsWith('rule')) && (choice.words || !LEXICAL.test(feature));

/** The model trained on these parts in order (plus `extra` weak pairs, described by `extraNote`), as train:relations writes it. */
export function trainOnParts(parts: readonly FeaturePart[], training: TrainingOptions, choice: FeatureChoice, use: RelationModel['use'], extra: readonly TrainingExample[] = [], extraNote = ''): RelationModel {
  const keep = keepFeature(choice);
  const examples = parts.flatMap((part) => part.examples.map((example) => ({ features: example.features.filter(keep), label: example.label })));
  const description = `Relation model (multinomial logistic regression, src/extract/relate/model.ts) written by npm run train:relations from the hand relation parts ${parts.map((p) => p.part).join(', ')} (${examples.length} pairs; test … test6 are spent frozen parts)${extraNote}; options ${JSON.stringify(training)}, ${choice.ruleFeatures ? 'with' : 'without'} the rules' answer as features, ${choice.words ? 'with' : 'without'} single words; use ${JSON.stringify(use)}.`;
  return trainModel([...examples, ...extra], training, description, use);
}
