/**
 * `npx tsx scripts/sample-nodes.ts [--graph FILE] [--per-type 50] [--seed 12] [--top 100]`
 *
 * Draws a repeatable random sample of nodes of each type from a graph JSON, each with one
 * sentence it is mentioned in, so a reader can judge by eye how many are real actors of the
 * right type; then lists the most-mentioned nodes. The same graph and seed give the same draw.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { ACTOR_TYPES, decodeGraphFile, type Graph, type GraphNode, type Passage } from '../src/graph-format/index.ts';
import { mulberry32 } from '../src/analysis/random.ts';

interface Options { graph: string; perType: string; seed: string; top: string }


function draw<T>(items: readonly T[], count: number, next: () => number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

function evidence(node: GraphNode, passages: Map<string, Passage>): string {
  const mention = node.mentions[0];
  if (!mention) return '';
  const passage = passages.get(mention.passageId);
  if (!passage) return '';
  const sentence = passage.sentences.find(([start, end]) => mention.start >= start && mention.start < end) ?? [0, passage.text.length];
  // At most 140 characters of the sentence on each side of the mention.
  const before = passage.text.slice(Math.max(sentence[0], mention.start - 140), mention.start);
  const after = passage.text.slice(mention.end, Math.min(sentence[1], mention.end + 140));
  return `${before}[[${passage.text.slice(mention.start, mention.end)}]]${after}`.replace(/\s+/g, ' ').trim();
}

function run(options: Options): void {
  // The CLI writes the compact file (format 3); plain graph objects (versions 1 and 2) decode as themselves.
  const decoded = decodeGraphFile(JSON.parse(readFileSync(options.graph, 'utf8')));
  if (!decoded.ok) throw new Error(`${options.graph}: ${decoded.errors.join('; ')}`);
  const graph = decoded.graph as Graph;
  const passages = new Map(graph.passages.map((passage) => [passage.id, passage]));
  const perType = Number(options.perType);
  const next = mulberry32(Number(options.seed));
  const lines: string[] = [`${graph.nodes.length} nodes in ${options.graph}; seed ${options.seed}`];
  for (const type of ACTOR_TYPES) {
    const ofType = graph.nodes.filter((node) => node.type === type).sort((a, b) => a.id.localeCompare(b.id));
    lines.push('', `## ${type}: ${ofType.length} nodes, ${Math.min(perType, ofType.length)} drawn`);
    draw(ofType, perType, next).forEach((node, index) => {
      lines.push(`${String(index + 1).padStart(2)}. ${node.label} (${node.mentionCount}×) — ${evidence(node, passages)}`);
    });
  }
  const top = [...graph.nodes].sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id)).slice(0, Number(options.top));
  lines.push('', `## ${top.length} most-mentioned nodes`, top.map((node) => `${node.label} [${node.type}] ${node.mentionCount}`).join(' | '));
  process.stdout.write(`${lines.join('\n')}\n`);
}

new Command()
  .name('sample-nodes')
  .description('Seeded random sample of nodes per type, with one evidence sentence each, and the most-mentioned nodes.')
  .option('--graph <file>', 'graph JSON to sample', 'data/graph.json')
  .option('--per-type <n>', 'nodes drawn per type', '50')
  .option('--seed <n>', 'seed of the draw', '12')
  .option('--top <n>', 'how many most-mentioned nodes to list', '100')
  .action((options: Options) => run(options))
  .parse();
