/**
 * Where the real corpus and its graph are (bench:real and the browser tests that draw it): the
 * corpus at $SILKMAP_REAL_CORPUS or ../shared/real-corpus beside the checkout, its graph
 * extracted once into .cache/ and reused while the corpus is unchanged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** The real corpus: $SILKMAP_REAL_CORPUS, else ../shared/real-corpus beside the checkout (a worktree one level deeper also finds it). */
export function realCorpusFolder(): string | null {
  const candidates = [process.env.SILKMAP_REAL_CORPUS, '../shared/real-corpus', '../../shared/real-corpus'];
  for (const candidate of candidates) if (candidate && existsSync(candidate) && statSync(candidate).isDirectory()) return resolve(candidate);
  return null;
}

/** The corpus's graph, extracted into .cache/ unless a graph newer than every corpus file is there. */
export function realCorpusGraph(corpus: string): string {
  const out = '.cache/real-corpus-graph.json';
  const newest = Math.max(...readdirSync(corpus).map((name) => statSync(`${corpus}/${name}`).mtimeMs));
  if (existsSync(out) && statSync(out).mtimeMs >= newest) return out;
  mkdirSync('.cache', { recursive: true });
  console.log(`extracting ${corpus} into ${out} (once; reused while the corpus is unchanged)…`);
  const run = spawnSync('npm', ['run', 'extract', '--', '--in', corpus, '--out', out], { stdio: 'inherit' });
  if (run.status !== 0 && run.status !== 2) throw new Error(`extraction failed (exit ${run.status})`);
  return out;
}
