/**
 * `npm run eval`: runs the extractor on a hand-annotated sample and scores its nodes
 * against the gold annotation (precision, recall, split actors, type accuracy, and every
 * miss listed). Exit code 0 whenever the evaluation ran, even below the bar; non-zero
 * only when it could not run (missing folder, bad gold file, extractor failure).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Command } from 'commander';
import { extractGraph, type SourceFile } from '../index.ts';
import { formatReport, formatRuleReport, parseGold, ruleReport, score, type TracedMention } from '../eval/index.ts';
import { FRESH_SETS, freshSet, loadFreshTexts } from './fresh-texts.ts';
import { REAL_CORPUS_RELATIVE, readGoldFiles, resolveRealCorpus } from './gold-files.ts';
import { formatFurnitureFigures, furnitureFigures } from './furniture-figures.ts';

const DEFAULT_IN = 'tests/fixtures/annotated/corpus';
const DEFAULT_GOLD = 'tests/fixtures/annotated/gold.json';

interface EvalCliOptions {
  in: string;
  gold: string;
  json: boolean;
  corpus?: string;
  /** Which fresh set's texts the gold lists (`--fresh` alone: the first); false: not a fresh set. */
  fresh: boolean | string;
}

/** Every non-hidden file under `dir`, in a stable order, with paths relative to `dir`. */
function readSourceFiles(dir: string): SourceFile[] {
  const root = resolve(dir);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`--in ${dir}: not a folder`);
  }
  const files: SourceFile[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push({ path: relative(root, full).split(sep).join('/'), bytes: new Uint8Array(readFileSync(full)) });
    }
  };
  walk(root);
  if (files.length === 0) throw new Error(`--in ${dir}: no files to evaluate`);
  return files;
}

function readGold(file: string): ReturnType<typeof parseGold> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`--gold ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`--gold ${file}: not valid JSON (${(error as Error).message})`);
  }
  return parseGold(data);
}

function run(options: EvalCliOptions): void {
  const gold = readGold(options.gold);
  // A gold set that lists its files is scored on those files' stretches, read from the corpus folder.
  let source = options.in;
  let files: SourceFile[];
  if (gold.files === undefined) {
    files = readSourceFiles(options.in);
  } else if (options.fresh !== false) {
    const fresh = loadFreshTexts({ files: gold.files }, options.corpus, process.env, freshSet(options.fresh));
    if (fresh.status === 'skipped') {
      process.stdout.write(`skipped: ${fresh.reason}; ${options.gold} was not scored\n`);
      return;
    }
    source = fresh.dir;
    files = fresh.files;
  } else {
    const corpus = options.corpus ?? resolveRealCorpus();
    if (corpus === null) {
      process.stdout.write(`skipped: ${REAL_CORPUS_RELATIVE} not found (nor SILKMAP_REAL_CORPUS); ${options.gold} was not scored\n`);
      return;
    }
    source = corpus;
    files = readGoldFiles(corpus, gold.files);
  }
  // Each candidate mention with the rule that produced it, for the per-rule figures.
  const traced: TracedMention[] = [];
  const result = extractGraph(files, {
    onAnalysed: (path, analysis) => {
      if (analysis.status !== 'ok') return;
      for (const m of analysis.mentions) {
        const text = analysis.passages[m.passage]?.text.slice(m.start, m.end) ?? '';
        traced.push({ path, passage: m.passage, start: m.start, end: m.end, text, rule: m.rule ?? '(none)' });
      }
    },
  });
  const report = score(result.graph, gold);
  const rules = ruleReport(result.graph, gold, traced);
  // Gold sets of outside texts may name page furniture the segmenter drops by design: a second figure without it.
  const furniture = gold.files === undefined ? undefined : furnitureFigures(files, gold, result.graph.nodes);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ in: source, gold: options.gold, skipped: result.skipped, report, rules, furniture }, null, 2)}\n`);
    return;
  }
  const stretches = gold.files === undefined ? '' : ' (the annotated stretches)';
  const header = `Scored ${files.length - result.skipped.length} file(s)${stretches} from ${source} against ${options.gold}`;
  const skipped = result.skipped.map((s) => `skipped ${s.path}: ${s.reason}`);
  const withoutFurniture = furniture === undefined ? [] : [formatFurnitureFigures(furniture)];
  process.stdout.write([header, ...skipped, '', formatReport(report), ...withoutFurniture, formatRuleReport(rules)].join('\n'));
}

const program = new Command()
  .name('npm run eval --')
  .description('Score the extractor against a hand-annotated gold sample (issue 3).')
  .option('--in <dir>', 'folder of annotated texts to extract from', DEFAULT_IN)
  .option('--gold <file>', 'gold annotation JSON ({ actors: [{ label, type, aliases }], notActors })', DEFAULT_GOLD)
  .option('--json', 'print the report as JSON instead of text', false)
  .option('--corpus <dir>', `folder holding the files a gold set lists (default: ${REAL_CORPUS_RELATIVE}, else $SILKMAP_REAL_CORPUS; with --fresh: the set's variable)`)
  .option(
    '--fresh [set]',
    `the gold set lists fresh texts kept outside the repository: read them from the set's variable (or --corpus), skip when absent; set ${Object.entries(FRESH_SETS).map(([name, set]) => `${name}: $${set.env}`).join(', ')} (default fresh)`,
    false,
  )
  .action((options: EvalCliOptions) => {
    try {
      run(options);
    } catch (error) {
      process.stderr.write(`eval: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  });

program.parse();
