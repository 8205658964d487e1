/**
 * What the tests that run the extract CLI from source as its own process share: where its entry
 * and tsx's loader are, one way to spawn it and read the graph it wrote, and a temporary folder
 * holding the corpus it reads. (tests/extract/run-cli.ts runs it inside the test process instead.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseGraphJson, type Graph } from '../../src/graph-format/index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The CLI's entry, run from source. */
export const CLI_MAIN = join(ROOT, 'src/extract/cli/main.ts');
/** `node --import TSX_LOADER CLI_MAIN …` runs the CLI from source in a plain Node process. */
export const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface CliRun { status: number | null; stdout: string; stderr: string }

/** Runs the CLI through tsx in `cwd` with `args`, colour off, for at most 60 s. */
export function spawnExtract(args: string[], cwd: string): CliRun {
  const result = spawnSync(TSX, [CLI_MAIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The graph file at `path`, parsed and validated; throws with the validator's errors otherwise. */
export function readGraphFile(path: string): Graph {
  const parsed = parseGraphJson(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.graph;
}

/**
 * A new temporary folder (its name starts with `prefix`) holding `corpus/` with `files` (relative
 * path → content; subfolders are made as needed). Returns the folder; the caller removes it.
 */
export function corpusFolder(prefix: string, files: Record<string, string | Uint8Array>): string {
  const work = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(work, 'corpus'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(work, 'corpus', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return work;
}
