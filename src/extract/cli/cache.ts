/**
 * Per-document analysis cache on disk (.cache/extract/), keyed by sha256 of the bytes
 * and the extractor version: a re-run on an unchanged corpus skips all per-document work.
 * A corrupt or unreadable entry is treated as a miss.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { DocumentAnalysis, DocumentCache } from '../types.ts';
import { removeStaleTemporaries, writeFileAtomicallySync } from './write.ts';

export class FileDocumentCache implements DocumentCache {
  /** `owner`: the run's main thread, which clears what killed runs left; worker threads only add entries. */
  constructor(private readonly folder: string, private readonly version: string, owner = true) {
    // Entries half-written by a killed run are only temporaries: clear them once per run.
    if (owner) removeStaleTemporaries(folder);
  }

  keyOf(bytes: Uint8Array): string {
    return `${createHash('sha256').update(bytes).digest('hex')}-${this.version}`;
  }

  get(key: string): DocumentAnalysis | undefined {
    try {
      const value = JSON.parse(readFileSync(this.fileFor(key), 'utf8')) as DocumentAnalysis;
      return value.status === 'ok' || value.status === 'skipped' ? value : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, analysis: DocumentAnalysis): void {
    this.setJson(key, JSON.stringify(analysis));
  }

  /** set() for an analysis already turned into JSON (a pool worker makes that text anyway). */
  setJson(key: string, json: string): void {
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileAtomicallySync(this.fileFor(key), json);
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }

  private fileFor(key: string): string {
    return join(this.folder, `${key.replace(/[^a-zA-Z0-9._-]/g, '_')}.json`);
  }
}

/**
 * Where src/extract is, seen from the running module: the built CLI (dist-cli/) is told by
 * the build (scripts/build-cli.mjs); run from source (tsx), it is this file's parent folder.
 */
declare const __SILKMAP_EXTRACT_SOURCE__: string | undefined;
export function extractSourceFolder(): string {
  return resolve(import.meta.dirname, typeof __SILKMAP_EXTRACT_SOURCE__ === 'string' ? __SILKMAP_EXTRACT_SOURCE__ : '..');
}

/**
 * Fingerprint of the extractor's own source and data (src/extract minus the CLI and
 * evaluation code). Part of the cache key, so that editing a rule or a lexicon entry
 * invalidates cached analyses even when EXTRACTOR_VERSION was not bumped.
 */
export function extractorFingerprint(extractFolder: string): string {
  const hash = createHash('sha256');
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      const name = relative(extractFolder, path);
      if (entry.isDirectory()) {
        if (name !== 'cli' && name !== 'eval') walk(path);
      } else if (/\.(ts|json)$/.test(entry.name)) {
        hash.update(name).update('\0').update(readFileSync(path)).update('\0');
      }
    }
  };
  walk(extractFolder);
  return hash.digest('hex').slice(0, 16);
}
