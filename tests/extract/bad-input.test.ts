/**
 * Issue 8: every kind of bad input the extractor CLI can meet, in one folder next to good
 * files. Each case must give a clear reason, lose nothing else, and show in the exit code.
 * Tests run as root, so permission bits cannot make a file unreadable: unreadable entries are
 * simulated with a FIFO, a folder named like a text file and a dangling symlink.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtractCli } from './run-cli.ts';
import { MAX_FILE_BYTES } from '../../src/extract/decode/index.ts';
import { CLI_MAIN as MAIN, readGraphFile as readGraph, TSX_LOADER } from '../helpers/extract-cli.ts';


const extract = runExtractCli;

/** Runs the CLI as its own Node process; `heapMegabytes` caps the JS heap to prove memory stays bounded. */
function extractProcess(args: string[], cwd: string, heapMegabytes?: number): { status: number | null; stdout: string; stderr: string } {
  const node = [...(heapMegabytes ? [`--max-old-space-size=${heapMegabytes}`] : []), '--import', TSX_LOADER, MAIN];
  const result = spawnSync(process.execPath, [...node, ...args, '--no-cache'], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const GOOD = 'Talks\n\nPresident Xi Jinping visited Kazakhstan. China and Kazakhstan signed a deal.\n';
const HOSTILE_HTML = `<!doctype html><html><head><title>Page</title>
<style>body { font-family: Kyrgyzstan; } .Russia { color: red }</style>
<script>var Turkmenistan = "Mongolia"; document.write("Tajikistan");</script></head>
<body><nav><a href="/">Home</a> <a href="/iran">Iran news</a></nav>
<header>Site of the Pakistan Herald</header>
<article><h1>Deal</h1><p>China and Uzbekistan agreed on a railway.</p>
<noscript>Afghanistan fallback</noscript></article>
<aside>Related: India and Nepal</aside><footer>© Japan Media</footer>
<script type="module">import("Vietnam")</script></body></html>`;

describe('extract CLI with a folder of bad input', { timeout: 30_000 }, () => {
  let work: string;
  const at = (path: string): string => join(work, path);
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'silkmap-bad-input-'));
    const corpus = join(work, 'mixed');
    mkdirSync(join(corpus, 'folder.txt'), { recursive: true });
    writeFileSync(join(corpus, 'good.txt'), GOOD);
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'blank.md'), '\n   \n\t\n');
    // The first bytes of a real PNG: signature, IHDR chunk, zero bytes.
    writeFileSync(join(corpus, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]));
    // "Café in Türkmenistan…" as Latin-1, with windows-1252 curly quotes.
    writeFileSync(join(corpus, 'latin1.txt'), Buffer.concat([Buffer.from('Note\n\nA caf', 'latin1'), Buffer.from([0xe9]), Buffer.from(' in Russia: ', 'latin1'), Buffer.from([0x93]), Buffer.from('Japan and Mongolia agreed', 'latin1'), Buffer.from([0x94, 0x2e, 0x0a])]));
    const utf16 = 'Wide\n\nIran and Turkey met in Ankara.\n';
    writeFileSync(join(corpus, 'utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
    writeFileSync(join(corpus, 'utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16, 'utf16le').swap16()]));
    writeFileSync(join(corpus, 'utf8bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Bom\n\nIndia and Pakistan talked.\n')]));
    writeFileSync(join(corpus, 'page.html'), HOSTILE_HTML);
    writeFileSync(join(corpus, 'no-actors.txt'), 'Weather\n\nit rained all day and the tea was cold. nothing else happened.\n');
    execFileSync('mkfifo', [join(corpus, 'fifo.txt')]);
    symlinkSync(join(work, 'gone.txt'), join(corpus, 'dangling.txt'));
    symlinkSync(corpus, join(corpus, 'folder.txt', 'loop'));
    symlinkSync('self.txt', join(corpus, 'self.txt'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('keeps every good file, lists each skipped one with its reason, and exits 2', async () => {
    const run = await extract(['--in', at('mixed'), '--out', at('out/graph.json')]);
    expect(run.status).toBe(2);
    const summary = run.stdout;
    for (const expected of [
      'empty.txt (empty)', 'blank.md (empty)', 'photo.txt (binary file)', 'dangling.txt (broken link (ENOENT))',
      'folder.txt/loop (symlink loop', 'self.txt (symlink loop)', 'fifo.txt (not a regular file)',
    ]) expect(summary).toContain(expected);
    expect(summary).toMatch(/skipped 7: /);
    expect(run.stderr).toContain('extract: note: latin1.txt: not valid UTF-8: decoded as windows-1252');

    const graph = readGraph(join(work, 'out/graph.json'));
    expect(graph.documents.map((d) => d.path)).toEqual(['good.txt', 'latin1.txt', 'no-actors.txt', 'page.html', 'utf16be.txt', 'utf16le.txt', 'utf8bom.txt']);
    const textOf = (path: string): string => {
      const id = graph.documents.find((d) => d.path === path)!.id;
      return graph.passages.filter((p) => p.documentId === id).map((p) => p.text).join('\n');
    };
    expect(textOf('latin1.txt')).toBe('A café in Russia: “Japan and Mongolia agreed”.');
    expect(textOf('utf16le.txt')).toBe('Iran and Turkey met in Ankara.');
    expect(textOf('utf16be.txt')).toBe('Iran and Turkey met in Ankara.');
    expect(textOf('utf8bom.txt')).toBe('India and Pakistan talked.');
    expect(graph.documents.find((d) => d.path === 'utf8bom.txt')!.title).toBe('Bom');
    // HTML: only the article reaches passages; nothing from scripts, styles or navigation.
    expect(textOf('page.html')).toBe('China and Uzbekistan agreed on a railway.');
    const allText = graph.passages.map((p) => `${p.postTitle}\n${p.text}`).join('\n');
    for (const leaked of ['Kyrgyzstan', 'Turkmenistan', 'Mongolia"', 'Tajikistan', 'Home', 'Iran news', 'Pakistan Herald', 'Afghanistan', 'Nepal', 'Japan Media', 'Vietnam', 'font-family', 'document.write']) {
      expect(allText).not.toContain(leaked);
    }
    const labels = graph.nodes.map((n) => n.label);
    expect(labels).toEqual(expect.arrayContaining(['China', 'Kazakhstan', 'Uzbekistan', 'Iran', 'Turkey', 'India', 'Pakistan', 'Japan', 'Mongolia', 'Russia']));
    for (const absent of ['Kyrgyzstan', 'Tajikistan', 'Afghanistan', 'Nepal', 'Vietnam']) expect(labels).not.toContain(absent);
    // The file without actors is a document with its passage, and no node points into it.
    const quiet = graph.documents.find((d) => d.path === 'no-actors.txt')!;
    const quietPassages = new Set(graph.passages.filter((p) => p.documentId === quiet.id).map((p) => p.id));
    expect(quietPassages.size).toBe(1);
    expect(graph.nodes.some((n) => n.mentions.some((m) => quietPassages.has(m.passageId)))).toBe(false);
  });

  it('does not hang on a FIFO or stumble on a folder named like a text file', async () => {
    // The run above finished: the FIFO was never opened for reading (that would block for ever).
    const run = await extract(['--in', at('mixed'), '--out', at('out/again.json')]);
    expect(run.status).toBe(2);
    expect(readGraph(join(work, 'out/again.json')).documents.map((d) => d.path)).not.toContain('fifo.txt');

    expect(readFileSync(join(work, 'out/again.json')).equals(readFileSync(join(work, 'out/graph.json')))).toBe(true);
  });

  it('exits 0 for a folder whose only file has no actors, with an empty but valid graph', async () => {
    mkdirSync(join(work, 'quiet'));
    writeFileSync(join(work, 'quiet', 'calm.txt'), 'nothing to see here. the river was quiet.\n');
    const run = await extract(['--in', at('quiet'), '--out', at('out/quiet.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^extract: 1 documents, 1 passages, actors: 0 state, 0 organisation, 0 firm, 0 person, 0 edges/);
    const graph = readGraph(join(work, 'out/quiet.json'));
    expect(graph.nodes).toEqual([]);
    expect(graph.edges).toEqual([]);
  });

  it('fails with one clear line, and leaves the previous graph alone, for a folder of only bad files', async () => {
    mkdirSync(join(work, 'only-bad'));
    writeFileSync(join(work, 'only-bad', 'a.txt'), '');
    writeFileSync(join(work, 'only-bad', 'b.txt'), Buffer.from([0x00, 0x01, 0x02]));
    writeFileSync(join(work, 'out', 'keep.json'), 'previous');
    const run = await extract(['--in', at('only-bad'), '--out', at('out/keep.json')]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`extract: no usable documents in "${at('only-bad')}"; skipped 2: a.txt (empty), b.txt (binary file)`);
    expect(readFileSync(join(work, 'out', 'keep.json'), 'utf8')).toBe('previous');
  });

  it('fails clearly for a path that does not exist, a file given as the folder, and an empty folder', async () => {
    const missing = await extract(['--in', at('no/such/folder'), '--out', at('out/x.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(`extract: input folder "${at('no/such/folder')}" does not exist`);
    const file = await extract(['--in', at('mixed/good.txt'), '--out', at('out/x.json')]);
    expect(file.status).toBe(1);
    expect(file.stderr.trim()).toBe(`extract: input "${at('mixed/good.txt')}" is not a folder`);
    mkdirSync(join(work, 'hollow'));
    const empty = await extract(['--in', at('hollow'), '--out', at('out/x.json')]);
    expect(empty.status).toBe(1);
    expect(empty.stderr.trim()).toMatch(/^extract: no readable \.txt\/.*files in ".*\/hollow"$/);
    expect(existsSync(join(work, 'out/x.json'))).toBe(false);
  });

  it('refuses a 50 MB file with the reason, keeps the rest, and stays within a 160 MB heap', () => {
    mkdirSync(join(work, 'huge'));
    writeFileSync(join(work, 'huge', 'small.txt'), GOOD);
    const paragraph = 'Officials from China and Kazakhstan met again in Astana to discuss trade and transit.\n\n';
    const size = 50_000_000;
    writeFileSync(join(work, 'huge', 'big.txt'), paragraph.repeat(Math.ceil(size / paragraph.length)));
    const run = extractProcess(['--in', 'huge', '--out', 'out/huge.json'], work, 160);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/skipped 1: big\.txt \(too large \(50\.0 MB; the limit is 20 MB\): split it into smaller files\)/);
    expect(readGraph(join(work, 'out/huge.json')).documents.map((d) => d.path)).toEqual(['small.txt']);
    expect(MAX_FILE_BYTES).toBe(20_000_000);
  }, 30_000);
});
