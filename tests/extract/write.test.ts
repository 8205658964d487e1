import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGraph, serializeGraphFile } from '../../src/graph-format/index.ts';
import { writeFileAtomicallySync, writeJsonAtomicallySync } from '../../src/extract/cli/write.ts';
import { extractGraph } from '../../src/extract/index.ts';

const folder = mkdtempSync(join(tmpdir(), 'silkmap-write-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('atomic writers', () => {
  it('writes an encoded graph element by element with exactly the bytes of serializeGraphFile', () => {
    const text = 'Title\n\nPresident Xi Jinping met Kazakh officials in Astana. China’s “aid” reached Kazakhstan.\n';
    const { graph } = extractGraph([{ path: 'a.txt', bytes: new TextEncoder().encode(text) }]);
    const path = join(folder, 'graph.json');
    writeJsonAtomicallySync(path, encodeGraph(graph));
    expect(readFileSync(path, 'utf8')).toBe(serializeGraphFile(graph));
    expect(readdirSync(folder)).toEqual(['graph.json']);
  });

  it('replaces a file in one step and leaves no temporary file', () => {
    const path = join(folder, 'plain.txt');
    writeFileAtomicallySync(path, 'one');
    writeFileAtomicallySync(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(folder).sort()).toEqual(['graph.json', 'plain.txt']);
  });

  it('leaves the old file and no temporary file when the folder is gone', () => {
    expect(() => writeJsonAtomicallySync(join(folder, 'missing', 'g.json'), { a: [1] })).toThrow();
    expect(readdirSync(folder).sort()).toEqual(['graph.json', 'plain.txt']);
  });
});
