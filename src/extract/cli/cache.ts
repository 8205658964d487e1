/**
 * Per-document analysis cache on disk (.cache/extract/), keyed by sha256 of the bytes
 * and the extractor version: a re-run on an unchanged corpus skips all per-document work.
 * A corrupt or unreadable entry is treated as a miss.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentAnalysis, DocumentCache } from '../types.ts';
import { writeFileAtomicallySync } from './write.ts';

export class FileDocumentCache implements DocumentCache {
  constructor(private readonly folder: string, private readonly version: string) {}

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
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileAtomicallySync(this.fileFor(key), JSON.stringify(analysis));
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }

  private fileFor(key: string): string {
    return join(this.folder, `${key.replace(/[^a-zA-Z0-9._-]/g, '_')}.json`);
  }
}
