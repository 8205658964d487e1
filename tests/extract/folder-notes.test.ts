/**
 * A folder's own notes (README, LICENSE …) describe the collection, so the extractor leaves them out and says so,
 * without calling the run failed (exit 0, unlike a skipped unreadable file). Found on ../shared/real-corpus, whose
 * README was read as its 887th document and put its sentences about the corpus into the network. Expected lists
 * worked out by hand from the file names below.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isFolderNotes, readCorpus } from '../../src/extract/cli/read-corpus.ts';
import { corpusFolder, readGraphFile, spawnExtract } from '../helpers/extract-cli.ts';

const TEXT = 'Talks\n\nKazakhstan and China signed a loan agreement in Astana.\n';

describe("a folder's notes are no text of the corpus", () => {
  const work = corpusFolder('silkmap-folder-notes-', {
    'README.md': 'About this corpus\n\nTexts on China, Russia and Iran, gathered by hand.\n',
    'LICENSE.txt': 'Licensed under CC BY-SA by the United Nations.\n',
    'sub/readme.html': '<p>Notes on the United States folder.</p>',
    'readme-first-report.txt': TEXT,
    'report.txt': TEXT,
    'CHANGES.md': 'Version 2 adds texts on Japan.\n',
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('tells notes from texts by the whole name only', () => {
    expect(['README.md', 'readme', 'LICENCE.txt', 'License.html', 'COPYING', 'CHANGELOG.md', 'AUTHORS.txt'].filter(isFolderNotes)).toHaveLength(7);
    expect(['readme-first-report.txt', 'my-readme.md', 'license-agreement-kazakhstan.txt', 'report.txt'].filter(isFolderNotes)).toEqual([]);
  });

  it('reads the texts and lists the notes as ignored, not skipped', async () => {
    const corpus = await readCorpus(join(work, 'corpus'));
    expect(corpus.files.map((file) => file.path)).toEqual(['readme-first-report.txt', 'report.txt']);
    expect(corpus.ignored.map((file) => file.path)).toEqual(['CHANGES.md', 'LICENSE.txt', 'README.md', 'sub/readme.html']);
    expect(corpus.skipped).toEqual([]);
  });

  it('extracts without them, exits 0 and names what it left out', () => {
    const run = spawnExtract(['--in', 'corpus', '--out', 'graph.json', '--no-cache'], work);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("left out 4 as the folder's notes (README, LICENSE …), not a text of the corpus: CHANGES.md, LICENSE.txt, README.md, sub/readme.html");
    const graph = readGraphFile(join(work, 'graph.json'));
    expect(graph.documents.map((document) => document.path)).toEqual(['readme-first-report.txt', 'report.txt']);
    expect(graph.nodes.map((node) => node.label).sort()).toEqual(['China', 'Kazakhstan']);
  }, 60_000);
});
