/**
 * Issue 8, faults: a run killed while it writes data/graph.json leaves the previous graph
 * intact (the order of files on disk: listing-order.test.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraphJson } from '../../src/graph-format/index.ts';
import { removeStaleTemporaries } from '../../src/extract/cli/write.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'src/extract/cli/main.ts');
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const NODE_ARGS = ['--import', TSX_LOADER, MAIN];

const COUNTRIES = ['China', 'Kazakhstan', 'Russia', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Mongolia', 'Iran', 'Turkey', 'India', 'Pakistan', 'Japan', 'Afghanistan', 'Azerbaijan', 'Georgia', 'Armenia', 'Belarus', 'Ukraine', 'Germany'];

/** A corpus whose graph is several megabytes, so that writing it takes long enough to be interrupted. */
function writeBigCorpus(folder: string): void {
  mkdirSync(folder, { recursive: true });
  for (let file = 0; file < 6; file++) {
    const paragraphs: string[] = [`Report ${file}`];
    for (let p = 0; p < 500; p++) {
      const a = COUNTRIES[(file * 7 + p) % COUNTRIES.length]!;
      const b = COUNTRIES[(file * 3 + p * 5 + 1) % COUNTRIES.length]!;
      const c = COUNTRIES[(p * 11 + 2) % COUNTRIES.length]!;
      paragraphs.push(`${a} and ${b} signed agreement number ${file}-${p} on transit. ${c} welcomed it, and ${a} thanked ${c}.`);
    }
    writeFileSync(join(folder, `report-${file}.txt`), paragraphs.join('\n\n'));
  }
}

describe('extract CLI faults', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'silkmap-faults-'));
    writeBigCorpus(join(work, 'big'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('leaves the previous graph intact when killed in the middle of writing the new one', async () => {
    const out = join(work, 'out');
    mkdirSync(out);
    const target = join(out, 'graph.json');
    writeFileSync(target, '{"previous":true}\n');
    const previous = readFileSync(target);
    const partials: Buffer[] = [];
    const leftovers: string[] = [];
    for (let attempt = 0; attempt < 8 && partials.length === 0; attempt++) {
      // An earlier attempt may have finished before its kill and replaced the graph: what a
      // killed run must leave is whatever was there when it started.
      const before = readFileSync(target);
      const child = spawn(process.execPath, [...NODE_ARGS, '--in', 'big', '--out', 'out/graph.json', '--no-cache'], { cwd: work, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
      // Kill once the temporary file holds some bytes: the writer is then between its first
      // write and the rename (the graph is written in 1 MB chunks and is several MB long).
      let temporary: string | null = null;
      const watcher = watch(out, (_event, name) => {
        if (!name || !name.endsWith('.tmp') || child.exitCode !== null || child.signalCode !== null) return;
        let size = 0;
        try {
          size = statSync(join(out, name)).size;
        } catch {
          return;
        }
        if (size > 0) {
          temporary = name;
          child.kill('SIGKILL');
        }
      });
      const signal = await exited;
      watcher.close();
      const leftover = temporary !== null && signal === 'SIGKILL' ? readdirSync(out).find((name) => name === temporary) : undefined;
      if (leftover) {
        partials.push(readFileSync(join(out, leftover)));
        leftovers.push(leftover);
      }
      // Whatever happened, the target is the previous graph or a complete new one.
      const now = readFileSync(target);
      expect(now.equals(before) || parseGraphJson(now.toString('utf8')).ok).toBe(true);
      if (leftover) expect(now.equals(before)).toBe(true);
    }
    // An uninterrupted run then replaces it with a valid graph (over half a megabyte in the compact file)...
    const run = spawnSync(process.execPath, [...NODE_ARGS, '--in', 'big', '--out', 'out/graph.json', '--no-cache'], { cwd: work, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const complete = readFileSync(target);
    expect(complete.length).toBeGreaterThan(500_000);
    expect(parseGraphJson(complete.toString('utf8')).ok).toBe(true);
    // ...and the killed run really was stopped between its first write and the rename: its
    // temporary file holds a non-empty beginning of that same graph (the output is deterministic),
    // at most all of it, while the target still held the previous graph.
    expect(partials.length).toBeGreaterThan(0);
    const partial = partials[0]!;
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThanOrEqual(complete.length);
    expect(partial.equals(complete.subarray(0, partial.length))).toBe(true);
    // The uninterrupted run cleared the temporary files the killed runs left behind.
    expect(leftovers.length).toBeGreaterThan(0);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
  // The order of files on disk: listing-order.test.ts (Node sorts real listings, so it feeds the CLI listings in other orders).
});

describe('stale temporary files', () => {
  it('removes temporaries of writers that are gone, keeps those of live ones and other files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'silkmap-stale-'));
    try {
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      const deadPid = Number(dead.stdout);
      const files = [`.graph.json.${deadPid}.1700000000000.tmp`, `.graph.json.${process.ppid}.1700000000001.tmp`, 'graph.json', 'notes.tmp'];
      for (const name of files) writeFileSync(join(folder, name), 'x');
      expect(removeStaleTemporaries(folder)).toEqual([files[0]]);
      expect(readdirSync(folder).sort()).toEqual(files.slice(1).sort());
      expect(removeStaleTemporaries(join(folder, 'missing'))).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
