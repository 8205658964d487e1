/**
 * `npm run train:relations`: trains the relation model (src/extract/relate/model.ts) and writes
 * its weights to src/extract/lexicon/relation-model.json, atomically and deterministically (same
 * pairs, same weights). Training data: the hand-annotated relation parts (the tuning parts and the
 * spent frozen parts test … test6 — never a frozen part not yet run) and weak pairs: the
 * answers of rules that are precise on the hand pairs over every linking sentence of the
 * real-corpus tuning-pool files no hand part uses (weak-relations.ts), weighted less — with
 * `--weak` only, as cross-validation found no gain from them (2026-12-07).
 * First it prints a k-fold cross-validation over DOCUMENTS (relation-cv.ts) and the score of
 * each part left out in turn (trained on all the others): learned vs the rules alone.
 * `--cv-only` prints the estimates and writes nothing; `--score <part>` scores one part with the
 * committed model.
 * A part whose texts are absent (no ../shared/real-corpus, no fresh texts: any clone) is read from the
 * committed features (tests/fixtures/relations/training-features.json, relation-features-file.ts): the
 * model is then the same, without the estimates. A run with every part's texts rewrites that file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { formatRelationScores, scoreRelations, type RelationScores } from '../eval/relations.ts';
import { DEFAULT_TRAINING, DEFAULT_USE, relationModel, type RelationModel, type TrainingOptions } from '../relate/index.ts';
import { REPO_ROOT, resolveRealCorpus } from './gold-files.ts';
import { RELATION_SETS, loadPairInputs, pairInputsOf, type PairInput } from './relation-examples.ts';
import { FRESH_RELATION_ENV, freshTrainingParts, loadFreshPairs, resolveFreshRelationTexts, type FreshHalf } from './fresh-relations.ts';
import { crossValidate, decide, examplesOf, leaveOnePartOut, leaveOneSetOut, preciseRules, setOf, rulePrecision, weakExamples, type Example, type Scored, type WeakUse } from './relation-cv.ts';
import {
  FEATURES_DESCRIPTION, FEATURES_FILE, committedFeatures, differingExamples, encodeFeatures, keepFeature, modelText, trainOnParts, type FeatureChoice, type FeaturePart,
} from './relation-features-file.ts';
import { weakPairsOf, weakSentences, weakSourceFiles, type WeakPair, type WeakSentence } from './weak-relations.ts';

const MODEL_FILE = join(REPO_ROOT, 'src/extract/lexicon/relation-model.json');
/**
 * The fresh training parts: the halves of the rows of FRESH_RELATION_SETS (fresh-relations.ts) marked `training`, today
 * sets 1 and 2 (texts outside the repository, all four halves spent 2026-12-07; set 1 trained on since i14-rel6, set 2
 * since i14-rel7), each with its half, gold folder, texts' variable and the folder looked in without it (as ../shared is).
 * A part whose test half is frozen (fresh4) or not yet marked for training (fresh3) never is.
 */
const FRESH_PARTS: Record<string, { half: FreshHalf; dir: string; env: string; beside: string }> = Object.fromEntries(
  [...freshTrainingParts()].map(([part, { set, half }]) => [part, { half, dir: set.dir, env: set.env, beside: set.beside }]),
);
const ALL_PARTS = [...Object.keys(RELATION_SETS), ...Object.keys(FRESH_PARTS)].join(',');
/** Weak-pair settings when --weak is given (cross-validated 2026-12-07, see notes/i14-weak.md: weak pairs did not help). */
const WEAK_DEFAULTS = { minPrecision: 0.8, minSupport: 5, weight: 0.2 };

/** A part's pairs laid on the extractor's output; `skippedAt`: gold indices left out (names not in the sentence), kept in the features file. */
interface PartInputs { inputs: PairInput[]; skipped: number; skippedAt?: number[] }

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

const line = (s: RelationScores) => `type ${s.typeAccuracy.toFixed(3)} class ${s.classAccuracy.toFixed(3)} macro-F1 ${s.macroF1.toFixed(3)} direction ${s.directionAccuracy.toFixed(3)}`;

function summary(name: string, scored: Scored): string {
  const learned = scoreRelations(scored.gold, scored.learned);
  const rules = scoreRelations(scored.gold, scored.rules);
  return `${name} (${learned.pairs}): learned ${line(learned)} | rules ${line(rules)}`;
}

/** Hand documents (pairs, drawn files and dropped pairs of every part on disk): weak pairs never come from them. */
function handDocuments(): Set<string> {
  const documents = new Set<string>();
  for (const file of Object.values(RELATION_SETS)) {
    if (!existsSync(file)) continue;
    const data = JSON.parse(readFileSync(file, 'utf8')) as { documents?: string[]; pairs?: { document: string }[]; dropped?: { document?: string }[] };
    for (const name of data.documents ?? []) documents.add(name);
    for (const pair of [...(data.pairs ?? []), ...(data.dropped ?? [])]) if (pair.document) documents.add(pair.document);
  }
  return documents;
}

function loadWeak(real: string, cache: string | undefined): WeakPair[] {
  let sentences: WeakSentence[];
  if (cache && existsSync(cache)) sentences = JSON.parse(readFileSync(cache, 'utf8')) as WeakSentence[];
  else {
    const files = weakSourceFiles(real, handDocuments());
    sentences = weakSentences(real, files, (done) => { if (done % 25 === 0 || done === files.length) process.stderr.write(`weak sentences: ${done}/${files.length} files\n`); });
    if (cache) writeAtomically(cache, JSON.stringify(sentences));
  }
  return weakPairsOf(sentences);
}

function main(): void {
  const options = new Command('train:relations')
    .option('--folds <k>', 'folds of the cross-validation over documents', '5')
    .option('--cv-only', 'print the cross-validated estimates, write no model')
    .option('--score <part>', 'score one part with the committed model; no training')
    .option('--parts <list>', 'the hand parts to train on', ALL_PARTS)
    .option('--weak', 'also train on weak pairs (cross-validation 2026-12-07: no gain, so off by default)')
    .option('--weak-precision <p>', 'a rule labels weak pairs when right on at least this share of its hand pairs', String(WEAK_DEFAULTS.minPrecision))
    .option('--weak-support <n>', '… and decided at least this many hand pairs', String(WEAK_DEFAULTS.minSupport))
    .option('--weak-weight <w>', 'weight of a weak pair (a hand pair weighs 1)', String(WEAK_DEFAULTS.weight))
    .option('--weak-cache <file>', 'development only: keep the weak pairs in <file> and reuse them (extracting them is most of the run time)')
    .option('--l2 <n>', 'L2 penalty', String(DEFAULT_TRAINING.l2))
    .option('--balance <n>', 'class balance exponent', String(DEFAULT_TRAINING.balance))
    .option('--epochs <n>', 'gradient steps', String(DEFAULT_TRAINING.epochs))
    .option('--learning-rate <n>', 'gradient step size', String(DEFAULT_TRAINING.learningRate))
    .option('--inputs-cache <prefix>', 'development only: keep the extracted hand pairs in <prefix>.<part>.json and reuse them')
    .option('--min-probability <p>', 'the least probability for the model to type a pair (without --max-none)', String(DEFAULT_USE.minProbability))
    .option('--max-none <p>', "where the rules say none, type the pair only when the model's probability of none is at most this ('off': use --min-probability)", String(DEFAULT_USE.maxNone ?? 'off'))
    .option('--overrule <prefixes>', "rules (name prefixes, comma-separated) the model may overrule ('off': none)", DEFAULT_USE.overrule?.rules.join(',') ?? 'off')
    .option('--overrule-probability <p>', 'the least probability of its own type for the model to overrule such a rule', String(DEFAULT_USE.overrule?.minProbability ?? 1))
    .option('--when <mode>', 'when-rules-say-none or always', DEFAULT_USE.when)
    .option('--rule-features', "also give the model the rules' own answer as features")
    .option('--sets-only', 'of the estimates, print the cross-validation and each set left out, not each part left out (quicker)')
    .option('--no-words', 'give the model only cue types and verb classes, not the words themselves')
    .parse().opts<{
      minProbability: string; maxNone: string; overrule: string; overruleProbability: string; when: string; words: boolean; ruleFeatures?: boolean; inputsCache?: string; learningRate: string; folds: string; cvOnly?: boolean;
      score?: string; setsOnly?: boolean; parts: string; l2: string; balance: string; epochs: string; weak?: boolean; weakPrecision: string; weakSupport: string; weakWeight: string; weakCache?: string;
    }>();
  // Without a part's texts its pairs come from the committed features (relation-features-file.ts): the same model, no cross-validation.
  const real = resolveRealCorpus() ?? undefined;
  let stored: Map<string, FeaturePart> | undefined;
  const committed = () => (stored ??= committedFeatures());
  const training: TrainingOptions = { ...DEFAULT_TRAINING, l2: Number(options.l2), balance: Number(options.balance), epochs: Number(options.epochs), learningRate: Number(options.learningRate) };
  /** A part's pairs from its texts, or null when its texts are absent. */
  const partInputs = (part: string): PartInputs | null => {
    const fresh = FRESH_PARTS[part];
    if (fresh) {
      // Without the variable, beside the checkout as ../shared is (/work/fresh/relation from /work/main).
      const texts = resolveFreshRelationTexts(process.env, fresh.env) ?? resolveFreshRelationTexts({ [fresh.env]: resolve(REPO_ROOT, fresh.beside) }, fresh.env);
      return texts ? pairInputsOf(loadFreshPairs(texts, fresh.half, fresh.dir), () => texts) : null;
    }
    const file = (RELATION_SETS as Record<string, string>)[part];
    if (!file) throw new Error(`unknown relation part "${part}" (parts: ${ALL_PARTS})`);
    return real ? loadPairInputs(file, real) : null;
  };
  if (options.score) {
    const found = partInputs(options.score);
    if (!found) throw new Error(`--score ${options.score} needs that part's texts (${FRESH_RELATION_ENV} for the fresh parts, ../shared/real-corpus or SILKMAP_REAL_CORPUS for the others)`);
    const examples = examplesOf(options.score, found.inputs);
    const results = examples.map((e) => decide(e, relationModel()));
    const gold = examples.map((e) => e.input.pair.relation);
    console.log(formatRelationScores(`${options.score}, committed model`, scoreRelations(gold, results.map((r) => r.learned))));
    console.log(formatRelationScores(`${options.score}, rules alone`, scoreRelations(gold, results.map((r) => r.rules))));
    return;
  }
  const examples: Example[] = [];
  const fromFile: FeaturePart[] = [];
  const skippedOf = new Map<string, number[]>();
  for (const part of options.parts.split(',')) {
    const cached = options.inputsCache && existsSync(`${options.inputsCache}.${part}.json`);
    const found = cached ? JSON.parse(readFileSync(`${options.inputsCache}.${part}.json`, 'utf8')) as PartInputs : partInputs(part);
    if (!found) {
      const mine = committed().get(part);
      if (!mine) throw new Error(`part "${part}" has neither its texts (${FRESH_PARTS[part] ? `${FRESH_PARTS[part].env} or ${FRESH_PARTS[part].beside}` : '../shared/real-corpus or SILKMAP_REAL_CORPUS'}) nor committed features in ${FEATURES_FILE}`);
      fromFile.push(mine);
      console.log(`${part}: ${mine.examples.length} pairs from the committed features (texts absent)`);
      continue;
    }
    const { inputs, skipped, skippedAt } = found;
    if (inputs.length === 0) { console.log(`${part}: no pairs (file missing): skipped`); continue; }
    if (options.inputsCache && !cached) writeAtomically(`${options.inputsCache}.${part}.json`, JSON.stringify({ ...found, inputs: inputs.map(({ located: _located, ...rest }) => ({ ...rest, located: undefined })) }));
    examples.push(...examplesOf(part, inputs));
    if (skippedAt && skippedAt.length > 0) skippedOf.set(part, skippedAt);
    console.log(`${part}: ${inputs.length} pairs${skipped ? ` (${skipped} whose names are not in the sentence left out)` : ''}`);
  }
  const choice: FeatureChoice = { ruleFeatures: options.ruleFeatures === true, words: options.words };
  // Every part in the order asked, each from its texts or from the committed file; the file is written from the unfiltered features.
  const ordered: FeaturePart[] = options.parts.split(',').flatMap((part) => {
    const mine = examples.filter((e) => e.part === part);
    const skipped = skippedOf.get(part);
    return mine.length > 0 ? [{ part, examples: mine.map((e) => ({ features: [...e.features], label: e.label })), ...(skipped ? { skipped } : {}) }] : fromFile.filter((p) => p.part === part);
  });
  const keep = keepFeature(choice);
  for (const example of examples) example.features = example.features.filter(keep);
  if (options.weak && !real) throw new Error('--weak needs ../shared/real-corpus (or SILKMAP_REAL_CORPUS)');
  const weak: WeakUse | undefined = options.weak
    ? { pairs: loadWeak(real!, options.weakCache), minPrecision: Number(options.weakPrecision), minSupport: Number(options.weakSupport), weight: Number(options.weakWeight) }
    : undefined;
  const k = Number(options.folds);
  const use: RelationModel['use'] = {
    when: options.when === 'always' ? 'always' : 'when-rules-say-none', minProbability: Number(options.minProbability),
    ...(options.maxNone === 'off' ? {} : { maxNone: Number(options.maxNone) }),
    ...(options.overrule === 'off' ? {} : { overrule: { rules: options.overrule.split(','), minProbability: Number(options.overruleProbability) } }),
  };
  if (fromFile.length > 0) console.log(`\nNo cross-validation: it needs every part's sentences (parts from the committed features: ${fromFile.map((p) => p.part).join(', ')}).`);
  else printEstimates(examples, k, training, use, weak, keep, options.setsOnly === true);
  if (options.cvOnly) return;
  const precise = weak ? preciseRules(examples, weak) : new Set<string>();
  const extra = weak ? weakExamples(weak, precise, keep) : [];
  if (weak) {
    const table = rulePrecision(examples);
    console.log(`\nweak pairs: ${extra.length} of ${weak.pairs.length}, from ${[...precise].sort().map((rule) => `${rule} (${table.get(rule)!.right}/${table.get(rule)!.fired})`).join(', ')}`);
  }
  const weakNote = weak ? ` and ${extra.length} weak pairs (rules ≥ ${weak.minPrecision} precise on ≥ ${weak.minSupport} hand pairs, over real-corpus tuning-pool files no hand part uses; weight ${weak.weight})` : '';
  const model = trainOnParts(ordered, training, choice, use, extra, weakNote);
  writeAtomically(MODEL_FILE, modelText(model));
  console.log(`\nwrote ${MODEL_FILE}: ${Object.keys(model.weights).length} features`);
  if (fromFile.length === 0) {
    writeAtomically(FEATURES_FILE, encodeFeatures(ordered, training.minCount, FEATURES_DESCRIPTION));
    console.log(`wrote ${FEATURES_FILE}: ${ordered.reduce((n, p) => n + p.examples.length, 0)} pairs' features`);
  } else reportStale(ordered.filter((p) => !fromFile.includes(p)), committed(), training.minCount);
  console.log(heaviestFeatures(model, 6));
}

/** Cross-validation over documents, then each part left out in turn: learned vs the rules alone. */
function printEstimates(examples: Example[], k: number, training: TrainingOptions, use: RelationModel['use'], weak: WeakUse | undefined, keep: (feature: string) => boolean, setsOnly: boolean): void {
  const cv = crossValidate(examples, k, training, use, weak, keep);
  console.log(`\nCross-validation over documents (${k} folds, ${new Set(examples.map((e) => e.document)).size} documents${weak ? `, + weak pairs of rules ≥ ${weak.minPrecision} precise on ≥ ${weak.minSupport} training pairs, weight ${weak.weight}` : ', hand pairs only'}):`);
  console.log(formatRelationScores('learned (cross-validated), all', scoreRelations(cv.gold, cv.learned)));
  console.log(formatRelationScores('rules alone, all', scoreRelations(cv.gold, cv.rules)));
  for (const part of [...new Set(cv.parts)]) {
    const pick = <T>(list: T[]) => list.filter((_, i) => cv.parts[i] === part);
    console.log(`  ${summary(`CV, ${part}`, { gold: pick(cv.gold), learned: pick(cv.learned), rules: pick(cv.rules), parts: [] })}`);
  }
  if (!setsOnly) console.log('\nLeave one part out (trained on every other part):');
  if (!setsOnly) for (const part of [...new Set(examples.map((e) => e.part))]) console.log(`  ${summary(part, leaveOnePartOut(examples, part, training, use, weak, keep))}`);
  // A fresh set's halves share pages' genre and annotators: left out together, the honest figure for a new page set.
  console.log('\nLeave one set out (both halves of a fresh set, or all the repository\'s parts; trained on the other sets):');
  for (const set of [...new Set(examples.map((e) => setOf(e.part)))]) console.log(`  ${summary(`set ${set}`, leaveOneSetOut(examples, set, training, use, weak, keep))}`);
}

/** A mixed run (some parts from texts, some from the file) leaves the file alone; it says when the file no longer matches the code. */
function reportStale(computed: readonly FeaturePart[], committed: ReadonlyMap<string, FeaturePart>, minCount: number): void {
  const vocabulary = new Set([...committed.values()].flatMap((part) => part.examples.flatMap((example) => example.features)));
  for (const { part, examples } of computed) {
    const stored = committed.get(part);
    const differ = stored ? differingExamples(examples, stored.examples, minCount, vocabulary) : examples.length;
    if (differ > 0) console.log(`warning: ${differ} of ${examples.length} pairs of ${part} have other features than the committed ones: the committed features are stale; retrain with every part's texts present to refresh them`);
  }
}

/** Per type, the features that raise it most: which cues the model leans on. */
function heaviestFeatures(model: RelationModel, n: number): string {
  return model.labels.map((label, k) => {
    const top = Object.entries(model.weights).filter(([name]) => name !== 'bias').sort((a, b) => b[1][k]! - a[1][k]! || a[0].localeCompare(b[0])).slice(0, n);
    return `  ${label.padEnd(11)} ${top.map(([name, weights]) => `${name} ${weights[k]!.toFixed(2)}`).join(', ')}`;
  }).join('\n');
}

main();
