/**
 * `npm run train:relations`: trains the relation model (src/extract/relate/model.ts) on the
 * relation tuning parts (never a frozen test part) and writes its weights to
 * src/extract/lexicon/relation-model.json, atomically and deterministically (same pairs, same
 * weights). First it prints a k-fold cross-validation over DOCUMENTS (a document's pairs are
 * never split between training and scoring): the learned decision and the rules alone, scored on
 * the folds they were not trained on — the estimate for unseen text while developing.
 * `--cv-only` prints the estimate and writes nothing; `--score <part>` scores one part with
 * the committed model and neither trains nor writes (a fresh part, before it is trained on).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { formatRelationScores, scoreRelations, type PairRelation } from '../eval/relations.ts';
import {
  DEFAULT_TRAINING, DEFAULT_USE, decidePair, pairContext, pairFeatures, relationCues, relationModel, rulesFor, trainModel,
  type RelationModel, type TrainingExample, type TrainingOptions,
} from '../relate/index.ts';
import { REPO_ROOT, resolveRealCorpus } from './gold-files.ts';
import { RELATION_SETS, loadPairInputs, toSides, type PairInput } from './relation-examples.ts';

/** Features naming a word itself (features.ts): left out unless --words. */
const LEXICAL = /^(bw|pw|aw|v1|bseq|ay|bx)=/;

const MODEL_FILE = join(REPO_ROOT, 'src/extract/lexicon/relation-model.json');

interface Example extends TrainingExample { features: string[]; input: PairInput; part: string; document: string }

function examplesOf(part: string, inputs: readonly PairInput[]): Example[] {
  const cues = relationCues();
  return inputs.flatMap((input) => {
    const context = pairContext(input.terms, input.mentions, input.actorA, input.actorB, cues);
    if (!context) return [];
    return [{ input, part, document: `${input.pair.corpus}/${input.pair.document}`, features: pairFeatures(context, rulesFor(context)), label: input.pair.relation.type }];
  });
}

/** Fold of each document: documents sorted by a fixed string hash, then dealt round. */
function foldsOf(documents: readonly string[], k: number): Map<string, number> {
  const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
  const sorted = [...new Set(documents)].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
  return new Map(sorted.map((document, i) => [document, i % k]));
}

function decide(example: Example, model: RelationModel | undefined): { learned: PairRelation; rules: PairRelation } {
  const { terms, mentions, actorA, actorB } = example.input;
  const decision = decidePair(terms, mentions, actorA, actorB, relationCues(), model);
  return { learned: toSides(decision.relation, actorA), rules: toSides(decision.byRules.relation, actorA) };
}

export function crossValidate(examples: readonly Example[], k: number, options: TrainingOptions, use: RelationModel['use'] = DEFAULT_USE): { gold: PairRelation[]; learned: PairRelation[]; rules: PairRelation[]; parts: string[] } {
  const folds = foldsOf(examples.map((e) => e.document), k);
  const gold: PairRelation[] = [];
  const learned: PairRelation[] = [];
  const rules: PairRelation[] = [];
  const parts: string[] = [];
  for (let fold = 0; fold < k; fold++) {
    const held = examples.filter((e) => folds.get(e.document) === fold);
    if (held.length === 0) continue;
    const model = trainModel(examples.filter((e) => folds.get(e.document) !== fold), options, '', use);
    for (const example of held) {
      const result = decide(example, model);
      gold.push(example.input.pair.relation);
      learned.push(result.learned);
      rules.push(result.rules);
      parts.push(example.part);
    }
  }
  return { gold, learned, rules, parts };
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function main(): void {
  const options = new Command('train:relations')
    .option('--folds <k>', 'folds of the cross-validation over documents', '5')
    .option('--cv-only', 'print the cross-validated estimate, write no model')
    .option('--score <part>', 'score one part (tuning, tuning2, tuning3) with the committed model; no training')
    .option('--parts <list>', 'the parts to train on', 'tuning,tuning2,tuning3')
    .option('--l2 <n>', 'L2 penalty', String(DEFAULT_TRAINING.l2))
    .option('--balance <n>', 'class balance exponent', String(DEFAULT_TRAINING.balance))
    .option('--epochs <n>', 'gradient steps', String(DEFAULT_TRAINING.epochs))
    .option('--learning-rate <n>', 'gradient step size', String(DEFAULT_TRAINING.learningRate))
    .option('--inputs-cache <prefix>', 'development only: keep the extracted pairs in <prefix>.<part>.json and reuse them (the extraction is most of the run time)')
    .option('--min-probability <p>', 'the least probability for the model to type a pair the rules left none', String(DEFAULT_USE.minProbability))
    .option('--rule-features', "also give the model the rules' own answer as features (cross-validation chose without: 2026-12-07)")
    .option('--words', 'also give the model the words themselves, not only their cue types and verb classes (cross-validation chose without: 2026-12-07)')
    .option('--grid', 'cross-validate a small grid of settings (for choosing the defaults), write no model')
    .parse().opts<{ minProbability: string; words?: boolean; ruleFeatures?: boolean; inputsCache?: string; grid?: boolean; learningRate: string;  folds: string; cvOnly?: boolean; score?: string; parts: string; l2: string; balance: string; epochs: string }>();
  const real = resolveRealCorpus() ?? undefined;
  if (!real) throw new Error('train:relations needs ../shared/real-corpus (or SILKMAP_REAL_CORPUS): most relation pairs are real-corpus sentences, and a model trained without them would differ');
  const training: TrainingOptions = { ...DEFAULT_TRAINING, l2: Number(options.l2), balance: Number(options.balance), epochs: Number(options.epochs), learningRate: Number(options.learningRate) };
  const partFile = (part: string) => {
    const file = (RELATION_SETS as Record<string, string>)[part];
    if (!file) throw new Error(`unknown relation part "${part}" (tuning parts only: ${Object.keys(RELATION_SETS).join(', ')})`);
    return file;
  };
  if (options.score) {
    const examples = examplesOf(options.score, loadPairInputs(partFile(options.score), real).inputs);
    const results = examples.map((e) => decide(e, relationModel()));
    const gold = examples.map((e) => e.input.pair.relation);
    console.log(formatRelationScores(`${options.score}, committed model`, scoreRelations(gold, results.map((r) => r.learned))));
    console.log(formatRelationScores(`${options.score}, rules alone`, scoreRelations(gold, results.map((r) => r.rules))));
    return;
  }
  const examples: Example[] = [];
  for (const part of options.parts.split(',')) {
    const { inputs, skipped } = options.inputsCache && existsSync(`${options.inputsCache}.${part}.json`)
      ? { inputs: JSON.parse(readFileSync(`${options.inputsCache}.${part}.json`, 'utf8')) as PairInput[], skipped: 0 }
      : loadPairInputs(partFile(part), real);
    if (inputs.length === 0) { console.log(`${part}: no pairs (file missing): skipped`); continue; }
    if (options.inputsCache) writeAtomically(`${options.inputsCache}.${part}.json`, JSON.stringify(inputs.map(({ located: _located, ...rest }) => ({ ...rest, located: undefined }))));
    examples.push(...examplesOf(part, inputs));
    console.log(`${part}: ${inputs.length} pairs${skipped ? ` (${skipped} whose names are not in the sentence left out)` : ''}`);
  }
  // The rules' answer is still what the model is combined with (decide.ts); as features it only made the model copy tuned rules.
  if (!options.ruleFeatures) for (const example of examples) example.features = example.features.filter((f) => !f.startsWith('rule'));
  // Single words, with a few hundred pairs, were learned as noise: the model keeps their classes (cue types, verb classes).
  if (!options.words) for (const example of examples) example.features = example.features.filter((f) => !LEXICAL.test(f));
  const k = Number(options.folds);
  const use: RelationModel['use'] = { ...DEFAULT_USE, minProbability: Number(options.minProbability) };
  if (options.grid) {
    const variants: [string, Example[]][] = [
      ['all features', examples],
      ['no rule features', examples.map((e) => ({ ...e, features: e.features.filter((f) => !f.startsWith('rule')) }))],
      ['no words', examples.map((e) => ({ ...e, features: e.features.filter((f) => !LEXICAL.test(f)) }))],
      ['no words, no rule', examples.map((e) => ({ ...e, features: e.features.filter((f) => !LEXICAL.test(f) && !f.startsWith('rule')) }))],
    ];
    for (const [name, set] of variants) {
      for (const [when, minProbability] of [['when-rules-say-none', 0.5], ['always', 0.7]] as const) for (const [l2, balance] of [[0.01, 0.5], [0.03, 0.5], [0.03, 1]] as const) {
        const cv = crossValidate(set, k, { ...training, l2, balance }, { when, minProbability });
        const s = scoreRelations(cv.gold, cv.learned);
        const changed = cv.learned.filter((r, i) => r.type !== cv.rules[i]!.type);
        const fixed = cv.learned.filter((r, i) => r.type !== cv.rules[i]!.type && r.type === cv.gold[i]!.type).length;
        const broke = cv.rules.filter((r, i) => r.type !== cv.learned[i]!.type && r.type === cv.gold[i]!.type).length;
        console.log(`${name} | ${when} p≥${minProbability} l2 ${l2} balance ${balance}: type ${s.typeAccuracy.toFixed(3)} class ${s.classAccuracy.toFixed(3)} macro-F1 ${s.macroF1.toFixed(3)} | changed ${changed.length}: fixed ${fixed}, broke ${broke}`);
      }
    }
    return;
  }
  const cv = crossValidate(examples, k, training, use);
  console.log(`\nCross-validation over documents (${k} folds, ${new Set(examples.map((e) => e.document)).size} documents; rules were hand-tuned on these parts, so "rules alone" is a tuned-on figure):`);
  console.log(formatRelationScores('learned (cross-validated), all', scoreRelations(cv.gold, cv.learned)));
  console.log(formatRelationScores('rules alone (tuned on), all', scoreRelations(cv.gold, cv.rules)));
  for (const part of [...new Set(cv.parts)]) {
    const pick = <T>(list: T[]) => list.filter((_, i) => cv.parts[i] === part);
    const learned = scoreRelations(pick(cv.gold), pick(cv.learned));
    const rules = scoreRelations(pick(cv.gold), pick(cv.rules));
    const line = (s: typeof learned) => `type ${s.typeAccuracy.toFixed(3)} class ${s.classAccuracy.toFixed(3)} macro-F1 ${s.macroF1.toFixed(3)} direction ${s.directionAccuracy.toFixed(3)}`;
    console.log(`  ${part} (${learned.pairs}): learned ${line(learned)} | rules ${line(rules)}`);
  }
  if (options.cvOnly) return;
  const parts = [...new Set(examples.map((e) => e.part))];
  const description = `Relation model (multinomial logistic regression, src/extract/relate/model.ts) written by npm run train:relations from the relation tuning parts ${parts.join(', ')} (${examples.length} pairs); options ${JSON.stringify(training)}, ${options.ruleFeatures ? 'with' : 'without'} the rules' answer as features, ${options.words ? 'with' : 'without'} single words; use ${JSON.stringify(use)}. Never trained on a frozen test part.`;
  const model = trainModel(examples, training, description, use);
  writeAtomically(MODEL_FILE, `${JSON.stringify(model, null, 0).replace(/\],"/g, '],\n"')}\n`);
  console.log(`\nwrote ${MODEL_FILE}: ${Object.keys(model.weights).length} features`);
}

main();
