import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraphJson } from '../../src/graph-format/index.ts';
import { CLI_MAIN as MAIN, corpusFolder, spawnExtract as extract, TSX_LOADER } from '../helpers/extract-cli.ts';

describe('extract CLI', () => {
  let work: string;
  beforeAll(() => {
    work = corpusFolder('silkmap-extract-', {
      'one.txt': 'A Title\n\nPresident Xi Jinping visited Kazakhstan. Beijing said China and Kazakhstan agreed.\n',
      'nested/two.md': 'Other Title\n\nThe Kyrgyz government asked Russia and China for help.\n',
      'photo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
      'ignored.pdf': 'not read',
    });
    const corpus = join(work, 'corpus');
    symlinkSync(corpus, join(corpus, 'nested', 'loop'));
    // windows-1252 (“Astana” in curly quotes) and UTF-16 LE with a BOM
    mkdirSync(join(work, 'encodings'));
    writeFileSync(join(work, 'encodings', 'latin.txt'), Buffer.from([...Buffer.from('T\n\nKazakhstan said '), 0x93, ...Buffer.from('no'), 0x94, ...Buffer.from(' to Russia.\n')]));
    writeFileSync(join(work, 'encodings', 'wide.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('T\n\nChina and Japan agreed.\n', 'utf16le')]));
    mkdirSync(join(work, 'empty'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes a valid graph, lists skipped files, and exits 2 when some were skipped', () => {
    const run = extract(['--in', 'corpus', '--out', 'out/graph.json'], work);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^extract: 2 documents, 2 passages, actors: \d+ state, \d+ organisation, \d+ firm, \d+ person, \d+ edges, [\d.]+ s → out\/graph.json; skipped 2: /);
    expect(run.stdout).toContain('photo.txt (binary file)');
    expect(run.stdout).toContain('nested/loop (symlink loop');
    const parsed = parseGraphJson(readFileSync(join(work, 'out/graph.json'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.graph.documents.map((d) => d.path)).toEqual(['nested/two.md', 'one.txt']);
      expect(parsed.graph.nodes.map((n) => n.label)).toEqual(expect.arrayContaining(['China', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Xi Jinping']));
    }
    expect(readdirSync(join(work, 'out'))).toEqual(['graph.json']);
    expect(existsSync(join(work, '.cache/extract'))).toBe(true);
  });

  it('gives byte-identical output on re-runs, from the cache and without it', () => {
    const first = readFileSync(join(work, 'out/graph.json'));
    expect(extract(['--in', 'corpus', '--out', 'out/graph.json'], work).status).toBe(2);
    expect(readFileSync(join(work, 'out/graph.json')).equals(first)).toBe(true);
    expect(extract(['--in', 'corpus', '--out', 'out/nocache.json', '--no-cache'], work).status).toBe(2);
    expect(readFileSync(join(work, 'out/nocache.json')).equals(first)).toBe(true);
  });

  it('fails with one clear line and writes nothing for a missing or empty folder', () => {
    const missing = extract(['--in', 'nope', '--out', 'x.json'], work);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe('extract: input folder "nope" does not exist');
    const empty = extract(['--in', 'empty', '--out', 'x.json'], work);
    expect(empty.status).toBe(1);
    expect(empty.stderr.trim()).toMatch(/^extract: no readable .* files in "empty"$/);
    expect(existsSync(join(work, 'x.json'))).toBe(false);
  });

  it('refuses a malformed overrides file without touching the previous graph', () => {
    writeFileSync(join(work, 'bad.json'), '{ not json');
    const before = readFileSync(join(work, 'out/graph.json'));
    const run = extract(['--in', 'corpus', '--out', 'out/graph.json', '--overrides', 'bad.json'], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^extract: overrides file "bad.json" is not valid JSON/);
    expect(readFileSync(join(work, 'out/graph.json')).equals(before)).toBe(true);
  });

  it('reports a file it cannot read (a broken link) and still writes the graph', () => {
    const dead = join(work, 'corpus', 'dead.txt');
    symlinkSync(join(work, 'does-not-exist.txt'), dead);
    const run = extract(['--in', 'corpus', '--out', 'out/dead.json'], work);
    rmSync(dead);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('dead.txt (broken link (ENOENT))');
    expect(parseGraphJson(readFileSync(join(work, 'out/dead.json'), 'utf8')).ok).toBe(true);
  });

  it('decodes windows-1252 (and says so) and UTF-16 with a BOM', () => {
    const run = extract(['--in', 'encodings', '--out', 'out/encodings.json'], work);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('extract: note: latin.txt: not valid UTF-8: decoded as windows-1252');
    const parsed = parseGraphJson(readFileSync(join(work, 'out/encodings.json'), 'utf8'));
    expect(parsed.ok && parsed.graph.passages.map((p) => p.text)).toEqual(['Kazakhstan said “no” to Russia.', 'China and Japan agreed.']);
  });

  it('leaves the previous graph intact when killed at any moment', async () => {
    const target = join(work, 'out/kill.json');
    expect(extract(['--in', 'corpus', '--out', 'out/kill.json'], work).status).toBe(2);
    const previous = readFileSync(target);
    let killed = 0;
    for (const delay of [50, 300, 600, 900, 1200]) {
      // One process (no tsx wrapper), so the kill reaches the writer itself.
      const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN, '--in', 'corpus', '--out', 'out/kill.json', '--no-cache'], { cwd: work, stdio: 'ignore' });
      const exited = new Promise<void>((done) => child.on('exit', (_code, signal) => {
        if (signal === 'SIGKILL') killed++;
        done();
      }));
      await new Promise((done) => setTimeout(done, delay));
      child.kill('SIGKILL');
      await exited;
      const now = readFileSync(target);
      // Either untouched or a complete, valid new graph: never a partial file.
      expect(now.equals(previous) || parseGraphJson(now.toString('utf8')).ok).toBe(true);
    }
    expect(killed).toBeGreaterThan(0);
  }, 30_000);

  it('explains every option and the exit codes in --help', () => {
    const help = extract(['--help'], work);
    expect(help.status).toBe(0);
    for (const text of ['--in <folder>', '--out <file>', '--overrides <file>', '--no-cache', 'Exit codes:', '2  graph written, but some files were skipped']) {
      expect(help.stdout).toContain(text);
    }
  });
});
