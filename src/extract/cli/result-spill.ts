/**
 * The pool's results (each document's analysis as UTF-8 JSON), kept in a temporary file until
 * the pool has finished instead of in this process's memory: while the workers run, this
 * process's memory adds to theirs, and at the end of the real corpus's map step the results
 * were ~38 MB of it (2026-12-07). Read back by index once the workers have stopped. Where no
 * temporary file can be made, they stay in memory (the same bytes come back either way).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ResultSpill {
  put(index: number, json: Uint8Array): void;
  /** Result `index`'s bytes, once: what it held is let go. */
  take(index: number): Uint8Array;
  /** Removes the temporary file; safe to call more than once. */
  close(): void;
}

export function resultSpill(folderBase: string = tmpdir()): ResultSpill {
  let folder: string;
  let fd: number;
  try {
    folder = mkdtempSync(join(folderBase, 'silkmap-extract-'));
    fd = openSync(join(folder, 'results'), 'w+');
  } catch {
    return inMemory();
  }
  const places: { at: number; length: number }[] = [];
  let end = 0;
  let open = true;
  return {
    put(index, json) {
      for (let written = 0; written < json.length;) written += writeSync(fd, json, written, json.length - written, end + written);
      places[index] = { at: end, length: json.length };
      end += json.length;
    },
    take(index) {
      const place = places[index];
      if (!place) throw new Error(`no result ${index} was kept`);
      delete places[index];
      const bytes = new Uint8Array(place.length);
      for (let read = 0; read < place.length;) {
        const got = readSync(fd, bytes, read, place.length - read, place.at + read);
        if (got === 0) throw new Error(`result ${index} was cut short in its temporary file`);
        read += got;
      }
      return bytes;
    },
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function inMemory(): ResultSpill {
  const kept: Uint8Array[] = [];
  return {
    put(index, json) {
      kept[index] = json;
    },
    take(index) {
      const json = kept[index];
      if (!json) throw new Error(`no result ${index} was kept`);
      delete kept[index];
      return json;
    },
    close() {
      kept.length = 0;
    },
  };
}
