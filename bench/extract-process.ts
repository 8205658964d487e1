/**
 * Whole-process measurements for bench/extract.ts: `npm run extract` as a user runs it
 * (start-up included), against an npm script that only starts Node, and against a bare
 * compromise parse of the same files; the real corpus when ../shared is there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { encodeGraph, parseGraphJson, serializeGraph } from '../src/graph-format/index.ts';

export interface ProcessRun { seconds: number; userSeconds?: number; systemSeconds?: number; maxRssMb?: number }

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run -s <script> -- args` in `cwd`; wall time, and the CLI's own CPU and peak RSS when it reports them. */
export function npmRun(cwd: string, script: string, args: string[]): ProcessRun {
  const start = performance.now();
  const result = spawnSync(NPM, ['run', '-s', script, '--', ...args], { cwd, encoding: 'utf8', env: { ...process.env, SILKMAP_REPORT_RESOURCES: '1' }, maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 2) throw new Error(`npm run ${script} failed (${result.status}): ${result.stderr}`);
  const line = /extract: resources (\{.*\})/.exec(result.stderr ?? '')?.[1];
  return line ? { seconds, ...(JSON.parse(line) as Omit<ProcessRun, 'seconds'>) } : { seconds };
}

/** A throwaway package whose one script starts Node and does nothing: npm's and Node's own start-up. */
export function emptyNpmPackage(): { folder: string; run: () => ProcessRun; dispose: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'silkmap-bench-npm-'));
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify({ name: 'noop', private: true, scripts: { noop: 'node -e 0' } })}\n`);
  return { folder, run: () => npmRun(folder, 'noop', []), dispose: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Bare `nlp(text)` of every file of `corpus`, timed inside its own process (module loading excluded). */
export function bareParse(corpus: string): { seconds: number; cpuSeconds: number; peakRssMb: number; kilobytes: number } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/extract-worker.ts', 'bare', '1', corpus], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(output.trim().split('\n').at(-1)!) as { seconds: number; cpuSeconds: number; peakRssMb: number; kilobytes: number };
}

/** The best (least wall time) of `runs` calls. */
export function bestOf<T extends { seconds: number }>(runs: number, measure: () => T): T {
  let best: T | undefined;
  for (let i = 0; i < runs; i++) {
    const run = measure();
    if (!best || run.seconds < best.seconds) best = run;
  }
  return best!;
}

/**
 * The real corpus: ../shared/real-corpus beside the checkout, else the folder REAL_CORPUS or
 * SILKMAP_REAL_CORPUS names (a worktree elsewhere). Undefined when it is not there.
 */
export function realCorpusFolder(): string | undefined {
  const candidates = [process.env.REAL_CORPUS, '../shared/real-corpus', process.env.SILKMAP_REAL_CORPUS].filter((path): path is string => !!path);
  return candidates.map((path) => resolve(path)).find((folder) => existsSync(folder) && statSync(folder).isDirectory());
}

export function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(folder, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : entry.isFile() ? statSync(path).size : 0);
  }, 0);
}

/**
 * What the explorer's loader does with a graph file (JSON.parse, decode, validate), timed on
 * the compact file and on the same graph written as plain objects (format version 1).
 */
export function loaderFigures(graphFile: string, runs: number): { compact: { bytes: number; seconds: number }; plain: { bytes: number; seconds: number } } {
  const compactText = readFileSync(graphFile, 'utf8');
  const parsed = parseGraphJson(compactText);
  if (!parsed.ok) throw new Error(`${graphFile}: ${parsed.errors.join('; ')}`);
  const plainText = serializeGraph(parsed.graph);
  const time = (text: string): number => bestOf(runs, () => {
    const start = performance.now();
    const result = parseGraphJson(text);
    if (!result.ok) throw new Error('graph did not load');
    return { seconds: (performance.now() - start) / 1000 };
  }).seconds;
  // The plain file's encoding is checked to be the same graph, so the two timings load equal graphs
  // (compared with keys sorted: the validator may give an object's keys in another order).
  // The file also stores the overview the CLI laid out (the loader does not decode it into the graph): compared without it.
  const { overview: _overview, ...stored } = JSON.parse(compactText) as Record<string, unknown>;
  if (canonicalJson(encodeGraph(parsed.graph)) !== canonicalJson(stored)) throw new Error('compact file does not round-trip');
  return {
    compact: { bytes: Buffer.byteLength(compactText), seconds: time(compactText) },
    plain: { bytes: Buffer.byteLength(plainText), seconds: time(plainText) },
  };
}

/** JSON with every object's keys sorted. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item && typeof item === 'object' && !Array.isArray(item)
    ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : item));
}
