/**
 * `npm run eval:relations`: scores the relation classifier on the hand-annotated sentence
 * pairs of tests/fixtures/relations/ (tuning parts, then the frozen test parts test, test2, test3, test4, test5 and test6). Each pair's
 * document is extracted with the real pipeline and the relation is read off the link's
 * evidence for that sentence; when the extractor did not find one of the two names there,
 * the classifier is run on the sentence directly (counted and reported). Real-corpus pairs
 * need ../shared/real-corpus (or SILKMAP_REAL_CORPUS); without it they are skipped with a message.
 * `--errors` lists the tuning sets' mistakes (a frozen part's only when named with `--part`: all are spent). `--part <name>` scores
 * one part only (`npm run eval:relations:test6`: the fresh frozen part, run once by the lead).
 * `--fresh tuning|test` scores only a half of the fresh web-page part (tests/fixtures/fresh/relation/,
 * texts outside the repository in SILKMAP_FRESH_RELATION_TEXTS, checked by SHA-256; skipped with a
 * message when absent): `npm run eval:relations:fresh` (tuning half) and `eval:relations:fresh:test`
 * (the frozen half, run once by the lead; spent since 2026-12-07). No other invocation reads the fresh part.
 * `--fresh2 tuning|test` does the same for the second fresh part (tests/fixtures/fresh2/relation/, texts in
 * SILKMAP_FRESH2_RELATION_TEXTS): `npm run eval:relations:fresh2` / `eval:relations:fresh2:test`; `--fresh3` for the
 * third (tests/fixtures/fresh3/relation/, SILKMAP_FRESH3_RELATION_TEXTS; its test half frozen until the lead's one run):
 * `npm run eval:relations:fresh3` / `eval:relations:fresh3:test`; `--fresh4` for the fourth (tests/fixtures/fresh4/relation/,
 * SILKMAP_FRESH4_RELATION_TEXTS; not yet run, its test half frozen): `npm run eval:relations:fresh4` / `eval:relations:fresh4:test`.
 * The parts are the rows of FRESH_RELATION_SETS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { REPO_ROOT, resolveRealCorpus } from './gold-files.ts';
import { formatRelationScores, parseRelationGold, scoreRelations, type GoldPair, type PairRelation } from '../eval/relations.ts';
import { decidePair, relationCues } from '../relate/index.ts';
import { extractDocuments, locate, pairInput, toSides, type Located } from './relation-examples.ts';
import {
  FRESH_HALVES, FRESH_RELATION_SETS, loadFreshPairs, resolveFreshRelationTexts, type FreshHalf, type FreshRelationSet,
} from './fresh-relations.ts';

const SETS = [
  { name: 'tuning', file: join(REPO_ROOT, 'tests/fixtures/relations/tuning/gold.json'), frozen: false },
  { name: 'tuning2', file: join(REPO_ROOT, 'tests/fixtures/relations/tuning2/gold.json'), frozen: false },
  { name: 'tuning3', file: join(REPO_ROOT, 'tests/fixtures/relations/tuning3/gold.json'), frozen: false },
  { name: 'tuning4', file: join(REPO_ROOT, 'tests/fixtures/relations/tuning4/gold.json'), frozen: false },
  { name: 'test (frozen)', file: join(REPO_ROOT, 'tests/fixtures/relations/test/gold.json'), frozen: true },
  { name: 'test2 (frozen)', file: join(REPO_ROOT, 'tests/fixtures/relations/test2/gold.json'), frozen: true },
  { name: 'test3 (frozen)', file: join(REPO_ROOT, 'tests/fixtures/relations/test3/gold.json'), frozen: true },
  // Annotated 2026-12-07 and never run before the lead's final report of that day; `--tuning-only` leaves it unread.
  { name: 'test4 (frozen)', file: join(REPO_ROOT, 'tests/fixtures/relations/test4/gold.json'), frozen: true },
  // Annotated 2026-12-07 (i14-gold5) and never run before the lead's final report of that day; `--tuning-only` leaves it unread.
  { name: 'test5 (frozen)', file: join(REPO_ROOT, 'tests/fixtures/relations/test5/gold.json'), frozen: true },
  // Annotated 2026-12-07 (i12-gold7) from entity test7's files; never run before the lead's one run; `--tuning-only` leaves it unread.
  { name: 'test6 (frozen)', file: join(REPO_ROOT, 'tests/fixtures/relations/test6/gold.json'), frozen: true },
];


interface Prediction { relation: PairRelation; direct: boolean; rule: string }

function predict(pair: GoldPair, located: Located | undefined): Prediction {
  const input = pairInput(pair, located);
  if (!input) return { relation: { type: 'none' }, direct: true, rule: '(names not found)' };
  // The rule (or model) behind the answer: the same decision on the same mentions (a parse of our own: the eval only).
  const again = decidePair(input.terms, input.mentions, input.actorA, input.actorB, relationCues());
  const decided = toSides(again.relation, input.actorA);
  if (input.evidence) {
    const stored = toSides(input.evidence, input.actorA);
    return { relation: stored, direct: false, rule: describe(decided) === describe(stored) ? again.rule : '(unexplained)' };
  }
  return { relation: decided, direct: true, rule: again.rule };
}

function describe(relation: PairRelation): string {
  return `${relation.type}${relation.from ? ` ${relation.from}→${relation.to}` : ''}${relation.negated ? ' (negated)' : ''}`;
}

/** Per rule: how often it gave the answer and how often that answer was right (type, direction and negation). */
function formatRulePrecision(rules: ReadonlyMap<string, { fired: number; right: number }>): string {
  const lines = [...rules].sort((a, b) => b[1].fired - a[1].fired || a[0].localeCompare(b[0]))
    .map(([rule, { fired, right }]) => `    ${rule.padEnd(34)} ${String(fired).padStart(4)} ${(right / fired).toFixed(2).padStart(6)}`);
  return [`  precision per rule (rule, pairs it decided, share right):`, ...lines, ''].join('\n');
}

/** `--fresh <half>`, `--fresh2 <half>`, …: one half of a fresh web-page part (FRESH_RELATION_SETS), its texts checked against the manifest first. */
function evalFresh(part: FreshRelationSet, half: string, errors: boolean): void {
  if (!FRESH_HALVES.includes(half as FreshHalf)) throw new Error(`${part.option}: unknown half "${half}" (one of ${FRESH_HALVES.join(', ')})`);
  const name = half === 'test' ? `${part.name} test half (frozen)` : `${part.name} tuning half`;
  const texts = resolveFreshRelationTexts(process.env, part.env);
  if (texts === null) {
    console.log(`${name}: the ${part.name} relation texts are not here (set ${part.env} to their folder, e.g. ${part.example}): skipped`);
    return;
  }
  const pairs = loadFreshPairs(texts, half as FreshHalf, part.dir);
  // The first part's halves are both spent (its test half's one run was 2026-12-07 15:39): their mistakes may be
  // read. A frozen half that is not spent never lists its mistakes.
  scorePart(name, pairs, () => texts, errors && (part.spent || half !== 'test'));
}

function main(): void {
  const command = new Command('eval:relations')
    .option('--errors', "list the tuning sets' mistakes")
    .option('--tuning-only', 'score the tuning parts only (leave the frozen test parts unread)')
    .option('--part <name>', 'score this part only (e.g. test6), leaving every other part unread');
  for (const set of Object.values(FRESH_RELATION_SETS)) command.option(`${set.option} <half>`, `score only this half (tuning or test) of the ${set.name} web-page part, leaving every other part unread`);
  const options = command.parse().opts<{ errors?: boolean; tuningOnly?: boolean; part?: string } & Partial<Record<keyof typeof FRESH_RELATION_SETS, string>>>();
  const fresh = Object.entries(FRESH_RELATION_SETS).filter(([key]) => options[key as keyof typeof FRESH_RELATION_SETS] !== undefined);
  if (fresh.length > 1) throw new Error(`${fresh.map(([, set]) => set.option).join(' and ')}: score one fresh part at a time`);
  if (fresh.length === 1) {
    const [key, set] = fresh[0]!;
    evalFresh(set, options[key as keyof typeof FRESH_RELATION_SETS]!, options.errors === true);
    return;
  }
  const names = SETS.map((set) => set.name.split(' ')[0]);
  if (options.part !== undefined && !names.includes(options.part)) throw new Error(`--part: unknown part "${options.part}" (one of ${names.join(', ')})`);
  const real = resolveRealCorpus() ?? undefined;
  for (const set of SETS) {
    if (set.frozen && options.tuningOnly) continue;
    if (options.part !== undefined && set.name.split(' ')[0] !== options.part) continue;
    if (!existsSync(set.file)) {
      console.log(`${set.name}: ${set.file} does not exist yet: skipped`);
      continue;
    }
    const all = parseRelationGold(JSON.parse(readFileSync(set.file, 'utf8')), set.file);
    const pairs = all.filter((pair) => pair.corpus === 'sample' || real !== undefined);
    if (pairs.length < all.length) console.log(`${set.name}: ../shared/real-corpus not found (set SILKMAP_REAL_CORPUS): ${all.length - pairs.length} real-corpus pairs skipped`);
    // A frozen part's mistakes only when it is named with --part: every frozen part is spent now (2026-12-07).
    scorePart(set.name, pairs, (pair) => (pair.corpus === 'sample' ? join(REPO_ROOT, 'data/corpus') : real!), options.errors === true && (!set.frozen || options.part !== undefined));
  }
}

/** Scores one part's pairs, each document extracted from the folder `folderOf` names. */
function scorePart(name: string, pairs: GoldPair[], folderOf: (pair: GoldPair) => string, showErrors: boolean): void {
  const graphs = extractDocuments(pairs, folderOf);
  const gold: PairRelation[] = [];
  const predicted: PairRelation[] = [];
  let direct = 0;
  const mistakes: string[] = [];
  const rules = new Map<string, { fired: number; right: number }>();
  for (const pair of pairs) {
    const located = locate(graphs.get(`${pair.corpus}/${pair.document}`)!, pair.sentence);
    const result = predict(pair, located);
    if (result.direct) direct++;
    gold.push(pair.relation);
    predicted.push(result.relation);
    const tally = rules.get(result.rule) ?? { fired: 0, right: 0 };
    rules.set(result.rule, tally);
    tally.fired++;
    if (describe(pair.relation) === describe(result.relation)) tally.right++;
    else mistakes.push(`  gold ${describe(pair.relation)} | got ${describe(result.relation)} [${result.rule}] | a=${pair.a} b=${pair.b}${located ? '' : ' (sentence not found)'}\n    ${pair.sentence}`);
  }
  for (const corpus of ['sample', 'real', 'fresh'] as const) {
    const indices = pairs.flatMap((pair, index) => (pair.corpus === corpus ? [index] : []));
    if (indices.length === 0) continue;
    console.log(formatRelationScores(`${name}, ${corpus}`, scoreRelations(indices.map((i) => gold[i]!), indices.map((i) => predicted[i]!))));
  }
  console.log(formatRelationScores(`${name}, all`, scoreRelations(gold, predicted)));
  console.log(`  (${direct} of ${pairs.length} pairs classified directly: the extractor did not link the two names in that sentence)`);
  console.log(formatRulePrecision(rules));
  if (showErrors) console.log(mistakes.join('\n'));
}

main();
