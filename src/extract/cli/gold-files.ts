/**
 * Texts for a gold set that names its files instead of shipping them: the real corpus
 * (../shared/real-corpus beside the checkout) may not be copied into the repository, so the
 * eval reads each listed file at run time and keeps only the annotated stretch.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../index.ts';
import type { GoldFile } from '../eval/index.ts';
import { resolveTextFolder, sha256Hex } from './verified-texts.ts';

/** The checkout's root folder (this file is src/extract/cli/gold-files.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where the real corpus is looked for first, as the README names it. */
export const REAL_CORPUS_RELATIVE = '../shared/real-corpus';

/**
 * The real-corpus folder: ../shared/real-corpus beside the checkout, else the folder named by
 * SILKMAP_REAL_CORPUS (for worktrees that do not sit beside ../shared); null when neither exists.
 */
export function resolveRealCorpus(repoRoot: string = REPO_ROOT, env: NodeJS.ProcessEnv = process.env): string | null {
  return resolveTextFolder(resolve(repoRoot, REAL_CORPUS_RELATIVE)) ?? resolveTextFolder(env['SILKMAP_REAL_CORPUS']);
}

/** The covered stretch of one listed file, checked against its recorded hash. */
export function readCoveredText(corpusDir: string, entry: GoldFile): string {
  const path = join(corpusDir, entry.file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`gold file ${entry.file}: cannot read it in ${corpusDir} (${code ?? (error as Error).message})`);
  }
  const start = entry.start ?? 0;
  const end = entry.end ?? text.length;
  if (end > text.length) throw new Error(`gold file ${entry.file}: stretch ends at ${end} but the file has ${text.length} characters`);
  const covered = text.slice(start, end);
  if (entry.sha256 !== undefined && sha256Hex(new TextEncoder().encode(covered)) !== entry.sha256) {
    throw new Error(`gold file ${entry.file}: characters ${start}–${end} differ from the annotated text (sha256 mismatch); the corpus has changed`);
  }
  return covered;
}

/** Every listed file's covered stretch as a source file named by its file name. */
export function readGoldFiles(corpusDir: string, files: GoldFile[]): SourceFile[] {
  const encoder = new TextEncoder();
  return files.map((entry) => ({ path: entry.file, bytes: encoder.encode(readCoveredText(corpusDir, entry)) }));
}
