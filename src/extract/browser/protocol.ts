/** Messages between the page and the extraction worker. Plain data, structured-clone safe. */
import type { Overrides } from '../../graph-format/index.ts';
import type { ExtractResult } from '../types.ts';

export interface WorkerFile {
  path: string;
  bytes: ArrayBuffer;
}

export type ToWorker = { type: 'extract'; files: WorkerFile[]; overrides?: Overrides };

/** Replies; a failure is the `failed` reply of src/workers/messages.ts. */
export type FromWorker =
  | { type: 'progress'; done: number; total: number; path: string }
  | { type: 'done'; result: ExtractResult };
