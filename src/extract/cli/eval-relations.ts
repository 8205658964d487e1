/**
 * `npm run eval:relations`: scores the relation classifier on the hand-annotated sentence
 * pairs of tests/fixtures/relations/ (tuning parts, then the frozen test parts test, test2 and test3). Each pair's
 * document is extracted with the real pipeline and the relation is read off the link's
 * evidence for that sentence; when the extractor did not find one of the two names there,
 * the classifier is run on the sentence directly (counted and reported). Real-corpus pairs
 * need ../shared/real-corpus (or SILKMAP_REAL_CORPUS); without it they are skipped with a message.
 * `--errors` lists the tuning set's mistakes (never the test set's: it is frozen).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { type EvidenceRelation, type Graph, type GraphNode } from '../../graph-format/index.ts';
import { extractGraph } from '../index.ts';
import { REPO_ROOT, resolveRealCorpus } from './gold-files.ts';
import { formatRelationScores, parseRelationGold, scoreRelations, type GoldPair, type PairRelation } from '../eval/relations.ts';
import { explainPair, parseSentence, relationCues, type SentenceMention } from '../relate/index.ts';

const SETS = [
  { name: 'tuning', file: join(REPO_ROOT, 'tests/fixtures/relations/tuning/gold.json'), frozen: false },
  { name: 'tuning2', file: join(REPO_ROOT, 'tests/fixtures/relations/tuning2/gold.json'), frozen: false },
  { name: 'tuning3', file: join(REPO_ROOT, 'tests/fixtures/relations/tuning3/gold.json'), frozen: false },
  { name: 'test (frozen)', file: join(REPO_ROOT, 'tests/fixtures/relations/test/gold.json'), frozen: true },
  { name: 'test2 (frozen)', file: join(REPO_ROOT, 'tests/fixtures/relations/test2/gold.json'), frozen: true },
  { name: 'test3 (frozen)', file: join(REPO_ROOT, 'tests/fixtures/relations/test3/gold.json'), frozen: true },
];


const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Located { graph: Graph; passageIndex: number; sentence: number }

function extractDocuments(pairs: readonly GoldPair[], folderOf: (pair: GoldPair) => string): Map<string, Graph> {
  const graphs = new Map<string, Graph>();
  for (const pair of pairs) {
    const key = `${pair.corpus}/${pair.document}`;
    if (graphs.has(key)) continue;
    const bytes = new Uint8Array(readFileSync(join(folderOf(pair), pair.document)));
    graphs.set(key, extractGraph([{ path: pair.document, bytes }]).graph);
  }
  return graphs;
}

function locate(graph: Graph, sentence: string): Located | undefined {
  const wanted = collapse(sentence);
  for (const [passageIndex, passage] of graph.passages.entries()) {
    if (!collapse(passage.text).includes(wanted.slice(0, 40))) continue;
    for (const [index, [start, end]] of passage.sentences.entries()) {
      const text = collapse(passage.text.slice(start, end));
      if (text === wanted || text.includes(wanted) || wanted.includes(text) && text.length > wanted.length / 2) return { graph, passageIndex, sentence: index };
    }
  }
  return undefined;
}

/** The nodes mentioned in a sentence, with their mention spans (passage offsets). */
function mentionsIn(graph: Graph, passageId: string, start: number, end: number): (SentenceMention & { node: GraphNode })[] {
  const found: (SentenceMention & { node: GraphNode })[] = [];
  for (const node of graph.nodes) {
    for (const mention of node.mentions) {
      if (mention.passageId === passageId && mention.start >= start && mention.end <= end) found.push({ start: mention.start, end: mention.end, actor: node.id, type: node.type, node });
    }
  }
  return found;
}

interface Prediction { relation: PairRelation; direct: boolean; rule: string }

/** The type the extractor gave the same name elsewhere in the document (a state when it never found it). */
function typeOfName(graph: Graph | undefined, name: string): GraphNode['type'] {
  const wanted = name.toLowerCase();
  const node = graph?.nodes.find((n) => n.label.toLowerCase() === wanted) ?? graph?.nodes.find((n) => n.mentions.some((m) => {
    const passage = graph.passages.find((p) => p.id === m.passageId);
    return passage?.text.slice(m.start, m.end).toLowerCase() === wanted;
  }));
  return node?.type ?? 'state';
}

function predict(pair: GoldPair, located: Located | undefined): Prediction {
  const toSides = (relation: EvidenceRelation, idA: string): PairRelation => {
    const result: PairRelation = { type: relation.type };
    if (relation.from !== undefined && relation.to !== undefined) {
      result.from = relation.from === idA ? 'a' : 'b';
      result.to = relation.to === idA ? 'a' : 'b';
    }
    if (relation.negated) result.negated = true;
    return result;
  };
  const text = located ? located.graph.passages[located.passageIndex]!.text : pair.sentence;
  const [start, end] = located ? located.graph.passages[located.passageIndex]!.sentences[located.sentence]! : [0, pair.sentence.length];
  const passage = located?.graph.passages[located.passageIndex];
  const mentions = passage ? mentionsIn(located.graph, passage.id, start, end) : [];
  const surface = (m: { start: number; end: number }) => text.slice(m.start, m.end);
  const find = (name: string) => mentions.find((m) => surface(m) === name) ?? mentions.find((m) => surface(m).includes(name) || name.includes(surface(m)));
  const mentionA = find(pair.a);
  const mentionB = find(pair.b);
  if (located && passage && mentionA && mentionB && mentionA.actor !== mentionB.actor) {
    const edge = located.graph.edges.find((e) => (e.source === mentionA.actor && e.target === mentionB.actor) || (e.source === mentionB.actor && e.target === mentionA.actor));
    const evidence = edge?.evidence.find((item) => item.passageId === passage.id && item.sentence === located.sentence);
    if (evidence?.relation) {
      // The rule behind the evidence: the same classifier on the same mentions (a parse of our own: the eval only).
      const again = explainPair(parseSentence(passage.text, start, end), mentions, mentionA.actor, mentionB.actor, relationCues());
      const same = describe(toSides(again.relation, mentionA.actor)) === describe(toSides(evidence.relation, mentionA.actor));
      return { relation: toSides(evidence.relation, mentionA.actor), direct: false, rule: same ? again.rule : '(unexplained)' };
    }
  }
  // The extractor missed a name here: classify the sentence with the gold spans put in.
  const sentenceText = text.slice(start, end);
  const spanOf = (name: string, after = 0): SentenceMention | undefined => {
    const at = sentenceText.indexOf(name, after);
    return at < 0 ? undefined : { start: start + at, end: start + at + name.length, actor: `gold:${name}`, type: typeOfName(located?.graph, name) };
  };
  const a = mentionA && mentionA.actor !== mentionB?.actor ? mentionA : spanOf(pair.a);
  const b = mentionB && mentionB.actor !== a?.actor ? mentionB : spanOf(pair.b, Math.max(0, (a?.end ?? start) - start));
  if (!a || !b) return { relation: { type: 'none' }, direct: true, rule: '(names not found)' };
  const others = mentions.filter((m) => m.actor !== a.actor && m.actor !== b.actor);
  const found = explainPair(parseSentence(text, start, end), [...others, a, b], a.actor, b.actor, relationCues());
  return { relation: toSides(found.relation, a.actor), direct: true, rule: found.rule };
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

function main(): void {
  const options = new Command('eval:relations')
    .option('--errors', "list the tuning sets' mistakes")
    .option('--tuning-only', 'score the tuning parts only (leave the frozen test parts unread)')
    .parse().opts<{ errors?: boolean; tuningOnly?: boolean }>();
  const real = resolveRealCorpus() ?? undefined;
  for (const set of SETS) {
    if (set.frozen && options.tuningOnly) continue;
    if (!existsSync(set.file)) {
      console.log(`${set.name}: ${set.file} does not exist yet: skipped`);
      continue;
    }
    const all = parseRelationGold(JSON.parse(readFileSync(set.file, 'utf8')), set.file);
    const pairs = all.filter((pair) => pair.corpus === 'sample' || real !== undefined);
    if (pairs.length < all.length) console.log(`${set.name}: ../shared/real-corpus not found (set SILKMAP_REAL_CORPUS): ${all.length - pairs.length} real-corpus pairs skipped`);
    const graphs = extractDocuments(pairs, (pair) => (pair.corpus === 'sample' ? join(REPO_ROOT, 'data/corpus') : real!));
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
    for (const corpus of ['sample', 'real'] as const) {
      const indices = pairs.flatMap((pair, index) => (pair.corpus === corpus ? [index] : []));
      if (indices.length === 0) continue;
      console.log(formatRelationScores(`${set.name}, ${corpus}`, scoreRelations(indices.map((i) => gold[i]!), indices.map((i) => predicted[i]!))));
    }
    console.log(formatRelationScores(`${set.name}, all`, scoreRelations(gold, predicted)));
    console.log(`  (${direct} of ${pairs.length} pairs classified directly: the extractor did not link the two names in that sentence)`);
    console.log(formatRulePrecision(rules));
    if (options.errors && !set.frozen) console.log(mistakes.join('\n'));
  }
}

main();
