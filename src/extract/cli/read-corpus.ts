/**
 * Collects the corpus files under a folder: .txt, .md, .html and .htm, recursively,
 * sorted by relative path. Unreadable files, broken links and symlink loops are
 * reported as skipped, never fatal. A folder's own notes (README, LICENSE, CHANGELOG …)
 * describe the collection rather than belong to it: read as a text, a corpus README put
 * its sentences about the corpus ("texts on China, Russia, Iran …") and a licence name
 * into the network. They are left out and listed as `ignored`, which is not an error.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileSizeProblem } from '../decode/decode.ts';
import type { SkippedFile, SourceFile } from '../types.ts';

export const CORPUS_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export interface Corpus {
  files: SourceFile[];
  skipped: SkippedFile[];
  /** Files left out on purpose (a folder's notes), with why; unlike `skipped`, nothing went wrong. */
  ignored: SkippedFile[];
}

/** The names a folder's notes go by, whatever their text extension ("README.md", "LICENSE.txt", "readme.html"). */
const FOLDER_NOTES = /^(?:readme|licen[cs]e|copying|changelog|changes|contributing|authors)(?:\.[a-z]+)?$/i;
export const FOLDER_NOTES_REASON = "the folder's notes (README, LICENSE …), not a text of the corpus";

export const isFolderNotes = (name: string): boolean => FOLDER_NOTES.test(name);

export async function readCorpus(root: string): Promise<Corpus> {
  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  const ignored: SkippedFile[] = [];
  const visitedFolders = new Set<string>();
  const toRelative = (path: string): string => relative(root, path).split(sep).join('/');

  async function walk(folder: string): Promise<void> {
    const real = await realpath(folder);
    if (visitedFolders.has(real)) {
      skipped.push({ path: toRelative(folder) || '.', reason: 'symlink loop (folder already visited)' });
      return;
    }
    visitedFolders.add(real);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: toRelative(folder) || '.', reason: `unreadable folder (${codeOf(error)})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          const code = codeOf(error);
          skipped.push({ path: toRelative(path), reason: code === 'ELOOP' ? 'symlink loop' : `broken link (${code})` });
          continue;
        }
      }
      if (isFolder) await walk(path);
      else if (CORPUS_EXTENSIONS.some((extension) => entry.name.toLowerCase().endsWith(extension))) {
        if (isFolderNotes(entry.name)) {
          ignored.push({ path: toRelative(path), reason: FOLDER_NOTES_REASON });
          continue;
        }
        // A FIFO, socket or device named like a text file is never opened: reading it could block.
        if (!isFile) {
          skipped.push({ path: toRelative(path), reason: 'not a regular file' });
          continue;
        }
        try {
          // Refused by size before reading, so a huge file never enters memory.
          const sizeProblem = fileSizeProblem((await stat(path)).size);
          if (sizeProblem) skipped.push({ path: toRelative(path), reason: sizeProblem });
          else files.push({ path: toRelative(path), bytes: new Uint8Array(await readFile(path)) });
        } catch (error) {
          skipped.push({ path: toRelative(path), reason: `unreadable (${codeOf(error)})` });
        }
      }
    }
  }

  await walk(root);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped, ignored };
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
