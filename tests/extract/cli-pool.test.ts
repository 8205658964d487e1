/**
 * The CLI's worker pool: the graph file is the same byte for byte whatever the number of
 * workers and whatever order the files were created (and so listed) in, and the workers fill
 * the shared content-addressed cache that a later run reads instead of analysing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraphJson } from '../../src/graph-format/index.ts';
import { workerCount } from '../../src/extract/cli/run.ts';
import { workerHeapLimitMb } from '../../src/extract/cli/pool.ts';
import { runExtractCli } from './run-cli.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Eight short texts in a nested folder; each names a few states and one person, so the files link up. */
const TEXTS: Record<string, string> = {
  'a.txt': 'Talks\n\nPresident Xi Jinping visited Kazakhstan. China and Kazakhstan signed a transit deal.\n',
  'b.md': '# Gas\n\nRussia and Uzbekistan discussed gas prices with China.\n',
  'c.txt': 'Border\n\nKyrgyzstan and Tajikistan agreed to reopen the border, Russia said.\n',
  'nested/d.txt': 'Rail\n\nChina, Kyrgyzstan and Uzbekistan launched the railway project.\n',
  'nested/e.html': '<html><body><h1>Water</h1><p>Afghanistan and Uzbekistan talked about the canal. Iran watched.</p></body></html>',
  'nested/f.txt': 'Summit\n\nXi Jinping met Turkmenistan officials. China bought more gas from Turkmenistan.\n',
  'g.txt': 'Power\n\nKazakhstan sold electricity to Kyrgyzstan and Uzbekistan.\n',
  'h.md': '# Trade\n\nMongolia and China expanded trade, and Russia joined the talks.\n',
};

function writeCorpus(folder: string, order: string[]): void {
  for (const name of order) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), TEXTS[name]!);
  }
}

describe('extraction worker pool', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'silkmap-pool-'));
    const names = Object.keys(TEXTS);
    writeCorpus(join(work, 'forward'), names);
    writeCorpus(join(work, 'backward'), [...names].reverse());
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes the same bytes with one thread, two or three workers, whatever order the files were created in', async () => {
    const outputs: Buffer[] = [];
    for (const [corpus, jobs] of [['forward', '1'], ['forward', '2'], ['backward', '3']] as const) {
      const out = join(work, `out-${corpus}-${jobs}.json`);
      const run = await runExtractCli(['--in', join(work, corpus), '--out', out, '--jobs', jobs]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      outputs.push(readFileSync(out));
    }
    expect(outputs[1]!.equals(outputs[0]!)).toBe(true);
    expect(outputs[2]!.equals(outputs[0]!)).toBe(true);
    const parsed = parseGraphJson(outputs[0]!.toString('utf8'));
    expect(parsed.ok && parsed.graph.documents.map((document) => document.path)).toEqual(Object.keys(TEXTS).sort());
  }, 180_000);

  it('fills the shared cache from the workers; a second run reads it and writes the same bytes', () => {
    const extract = (out: string) => spawnSync(process.execPath, ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, join(ROOT, 'src/extract/cli/main.ts'), '--in', 'forward', '--out', out, '--jobs', '2'], { cwd: work, encoding: 'utf8', timeout: 170_000 });
    const cold = extract('cold.json');
    expect(cold.stderr).toBe('');
    expect(readdirSync(join(work, '.cache/extract')).filter((name) => name.endsWith('.json'))).toHaveLength(Object.keys(TEXTS).length);
    const warm = extract('warm.json');
    expect(warm.status).toBe(0);
    expect(readFileSync(join(work, 'warm.json')).equals(readFileSync(join(work, 'cold.json')))).toBe(true);
  }, 360_000);

  it('uses the workers asked for (never more than the documents), by default fewer for little text', () => {
    expect(workerCount(2, [10, 10, 10])).toBe(2);
    expect(workerCount(8, [10, 10, 10])).toBe(3);
    expect(workerCount(undefined, [])).toBe(0);
    // 8 KB to read: not worth a worker's start, read in this thread.
    expect(workerCount(undefined, [4096, 4096], 2)).toBe(1);
    const kb = 1024;
    // One long and one short text (the sample): the second worker would get 52 KB, too little.
    expect(workerCount(undefined, [164 * kb, 52 * kb], 2)).toBe(1);
    // Dealt largest first: 200 | 150 + 100 KB, both at least 128 KB.
    expect(workerCount(undefined, [100 * kb, 200 * kb, 150 * kb], 2)).toBe(2);
    // Three cores, 450 KB: 200 | 150 | 100 KB leaves the third short, so two workers: 200 + 100 | 150.
    expect(workerCount(undefined, [100 * kb, 200 * kb, 150 * kb], 3)).toBe(2);
    // Many short files: one worker per core.
    expect(workerCount(undefined, new Array<number>(900).fill(11 * kb), 2)).toBe(2);
    expect(workerCount(undefined, new Array<number>(900).fill(11 * kb), 4)).toBe(4);
  });

  it('starts each worker with a heap limit of 256 MB, raised by 1 MB per KB of the largest document beyond 128 KB', () => {
    expect(workerHeapLimitMb(0)).toBe(256);
    // The real corpus's largest file, 134,606 bytes: 128 + 132 = 260 MB.
    expect(workerHeapLimitMb(134_606)).toBe(260);
    expect(workerHeapLimitMb(128 * 1024)).toBe(256);
    expect(workerHeapLimitMb(1024 * 1024)).toBe(1152);
  });
});
