/**
 * The same files give the same graph.json bytes whatever order the file system lists them in.
 * Node sorts real folder listings (libuv's scandir), so two folders made in different orders
 * list the same and could not tell a missing sort from a present one; instead the CLI is run
 * in-process with readdir answering in reversed and rotated orders, checked to differ.
 */
import { readFileSync, rmSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { corpusFolder } from '../helpers/extract-cli.ts';

const listing = vi.hoisted(() => ({ order: 'as-is' as 'as-is' | 'reversed' | 'rotated', seen: [] as string[][] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const readdir = async (...args: Parameters<typeof actual.readdir>) => {
    const entries = (await (actual.readdir as (...a: unknown[]) => Promise<unknown[]>)(...args)) as { name: string }[];
    const ordered = listing.order === 'reversed' ? [...entries].reverse() : listing.order === 'rotated' ? [...entries.slice(1), ...entries.slice(0, 1)] : entries;
    listing.seen.push(ordered.map((entry) => entry.name));
    return ordered;
  };
  return { ...actual, default: { ...actual, readdir }, readdir };
});

const { main, EXIT_OK } = await import('../../src/extract/cli/main.ts');

describe('extract CLI and the order of the folder listing', () => {
  let work: string;
  beforeAll(() => {
    work = corpusFolder('silkmap-listing-', {
      'a.txt': 'China and Kazakhstan signed a deal. Russia welcomed it.',
      'b.md': '# Notes\n\nPresident Xi Jinping met Uzbek officials.\n\nXi praised Kazakhstan.',
      'c.html': '<html><body><p>Gazprom and Russia agreed with Mongolia.</p></body></html>',
      'more/d.txt': 'Mongolia and China talked. Turkey listened to Russia.',
    });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes the same bytes when the files are listed as-is, reversed or rotated', async () => {
    const outputs: Buffer[] = [];
    const listings: string[] = [];
    const cwd = process.cwd();
    process.chdir(work);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const writeErr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      for (const order of ['as-is', 'reversed', 'rotated'] as const) {
        listing.order = order;
        listing.seen = [];
        expect(await main(['--in', 'corpus', '--out', `${order}.json`, '--no-cache'])).toBe(EXIT_OK);
        outputs.push(readFileSync(join(work, `${order}.json`)));
        listings.push(listing.seen.map((names) => names.join(',')).join(' / '));
      }
    } finally {
      write.mockRestore();
      writeErr.mockRestore();
      process.chdir(cwd);
    }
    // The CLI really was given three different listings of the top folder...
    expect(new Set(listings).size).toBe(3);
    expect(listings[0]).toMatch(/^a\.txt,b\.md,c\.html,more/);
    // ...and wrote one graph, with every file in it.
    const [first, ...others] = outputs;
    for (const other of others) expect(other.equals(first!)).toBe(true);
    const graph = JSON.parse(first!.toString('utf8')) as { documents: { path: string }[] };
    expect(graph.documents.map((document) => document.path)).toEqual(['a.txt', 'b.md', 'c.html', 'more/d.txt']);
  }, 60_000);
});
