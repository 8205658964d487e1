/**
 * The page's side of in-browser extraction: reads the user's files, hands them to a fresh
 * pool of workers (pool.ts), reports progress, and cancels by terminating the workers
 * (nothing half-done leaks).
 */
import type { Overrides } from '../../graph-format/index.ts';
import { webWorkerPort } from '../../workers/web.ts';
import type { ExtractResult, SkippedFile } from '../types.ts';
import { extractInPool } from './pool.ts';
import type { ExtractPort, WorkerFile } from './protocol.ts';

export interface BrowserExtractOptions {
  onProgress?: (done: number, total: number, path: string) => void;
  signal?: AbortSignal;
  overrides?: Overrides;
  /** Makes the worker (tests give a fake). */
  startWorker?: () => ExtractPort;
}

function startExtractWorker(): ExtractPort {
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'silkmap-extract' });
  return webWorkerPort(worker, 'the extraction worker failed');
}

const READABLE = /\.(txt|md|markdown|html?)$/i;

/** Reads each file; files that cannot be read, or are not of a readable kind, are listed with the reason. */
export async function readFiles(files: readonly File[]): Promise<{ readable: WorkerFile[]; unreadable: SkippedFile[] }> {
  const readable: WorkerFile[] = [];
  const unreadable: SkippedFile[] = [];
  for (const file of files) {
    const path = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    if (!READABLE.test(file.name)) {
      unreadable.push({ path, reason: 'not a .txt, .md or .html file' });
      continue;
    }
    try {
      readable.push({ path, bytes: await file.arrayBuffer() });
    } catch (error) {
      unreadable.push({ path, reason: `could not be read: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { readable, unreadable };
}

export async function extractInBrowser(files: readonly File[], options: BrowserExtractOptions = {}): Promise<ExtractResult> {
  const { readable, unreadable } = await readFiles(files);
  if (readable.length === 0) {
    const reasons = unreadable.map((file) => `${file.path}: ${file.reason}`).join('; ');
    throw new Error(`No readable files${reasons ? ` (${reasons})` : ''}`);
  }
  const result = await extractInPool(readable, {
    createWorker: options.startWorker ?? startExtractWorker,
    cores: globalThis.navigator?.hardwareConcurrency || 1,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
  });
  return { ...result, skipped: [...unreadable, ...result.skipped].sort((a, b) => (a.path < b.path ? -1 : 1)) };
}
