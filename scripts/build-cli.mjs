/**
 * Builds the extract CLI to JavaScript in dist-cli/ (esbuild, which comes with vite and tsx),
 * so that `npm run extract` never compiles TypeScript at start. Run by `npm ci` (prepare)
 * and by scripts/extract.mjs whenever a source file is newer than the build.
 *
 * Packages stay imports of node_modules. Our own modules are marked free of import-time side
 * effects, so that a module nothing uses is left out of a bundle: run.js (the main thread)
 * then never loads compromise, which only the per-document step needs.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT = join(ROOT, 'dist-cli');
const STAMP = join(OUT, 'built.json');
const SNAPSHOT_STAMP = join(OUT, 'analyser.json');
/**
 * The old-generation limit the snapshot is built with, and so the one every process started
 * from it runs under (V8 refuses a snapshot made under other heap flags). A small limit keeps
 * V8 from growing a heap to ~4× its live size between full collections (cli/pool.ts,
 * workerHeapLimitMb); this one covers documents up to 192 KB, larger ones go to worker threads.
 */
const SNAPSHOT_HEAP_LIMIT_MB = 320;
/**
 * The young generation's semi-space limit, likewise fixed at build: V8's default lets each
 * process's new space grow to tens of megabytes; at 4 MB a child's peak on the real corpus fell
 * by ~18 MB (139 → 120 MB over its first 120 documents) for the same CPU time (2026-12-07).
 */
const SNAPSHOT_SEMI_SPACE_MB = 4;
/**
 * Node 20 has Unicode property escapes (/\p{Lu}/u), but esbuild's table for `node20` turns every
 * such literal into `new RegExp("\\p{Lu}", "u")`: a call through the runtime each time the
 * expression runs, about three times the cost of cloning a literal (the recogniser's tokenizer
 * ran several per word). Declared supported, the literals stay as written.
 */
const SUPPORTED = { 'regexp-unicode-property-escapes': true };
/** main: argument parsing; run: the extraction, imported once the arguments are known; analyse-here and analyse-worker: the per-document step, in the main thread or a pool worker; relate-worker: the relation classifier's worker threads. */
const ENTRIES = ['main', 'run', 'analyse-here', 'analyse-worker', 'relate-worker'];
/** What the CLI is built from: a change to any file here makes the build stale. */
const SOURCES = ['src/extract', 'src/graph-format', 'src/workers', 'scripts/build-cli.mjs', 'package-lock.json'];

function newestModification(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, name)));
  return newest;
}

/** True when dist-cli/ is missing or older than a source file. */
export function cliBuildIsStale() {
  const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return SOURCES.some((source) => newestModification(join(ROOT, source)) > built);
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const plugin = {
    name: 'silkmap-cli',
    setup(plugin) {
      plugin.onResolve({ filter: /^\.\.?\// }, (args) => {
        // A module loaded on demand (`await import('./run.ts')`) is an entry point of its own,
        // so that what it imports is loaded only when it is.
        if (args.kind === 'dynamic-import') return { path: args.path.replace(/\.ts$/, '.js'), external: true };
        const path = resolve(args.resolveDir, args.path);
        return relative(join(ROOT, 'src'), path).startsWith('..') ? undefined : { path, sideEffects: false };
      });
    },
  };
  // No code splitting: chunks shared between entry points would put compromise, which the
  // workers need, into a chunk the main thread loads too. Each entry is whole instead.
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, `src/extract/cli/${name}.ts`])),
    outdir: OUT,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    supported: SUPPORTED,
    packages: 'external',
    // The extractor's fingerprint (cache key) hashes its source, which lives here.
    define: { __SILKMAP_EXTRACT_SOURCE__: JSON.stringify(relative(OUT, join(ROOT, 'src/extract'))) },
    plugins: [plugin],
    logLevel: 'warning',
  });
  const built = new Date().toISOString();
  writeFileSync(STAMP, `${JSON.stringify({ built })}\n`);
  await buildAnalyserSnapshot(build, built);
}

/**
 * The per-document step as a V8 start-up snapshot (src/extract/cli/analyser-snapshot.ts):
 * one CommonJS bundle with its packages inside (a snapshot's script can only require Node's
 * own modules), run once by `node --build-snapshot`. analyser.json says which build, which
 * Node and which heap limit it belongs to; the CLI uses the blob only when both match
 * (cli/snapshot-process.ts), so a failed or stale snapshot only costs speed.
 */
async function buildAnalyserSnapshot(build, built) {
  rmSync(SNAPSHOT_STAMP, { force: true });
  const script = join(OUT, 'analyser-snapshot.cjs');
  const blob = join(OUT, 'analyser.blob');
  try {
    await build({
      absWorkingDir: ROOT,
      entryPoints: ['src/extract/cli/analyser-snapshot.ts'],
      outfile: script,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      supported: SUPPORTED,
      logLevel: 'warning',
      // The child writes the cache with cache.ts's FileDocumentCache; the same file's source
      // fingerprint (import.meta.dirname, empty in CommonJS) is only ever computed by the CLI.
      logOverride: { 'empty-import-meta': 'silent' },
    });
    execFileSync(process.execPath, [`--max-old-space-size=${SNAPSHOT_HEAP_LIMIT_MB}`, `--max-semi-space-size=${SNAPSHOT_SEMI_SPACE_MB}`, '--snapshot-blob', blob, '--build-snapshot', script], { cwd: OUT, stdio: ['ignore', 'ignore', 'pipe'] });
    writeFileSync(SNAPSHOT_STAMP, `${JSON.stringify({ built, node: process.version, arch: process.arch, heapLimitMb: SNAPSHOT_HEAP_LIMIT_MB, semiSpaceMb: SNAPSHOT_SEMI_SPACE_MB })}\n`);
  } catch (error) {
    rmSync(blob, { force: true });
    process.stderr.write(`build-cli: no analyser snapshot (the CLI loads compromise itself instead): ${error.stderr?.toString().trim() || error.message}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
