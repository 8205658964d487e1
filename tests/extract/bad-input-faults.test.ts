/**
 * Issue 8, faults: a run killed while it writes data/graph.json leaves the previous graph
 * intact, and the output bytes do not depend on the order of files on disk.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
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
    let killedMidWrite = 0;
    const leftovers: string[] = [];
    for (let attempt = 0; attempt < 5 && killedMidWrite === 0; attempt++) {
      const child = spawn(process.execPath, [...NODE_ARGS, '--in', 'big', '--out', 'out/graph.json', '--no-cache'], { cwd: work, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
      // Kill as soon as the temporary file appears: the writer is then between open and rename.
      let temporary: string | null = null;
      const watcher = watch(out, (_event, name) => {
        if (temporary === null && name && name.endsWith('.tmp')) {
          temporary = name;
          child.kill('SIGKILL');
        }
      });
      const signal = await exited;
      watcher.close();
      if (signal === 'SIGKILL' && temporary !== null) {
        // The temporary file is still there (the rename never happened) and holds a partial graph.
        const leftover = readdirSync(out).find((name) => name === temporary);
        if (leftover) {
          killedMidWrite++;
          const partial = readFileSync(join(out, leftover), 'utf8');
          expect(parseGraphJson(partial).ok).toBe(false);
          leftovers.push(leftover);
        }
      }
      // Whatever happened, the target is the previous graph or a complete new one.
      const now = readFileSync(target);
      expect(now.equals(previous) || parseGraphJson(now.toString('utf8')).ok).toBe(true);
      if (killedMidWrite > 0) expect(now.equals(previous)).toBe(true);
    }
    expect(killedMidWrite).toBeGreaterThan(0);
    // An uninterrupted run then replaces it with a valid graph (over half a megabyte in the compact file).
    const run = spawnSync(process.execPath, [...NODE_ARGS, '--in', 'big', '--out', 'out/graph.json', '--no-cache'], { cwd: work, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(statSync(target).size).toBeGreaterThan(500_000);
    expect(parseGraphJson(readFileSync(target, 'utf8')).ok).toBe(true);
    // ...and clears the temporary files the killed runs left behind.
    expect(leftovers.length).toBeGreaterThan(0);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('writes the same bytes whatever order the files were created in on disk', () => {
    const source = join(work, 'big');
    const names = readdirSync(source);
    const forward = join(work, 'forward');
    const backward = join(work, 'backward', 'nested');
    mkdirSync(forward);
    mkdirSync(backward, { recursive: true });
    for (const name of names) cpSync(join(source, name), join(forward, name));
    for (const name of [...names].reverse()) cpSync(join(source, name), join(backward, name));
    const run = (folder: string, out: string) => spawnSync(process.execPath, [...NODE_ARGS, '--in', folder, '--out', out, '--no-cache'], { cwd: work, encoding: 'utf8', timeout: 60_000 });
    expect(run('forward', 'out/forward.json').status).toBe(0);
    expect(run('backward/nested', 'out/backward.json').status).toBe(0);
    expect(readFileSync(join(work, 'out/backward.json')).equals(readFileSync(join(work, 'out/forward.json')))).toBe(true);
  }, 60_000);
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
