/**
 * The messages between the extraction pool (pool.ts) and its workers: worker threads
 * (analyse-worker.ts) or child processes started from the analyser snapshot
 * (snapshot-process.ts). A file of their own so that both sides import them from here and
 * pool.ts and snapshot-process.ts do not import each other.
 */
import type { EvidenceRelation } from '../../graph-format/index.ts';
import type { SentencePairs } from '../relate/index.ts';
import type { WorkerPort } from '../../workers/messages.ts';

export interface PoolWorkerData {
  /** The shared on-disk cache the workers write each analysis to (absent with --no-cache). */
  cache?: { folder: string; version: string };
  /** The old-generation limit each thread is started with (heapLimitMb); set by analyseInPool. */
  heapLimitMb?: number;
}

export interface PoolRequest {
  type: 'analyse';
  id: number;
  path: string;
  /** The file's bytes, transferred to the worker. */
  bytes: ArrayBuffer;
  /** Cache key; the worker stores its result under it. */
  key?: string;
}

/**
 * A result comes back as the analysis's JSON text (what the cache stores) encoded as UTF-8 and
 * transferred, not copied: the main thread holds every result until the pool is done, and a
 * JS string of a text with one curly quote takes two bytes a character; a failure as `failed`.
 */
export interface PoolReply {
  type: 'analysed';
  id: number;
  json: Uint8Array;
}

export interface PoolTask {
  path: string;
  bytes: Uint8Array;
  key?: string;
}

export type PoolPort = WorkerPort<PoolRequest, PoolReply>;

/**
 * The relation workers (relate-pool.ts, relate-worker.ts), started once actors are resolved: a
 * batch of sentences, each answered with its pairs' relations (relate/sentence-pairs.ts), in
 * the batch's order; a failure as `failed`. The same shape for every worker, thread or not.
 */
export interface RelateRequest {
  type: 'relate';
  id: number;
  sentences: SentencePairs[];
}

export interface RelateReply {
  type: 'related';
  id: number;
  relations: EvidenceRelation[][];
}

export type RelatePort = WorkerPort<RelateRequest, RelateReply>;
