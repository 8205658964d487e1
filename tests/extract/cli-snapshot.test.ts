/**
 * The analyser's start-up snapshot (dist-cli/analyser.blob, cli/analyser-snapshot.ts): the
 * CLI uses it only when it was built by the same build for the same Node, the graph is the
 * same bytes with or without it, its results fill the cache, and a broken blob only costs
 * speed (the CLI analyses in its own thread instead).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usableSnapshot } from '../../src/extract/cli/snapshot-process.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('usableSnapshot', () => {
  let folder: string;
  const stamp = { built: '2026-12-07T06:00:00.000Z', node: process.version, arch: process.arch, heapLimitMb: 320 };
  const runUrl = (): string => pathToFileURL(join(folder, 'run.js')).href;
  const write = (name: string, value: unknown): void => writeFileSync(join(folder, name), typeof value === 'string' ? value : JSON.stringify(value));
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'silkmap-snapshot-stamp-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives the blob beside the built CLI and its heap limit when its stamp names this build and this Node', () => {
    write('built.json', { built: stamp.built });
    write('analyser.json', stamp);
    write('analyser.blob', 'blob');
    expect(usableSnapshot(runUrl())).toEqual({ blob: join(folder, 'analyser.blob'), heapLimitMb: 320 });
  });

  it('refuses a blob of another build, another Node or another architecture, a stamp without a heap limit, a missing blob, the CLI run from source, and SILKMAP_NO_SNAPSHOT', () => {
    write('built.json', { built: stamp.built });
    write('analyser.blob', 'blob');
    write('analyser.json', { ...stamp, built: '2026-12-07T05:00:00.000Z' });
    expect(usableSnapshot(runUrl())).toBeUndefined();
    write('analyser.json', { ...stamp, node: 'v0.0.1' });
    expect(usableSnapshot(runUrl())).toBeUndefined();
    write('analyser.json', { ...stamp, arch: 'not-an-arch' });
    expect(usableSnapshot(runUrl())).toBeUndefined();
    // A stamp of an older build, which did not say which heap limit its processes need.
    write('analyser.json', { built: stamp.built, node: stamp.node, arch: stamp.arch });
    expect(usableSnapshot(runUrl())).toBeUndefined();
    write('analyser.json', stamp);
    expect(usableSnapshot(pathToFileURL(join(folder, 'run.ts')).href)).toBeUndefined();
    process.env.SILKMAP_NO_SNAPSHOT = '1';
    try {
      expect(usableSnapshot(runUrl())).toBeUndefined();
    } finally {
      delete process.env.SILKMAP_NO_SNAPSHOT;
    }
    rmSync(join(folder, 'analyser.blob'));
    expect(usableSnapshot(runUrl())).toBeUndefined();
    write('analyser.blob', 'blob');
    write('analyser.json', '{ not json');
    expect(usableSnapshot(runUrl())).toBeUndefined();
  });
});

const TEXTS: Record<string, string> = {
  'a.txt': 'Talks\n\nPresident Xi Jinping visited Kazakhstan. China and Kazakhstan signed a transit deal.\n',
  'b.md': '# Gas\n\nRussia and Uzbekistan discussed gas prices with China, the Ministry of Energy said.\n',
  'c.html': '<html><body><h1>Water</h1><p>Afghanistan and Uzbekistan talked about the canal. Iran watched.</p></body></html>',
};

describe('the built CLI with the analyser snapshot', () => {
  let work: string;
  let built: boolean;
  beforeAll(async () => {
    // The CLI as `npm run extract` runs it: built (and rebuilt when a source is newer).
    const cli = await import(pathToFileURL(join(ROOT, 'scripts/build-cli.mjs')).href) as { cliBuildIsStale: () => boolean; buildCli: () => Promise<void> };
    if (cli.cliBuildIsStale()) await cli.buildCli();
    built = usableSnapshot(pathToFileURL(join(ROOT, 'dist-cli/run.js')).href) !== undefined;
    if (!built) console.warn('cli-snapshot.test: no analyser snapshot could be built with this Node: the snapshot runs are skipped');
    work = mkdtempSync(join(tmpdir(), 'silkmap-snapshot-'));
    mkdirSync(join(work, 'corpus'));
    for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(work, 'corpus', name), text);
  }, 240_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const extract = (main: string, out: string, env: Record<string, string> = {}, cache = false, args: string[] = []) => spawnSync(
    process.execPath, [main, '--in', 'corpus', '--out', out, ...(cache ? [] : ['--no-cache']), ...args],
    { cwd: work, encoding: 'utf8', timeout: 170_000, env: { ...process.env, FORCE_COLOR: '0', SILKMAP_STAGES: '1', ...env } },
  );
  const MAIN = join(ROOT, 'dist-cli/main.js');

  it('writes the same bytes as the CLI analysing in its own thread, and fills the cache', ({ skip }) => {
    if (!built) skip();
    const withSnapshot = extract(MAIN, 'with.json', {}, true);
    expect(withSnapshot.status).toBe(0);
    expect(withSnapshot.stderr).toContain('analyse documents (analyser snapshot: 1 children');
    const without = extract(MAIN, 'without.json', { SILKMAP_NO_SNAPSHOT: '1' });
    expect(without.status).toBe(0);
    expect(without.stderr).not.toContain('analyser snapshot');
    expect(readFileSync(join(work, 'with.json')).equals(readFileSync(join(work, 'without.json')))).toBe(true);
    expect(readdirSync(join(work, '.cache/extract')).filter((name) => name.endsWith('.json'))).toHaveLength(3);
  }, 240_000);

  it('starts the pool\'s workers from the snapshot: same bytes as one thread, and they fill the cache', ({ skip }) => {
    if (!built) skip();
    rmSync(join(work, '.cache'), { recursive: true, force: true });
    const pool = extract(MAIN, 'pool.json', {}, true, ['--jobs', '2']);
    expect(pool.status).toBe(0);
    expect(pool.stderr).toContain('map (worker pool: analyser snapshot: 2 children');
    const reference = extract(MAIN, 'pool-reference.json', { SILKMAP_NO_SNAPSHOT: '1' });
    expect(readFileSync(join(work, 'pool.json')).equals(readFileSync(join(work, 'pool-reference.json')))).toBe(true);
    expect(readdirSync(join(work, '.cache/extract')).filter((name) => name.endsWith('.json'))).toHaveLength(3);
  }, 240_000);

  it('analyses in its own thread or the pool\'s threads, with a note, when the blob is broken', ({ skip }) => {
    if (!built) skip();
    // A copy of the build inside the repository (its packages resolve from node_modules) with a damaged blob.
    // .cache exists only after an extraction with the cache on; a fresh clone has none yet.
    mkdirSync(join(ROOT, '.cache'), { recursive: true });
    const copy = mkdtempSync(join(ROOT, '.cache', 'snapshot-test-'));
    try {
      cpSync(join(ROOT, 'dist-cli'), copy, { recursive: true });
      writeFileSync(join(copy, 'analyser.blob'), 'not a snapshot');
      const broken = extract(join(copy, 'main.js'), 'broken.json');
      expect(broken.status).toBe(0);
      expect(broken.stderr).toContain('the analyser snapshot stopped early; analysing the rest here');
      // The pool's workers fall back to threads.
      const brokenPool = extract(join(copy, 'main.js'), 'broken-pool.json', {}, false, ['--jobs', '2']);
      expect(brokenPool.status).toBe(0);
      expect(brokenPool.stderr).toContain('a worker could not start from the analyser snapshot; using a worker thread');
      const reference = extract(MAIN, 'reference.json', { SILKMAP_NO_SNAPSHOT: '1' });
      expect(readFileSync(join(work, 'broken.json')).equals(readFileSync(join(work, 'reference.json')))).toBe(true);
      expect(readFileSync(join(work, 'broken-pool.json')).equals(readFileSync(join(work, 'reference.json')))).toBe(true);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 240_000);
});
