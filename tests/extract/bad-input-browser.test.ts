/**
 * Issue 8, the browser pipeline: the files a user drops on the page go through readFiles
 * (src/extract/browser/client.ts) and then extractGraph, which is all the worker runs.
 * The same bad input as the CLI tests gives the same reasons, and good files still go through.
 */
import { describe, expect, it } from 'vitest';
import { readFiles } from '../../src/extract/browser/client.ts';
import { extractGraph } from '../../src/extract/index.ts';
import { MAX_FILE_BYTES } from '../../src/extract/decode/index.ts';
import { validateGraph } from '../../src/graph-format/index.ts';

const utf16 = 'Wide\n\nIran and Turkey met in Ankara.\n';

/** A File whose contents cannot be read (a file removed or locked after it was picked). */
class UnreadableFile extends File {
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.reject(new DOMException('A requested file or directory could not be found', 'NotFoundError'));
  }
}

describe('browser pipeline with bad input', () => {
  it('keeps good files, and gives every skipped file its reason', async () => {
    const files = [
      new File(['Talks\n\nPresident Xi Jinping visited Kazakhstan. China and Kazakhstan signed a deal.\n'], 'good.txt'),
      new File([''], 'empty.txt'),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])], 'photo.txt'),
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png'),
      new File([new Uint8Array([...new TextEncoder().encode('Note\n\nA caf'), 0xe9, ...new TextEncoder().encode(' in Russia.\n')])], 'latin1.txt'),
      new File([new Uint8Array([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')], 'le.txt'),
      new File([new Uint8Array([0xfe, 0xff]), Buffer.from(utf16, 'utf16le').swap16()], 'be.txt'),
      new File([new Uint8Array([0xef, 0xbb, 0xbf]), 'Bom\n\nIndia and Pakistan talked.\n'], 'bom.md'),
      new File(['<nav>Nepal</nav><script>var Mongolia;</script><style>.Japan{}</style><p>China and Uzbekistan agreed.</p>'], 'page.html'),
      new File(['the tea was cold. nothing happened.\n'], 'quiet.txt'),
      new UnreadableFile(['x'], 'gone.txt'),
      new File([new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41)], 'huge.txt'),
    ];
    const { readable, unreadable } = await readFiles(files);
    expect(unreadable).toEqual([
      { path: 'photo.png', reason: 'not a .txt, .md or .html file' },
      { path: 'gone.txt', reason: 'could not be read: A requested file or directory could not be found' },
    ]);
    const result = extractGraph(readable.map((file) => ({ path: file.path, bytes: new Uint8Array(file.bytes) })));
    expect(result.skipped).toEqual([
      { path: 'empty.txt', reason: 'empty' },
      { path: 'huge.txt', reason: 'too large (20.0 MB; the limit is 20 MB): split it into smaller files' },
      { path: 'photo.txt', reason: 'binary file' },
    ]);
    expect(result.notes).toEqual(['latin1.txt: not valid UTF-8: decoded as windows-1252']);
    expect(validateGraph(result.graph).ok).toBe(true);
    expect(result.graph.documents.map((d) => d.path)).toEqual(['be.txt', 'bom.md', 'good.txt', 'latin1.txt', 'le.txt', 'page.html', 'quiet.txt']);
    const texts = result.graph.passages.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['A café in Russia.', 'Iran and Turkey met in Ankara.', 'India and Pakistan talked.', 'China and Uzbekistan agreed.']));
    expect(texts.filter((text) => text === 'Iran and Turkey met in Ankara.')).toHaveLength(2);
    for (const leaked of ['Nepal', 'Mongolia', 'Japan']) expect(texts.join(' ')).not.toContain(leaked);
  });
});
