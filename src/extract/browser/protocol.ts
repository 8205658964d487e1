/** Messages between the page and the extraction workers. Plain data, structured-clone safe. */
import type { Overrides } from '../../graph-format/index.ts';
import type { DocumentAnalysis, ExtractResult } from '../types.ts';
import type { WorkerPort } from '../../workers/messages.ts';

export interface WorkerFile {
  path: string;
  bytes: ArrayBuffer;
}

/**
 * 'analyse': the per-document step for one file (any worker of the pool);
 * 'assemble': the corpus-wide step over every analysis, `analyses[i]` of `paths[i]`, paths sorted (one worker);
 * 'extract': both in one worker (extractGraph).
 */
export type ToWorker =
  | { type: 'extract'; files: WorkerFile[]; overrides?: Overrides }
  | { type: 'analyse'; id: number; file: WorkerFile }
  | { type: 'assemble'; paths: string[]; analyses: DocumentAnalysis[]; overrides?: Overrides };

/** Replies; a failure is the `failed` reply of src/workers/messages.ts. */
export type FromWorker =
  | { type: 'progress'; done: number; total: number; path: string }
  | { type: 'analysed'; id: number; analysis: DocumentAnalysis }
  | { type: 'done'; result: ExtractResult };

/** The page's side of one extraction worker. */
export type ExtractPort = WorkerPort<ToWorker, FromWorker>;
