/**
 * Cross-validation of the relation model for `npm run train:relations`: hand pairs dealt into
 * folds by DOCUMENT (a document's pairs are never split between training and scoring), the
 * model trained on the other folds (plus, optionally, weak pairs from precise rules, weighted
 * less) and scored with the rules alone on the same held-out pairs. The weak rules are chosen
 * from the training folds only, so a held-out pair never decides which rules teach the model.
 */
import type { RelationType } from '../../graph-format/index.ts';
import type { PairRelation } from '../eval/relations.ts';
import { decidePair, pairContext, pairFeatures, relationCues, rulesFor, trainModel, unplaced, type RelationModel, type TrainingExample, type TrainingOptions } from '../relate/index.ts';
import { toSides, type PairInput } from './relation-examples.ts';
import type { WeakPair } from './weak-relations.ts';

export interface Example extends TrainingExample {
  features: string[];
  input: PairInput;
  part: string;
  document: string;
  /** The hand-written rules' answer (rule name and type), for their precision. */
  rule: string;
  ruleType: RelationType;
}

export function examplesOf(part: string, inputs: readonly PairInput[]): Example[] {
  const cues = relationCues();
  return inputs.flatMap((input) => {
    const context = pairContext(input.terms, input.mentions, input.actorA, input.actorB, cues);
    // A pair the parse cannot place apart is still scored (decide.ts answers it without the model).
    const finding = context ? rulesFor(context) : unplaced(input.terms, input.mentions, input.actorA, input.actorB, cues);
    return [{
      input, part, document: `${input.pair.corpus}/${input.pair.document}`, features: context ? pairFeatures(context, finding) : ['bias', 'unplaced'],
      label: input.pair.relation.type, rule: finding.rule, ruleType: finding.relation.type,
    }];
  });
}

/** How weak pairs join the training: rules right at least `minPrecision` of ≥ `minSupport` hand pairs, each weak pair weighing `weight`. */
export interface WeakUse { pairs: readonly WeakPair[]; minPrecision: number; minSupport: number; weight: number }

/** Per rule: hand pairs it decided and how many it typed right. */
export function rulePrecision(examples: readonly Example[]): Map<string, { fired: number; right: number }> {
  const table = new Map<string, { fired: number; right: number }>();
  for (const example of examples) {
    const entry = table.get(example.rule) ?? { fired: 0, right: 0 };
    entry.fired++;
    if (example.ruleType === example.label) entry.right++;
    table.set(example.rule, entry);
  }
  return table;
}

/** The rules precise enough on these hand pairs to label weak pairs. */
export function preciseRules(examples: readonly Example[], weak: Pick<WeakUse, 'minPrecision' | 'minSupport'>): Set<string> {
  const precise = new Set<string>();
  for (const [rule, { fired, right }] of rulePrecision(examples)) if (fired >= weak.minSupport && right / fired >= weak.minPrecision) precise.add(rule);
  return precise;
}

/** Weak pairs of the precise rules as training examples. */
export function weakExamples(weak: WeakUse, precise: ReadonlySet<string>, keep: (feature: string) => boolean): TrainingExample[] {
  return weak.pairs.filter((pair) => precise.has(pair.rule)).map((pair) => ({ features: pair.features.filter(keep), label: pair.label, weight: weak.weight }));
}

/** Fold of each document: documents sorted by a fixed string hash, then dealt round. */
export function foldsOf(documents: readonly string[], k: number): Map<string, number> {
  const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
  const sorted = [...new Set(documents)].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  return new Map(sorted.map((document, i) => [document, i % k]));
}

export function decide(example: Example, model: RelationModel | undefined): { learned: PairRelation; rules: PairRelation } {
  const { terms, mentions, actorA, actorB } = example.input;
  const decision = decidePair(terms, mentions, actorA, actorB, relationCues(), model);
  return { learned: toSides(decision.relation, actorA), rules: toSides(decision.byRules.relation, actorA) };
}

export interface Scored { gold: PairRelation[]; learned: PairRelation[]; rules: PairRelation[]; parts: string[] }

/** Trains on `training` (+ weak pairs of rules precise on it) and decides every `held` pair. */
export function trainAndScore(training: readonly Example[], held: readonly Example[], options: TrainingOptions, use: RelationModel['use'], weak: WeakUse | undefined, keep: (feature: string) => boolean, into: Scored): void {
  const extra = weak ? weakExamples(weak, preciseRules(training, weak), keep) : [];
  const model = trainModel([...training, ...extra], options, '', use);
  for (const example of held) {
    const result = decide(example, model);
    into.gold.push(example.input.pair.relation);
    into.learned.push(result.learned);
    into.rules.push(result.rules);
    into.parts.push(example.part);
  }
}

export function crossValidate(examples: readonly Example[], k: number, options: TrainingOptions, use: RelationModel['use'], weak?: WeakUse, keep: (feature: string) => boolean = () => true): Scored {
  const folds = foldsOf(examples.map((e) => e.document), k);
  const scored: Scored = { gold: [], learned: [], rules: [], parts: [] };
  for (let fold = 0; fold < k; fold++) {
    const held = examples.filter((e) => folds.get(e.document) === fold);
    if (held.length > 0) trainAndScore(examples.filter((e) => folds.get(e.document) !== fold), held, options, use, weak, keep, scored);
  }
  return scored;
}

/** Train on every part but one, score that one (the nearest thing to an unseen part). */
export function leaveOnePartOut(examples: readonly Example[], part: string, options: TrainingOptions, use: RelationModel['use'], weak?: WeakUse, keep: (feature: string) => boolean = () => true): Scored {
  const scored: Scored = { gold: [], learned: [], rules: [], parts: [] };
  trainAndScore(examples.filter((e) => e.part !== part), examples.filter((e) => e.part === part), options, use, weak, keep, scored);
  return scored;
}

/** The set a training part belongs to: a fresh web-page set's two halves are one set (`fresh3-tuning` → `fresh3`); the repository's parts (sample and real corpus) are one. */
export function setOf(part: string): string {
  const fresh = /^(fresh\d*)-(tuning|test)$/.exec(part);
  return fresh ? fresh[1]! : 'repo';
}

/** Train on every other SET, score this one: what a page set never trained on can expect (both halves of a fresh set are held out together). */
export function leaveOneSetOut(examples: readonly Example[], set: string, options: TrainingOptions, use: RelationModel['use'], weak?: WeakUse, keep: (feature: string) => boolean = () => true): Scored {
  const scored: Scored = { gold: [], learned: [], rules: [], parts: [] };
  trainAndScore(examples.filter((e) => setOf(e.part) !== set), examples.filter((e) => setOf(e.part) === set), options, use, weak, keep, scored);
  return scored;
}
