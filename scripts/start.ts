/**
 * `npm start`: rebuilds data/graph.json when it is missing or older than the corpus,
 * builds the explorer and serves it, printing its URL.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';

const CORPUS = 'data/corpus';
const GRAPH = 'data/graph.json';

function newestModification(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestModification(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function graphIsStale(): boolean {
  if (!existsSync(GRAPH)) return true;
  if (!existsSync(CORPUS)) return false;
  return statSync(GRAPH).mtimeMs < newestModification(CORPUS);
}

if (graphIsStale()) {
  console.log(`${GRAPH} is missing or older than ${CORPUS}: extracting…`);
  const result = spawnSync(process.execPath, ['scripts/extract.mjs', '--in', CORPUS, '--out', GRAPH], { stdio: 'inherit' });
  // Exit code 2 means the graph was written but some files were skipped; the summary said which.
  if (result.status !== 0 && result.status !== 2) process.exit(result.status ?? 1);
}

await build({ logLevel: 'warn' });
const port = Number(process.env.PORT ?? 5173);
const server = await preview({ preview: { port, strictPort: false, host: process.env.HOST ?? '127.0.0.1' } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nSilkmap explorer: ${url}\n(press Ctrl+C to stop)`);
