/**
 * The learned relation model: multinomial logistic regression over the string features of
 * features.ts, one weight per (feature, type). Trained by full-batch gradient descent in a
 * fixed order with fixed settings, so the same examples always give the same weights
 * (`npm run train:relations` writes them to lexicon/relation-model.json); predicting is a sum
 * of a few dozen weights per type — no parse, no randomness.
 */
import { RELATION_TYPES, type RelationType } from '../../graph-format/index.ts';

export interface RelationModel {
  /** Why and from what the weights were made (the training script writes it). */
  description: string;
  labels: RelationType[];
  /**
   * How the model is combined with the rules: `when-rules-say-none` lets a rule's typed answer
   * stand and asks the model only when the rules found nothing (most errors on unseen text are
   * stated relations the rules typed `none`); `always` lets it overrule any rule. A typed answer
   * needs at least `minProbability`. With `maxNone`, where the rules say `none` the model
   * abstains (keeps `none`) unless its probability of `none` is at most `maxNone`, and then gives
   * its likeliest other type: a threshold chosen by cross-validation, as the probabilities are not
   * calibrated on the pairs the rules leave `none` (training also sees the pairs the rules type).
   */
  use: { when: 'always' | 'when-rules-say-none'; minProbability: number; maxNone?: number; overrule?: Overrule };
  /** feature → one weight per label, in `labels` order. */
  weights: Record<string, number[]>;
}

/**
 * Rules the model may overrule: those whose name starts with one of `rules` (the broad cue
 * rules, "cue:", are right on only about half the hand pairs), when its likeliest type differs and is at
 * least `minProbability` sure.
 */
export interface Overrule { rules: string[]; minProbability: number }

export interface TrainingExample {
  features: readonly string[];
  label: RelationType;
  /** How much the example counts (default 1): weakly labelled pairs count less than hand-annotated ones. */
  weight?: number;
}

export interface TrainingOptions {
  /** Gradient steps over the whole set. */
  epochs: number;
  learningRate: number;
  /** L2 penalty per weight (keeps rare features from deciding alone). */
  l2: number;
  /** A feature must occur in at least this many examples to get weights. */
  minCount: number;
  /** Weigh each example by (examples of the most common type / examples of its type) ^ balance: 0 = plain, 1 = fully balanced. */
  balance: number;
}

/**
 * Chosen by 5-fold cross-validation over documents: on the 1,006 hand pairs (2026-12-07, notes/i14-rel3.md) abstain
 * unless P(none) ≤ 0.05 where the rules say `none` and overrule a broad cue rule when ≥ 40 % sure of another answer;
 * with the 1,851 pairs incl. the fresh web-page halves (i14-rel6) P(none) ≤ 0.08 and ≥ 30 % (type 0.643 → 0.649, macro-F1 0.529 → 0.550).
 */
export const DEFAULT_USE: RelationModel['use'] = { when: 'when-rules-say-none', minProbability: 0.5, maxNone: 0.08, overrule: { rules: ['cue:'], minProbability: 0.3 } };

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 300, learningRate: 0.5, l2: 0.003, minCount: 2, balance: 1 };

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((value) => value / sum);
}

/**
 * A model's weights as a Map, made once per model: the weights object (thousands of keys, read
 * from JSON) is looked up with a freshly built string per feature, ~100 per pair, which a Map
 * answers faster. The weights are the same numbers, summed in the same order.
 */
const WEIGHTS_BY_MODEL = new WeakMap<RelationModel['weights'], ReadonlyMap<string, number[]>>();
function weightMap(model: RelationModel): ReadonlyMap<string, number[]> {
  let map = WEIGHTS_BY_MODEL.get(model.weights);
  if (!map) WEIGHTS_BY_MODEL.set(model.weights, (map = new Map(Object.entries(model.weights))));
  return map;
}

/** The probability of each label (in model.labels order) for the features; unknown features count nothing. */
export function labelProbabilities(model: RelationModel, features: readonly string[]): number[] {
  const scores = model.labels.map(() => 0);
  const byFeature = weightMap(model);
  for (const feature of features) {
    const weights = byFeature.get(feature);
    if (!weights) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += weights[k]!;
  }
  return softmax(scores);
}

export function predictType(model: RelationModel, features: readonly string[]): { type: RelationType; probability: number } {
  const probabilities = labelProbabilities(model, features);
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[best]!) best = k;
  return { type: model.labels[best]!, probability: probabilities[best]! };
}

/** The likeliest type other than `none`, its probability and the probability of `none`. */
export function likeliestTyped(model: RelationModel, features: readonly string[]): { type: RelationType; probability: number; none: number } {
  const probabilities = labelProbabilities(model, features);
  const noneAt = model.labels.indexOf('none');
  let best = -1;
  for (let k = 0; k < probabilities.length; k++) if (k !== noneAt && (best < 0 || probabilities[k]! > probabilities[best]!)) best = k;
  return { type: model.labels[best]!, probability: probabilities[best]!, none: noneAt >= 0 ? probabilities[noneAt]! : 0 };
}

export function trainModel(examples: readonly TrainingExample[], options: TrainingOptions = DEFAULT_TRAINING, description = '', use: RelationModel['use'] = DEFAULT_USE): RelationModel {
  if (examples.length === 0) throw new Error('trainModel: no training examples');
  const labels = [...RELATION_TYPES];
  const counts = new Map<string, number>();
  for (const example of examples) for (const feature of new Set(example.features)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const names = [...counts].filter(([, count]) => count >= options.minCount).map(([name]) => name).sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = examples.map((example) => ({
    features: [...new Set(example.features)].flatMap((feature) => (index.has(feature) ? [index.get(feature)!] : [])).sort((a, b) => a - b),
    label: labels.indexOf(example.label),
    weight: example.weight ?? 1,
  }));
  if (rows.some((row) => row.label < 0)) throw new Error('trainModel: an example has an unknown label');
  if (rows.some((row) => !(row.weight > 0))) throw new Error('trainModel: an example has a weight that is not positive');
  const perLabel = labels.map((_, k) => rows.reduce((sum, row) => sum + (row.label === k ? row.weight : 0), 0));
  const most = Math.max(...perLabel);
  const exampleWeight = rows.map((row) => row.weight * (most / perLabel[row.label]!) ** options.balance);
  const total = exampleWeight.reduce((a, b) => a + b, 0);
  const L = labels.length;
  const w = new Float64Array(names.length * L);
  const gradient = new Float64Array(names.length * L);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gradient.fill(0);
    rows.forEach((row, r) => {
      const scores = new Array<number>(L).fill(0);
      for (const f of row.features) for (let k = 0; k < L; k++) scores[k]! += w[f * L + k]!;
      const p = softmax(scores);
      const weight = exampleWeight[r]! / total;
      for (const f of row.features) for (let k = 0; k < L; k++) gradient[f * L + k]! += weight * (p[k]! - (k === row.label ? 1 : 0));
    });
    for (let i = 0; i < w.length; i++) w[i]! -= options.learningRate * (gradient[i]! + options.l2 * w[i]!);
  }
  const weights: Record<string, number[]> = {};
  names.forEach((name, f) => {
    const row = Array.from(w.subarray(f * L, f * L + L), (value) => Math.round(value * 1e4) / 1e4);
    if (row.some((value) => value !== 0)) weights[name] = row;
  });
  return { description, labels, use, weights };
}
