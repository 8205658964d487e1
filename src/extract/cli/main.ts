/**
 * `npm run extract -- [--in data/corpus] [--out data/graph.json] [--overrides FILE] [--no-cache]`
 *
 * Exit codes: 0 graph written; 1 nothing written (bad arguments, missing folder, no
 * readable files, invalid overrides, write error); 2 graph written but some files skipped.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { parseOverrides, type Overrides } from '../../graph-format/index.ts';
import { EXTRACTOR_VERSION, extractGraph, type ExtractOptions, type ExtractResult, type SkippedFile } from '../index.ts';
import { extractorFingerprint, FileDocumentCache } from './cache.ts';
import { CORPUS_EXTENSIONS, readCorpus } from './read-corpus.ts';
import { writeJsonAtomicallySync } from './write.ts';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_SKIPPED_FILES = 2;

const DEFAULT_OVERRIDES = 'data/overrides.json';
const CACHE_FOLDER = '.cache/extract';
/** Files above this size get a warning: the pipeline holds a document whole in memory. */

class CliError extends Error {}

interface CliOptions {
  in: string;
  out: string;
  overrides?: string;
  cache: boolean;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('extract')
    .description('Turn a folder of texts into Silkmap\'s actor graph JSON.')
    .option('--in <folder>', `corpus folder, read recursively (${CORPUS_EXTENSIONS.join(', ')})`, 'data/corpus')
    .option('--out <file>', 'graph JSON to write (atomically, after validation)', 'data/graph.json')
    .option('--overrides <file>', `corrections to apply (merge, rename, retype, split, hide; schema in data/overrides.schema.json; default: ${DEFAULT_OVERRIDES} when it exists)`)
    .option('--no-cache', `do not read or write the per-document cache in ${CACHE_FOLDER}/`)
    .addHelpText('after', [
      '',
      'Exit codes:',
      `  ${EXIT_OK}  graph written, every file used`,
      `  ${EXIT_SKIPPED_FILES}  graph written, but some files were skipped (listed in the summary)`,
      `  ${EXIT_FAILED}  nothing written (missing folder, no readable files, bad overrides, write error)`,
    ].join('\n'))
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return code === 0 ? EXIT_OK : EXIT_FAILED;
  }

  try {
    return await run(program.opts<CliOptions>());
  } catch (error) {
    process.stderr.write(`extract: ${error instanceof CliError ? error.message : `failed: ${(error as Error).message}`}\n`);
    return EXIT_FAILED;
  }
}

async function run(options: CliOptions): Promise<number> {
  const started = performance.now();
  const input = resolve(options.in);
  if (!existsSync(input)) throw new CliError(`input folder "${options.in}" does not exist`);
  if (!statSync(input).isDirectory()) throw new CliError(`input "${options.in}" is not a folder`);

  const overrides = readOverrides(options.overrides);
  const corpus = await readCorpus(input);
  if (corpus.files.length === 0) {
    throw new CliError(`no readable ${CORPUS_EXTENSIONS.join('/')} files in "${options.in}"${describeSkipped(corpus.skipped)}`);
  }

  const extractOptions: ExtractOptions = {};
  if (options.cache) {
    const version = `${EXTRACTOR_VERSION}-${extractorFingerprint(resolve(import.meta.dirname, '..'))}`;
    extractOptions.cache = new FileDocumentCache(resolve(CACHE_FOLDER), version);
  }
  if (overrides !== undefined) extractOptions.overrides = overrides.overrides;
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'extract [{bar}] {value}/{total} {path}', stream: process.stderr, hideCursor: true, clearOnComplete: true }) : undefined;
  if (bar) {
    bar.start(corpus.files.length, 0, { path: '' });
    extractOptions.onProgress = (done, _total, path) => bar.update(done, { path });
  }
  let result: ExtractResult;
  try {
    result = extractGraph(corpus.files, extractOptions);
  } finally {
    bar?.stop();
  }

  const skipped = [...corpus.skipped, ...result.skipped].sort((a, b) => (a.path < b.path ? -1 : 1));
  if (result.graph.documents.length === 0) throw new CliError(`no usable documents in "${options.in}"${describeSkipped(skipped)}`);

  const output = resolve(options.out);
  mkdirSync(dirname(output), { recursive: true });
  writeJsonAtomicallySync(output, result.graph);

  for (const note of result.notes) process.stderr.write(`extract: note: ${note}\n`);
  for (const warning of result.overrides?.warnings ?? []) process.stderr.write(`extract: warning: ${warning}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const { stats } = result;
  const actors = Object.entries(stats.actorsByType).map(([type, count]) => `${count} ${type}`).join(', ');
  process.stdout.write(
    `extract: ${stats.documents} documents, ${stats.passages} passages, actors: ${actors}, ${stats.edges} edges${describeOverrides(overrides, result)}, ${seconds} s → ${options.out}${describeSkipped(skipped)}\n`,
  );
  return skipped.length > 0 ? EXIT_SKIPPED_FILES : EXIT_OK;
}

function readOverrides(explicit: string | undefined): { path: string; overrides: Overrides } | undefined {
  const path = explicit ?? (existsSync(DEFAULT_OVERRIDES) ? DEFAULT_OVERRIDES : undefined);
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read overrides file "${path}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`overrides file "${path}" is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseOverrides(json);
  if (!parsed.ok) throw new CliError(`overrides file "${path}" is not a Silkmap overrides document: ${parsed.errors.join('; ')}`);
  return { path, overrides: parsed.overrides };
}

function describeOverrides(read: ReturnType<typeof readOverrides>, result: ExtractResult): string {
  if (!read || !result.overrides) return '';
  const { applied, warnings } = result.overrides;
  return `, overrides ${read.path}: ${applied} applied${warnings.length > 0 ? `, ${warnings.length} skipped (warnings above)` : ''}`;
}

function describeSkipped(skipped: readonly SkippedFile[]): string {
  if (skipped.length === 0) return '';
  return `; skipped ${skipped.length}: ${skipped.map(({ path, reason }) => `${path} (${reason})`).join(', ')}`;
}

// Run when executed directly (tsx src/extract/cli/main.ts), not when imported by tests.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'main.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
