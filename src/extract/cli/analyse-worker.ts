/**
 * A worker thread of the CLI's pool (pool.ts): runs the per-document step, a pure function
 * of a file's bytes, and stores each result in the shared content-addressed cache as soon
 * as it is made, so a killed run keeps what it finished. compromise and the lexicons are
 * loaded here, never in the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseDocument } from '../analyse-document.ts';
import { extractorLexicon } from '../index.ts';
import { FileDocumentCache } from './cache.ts';
import type { PoolRequest, PoolReply, PoolWorkerData } from './pool.ts';

const port = parentPort;
if (!port) throw new Error('analyse-worker.ts runs only as a worker thread');
const data = workerData as PoolWorkerData;
const cache = data.cache ? new FileDocumentCache(data.cache.folder, data.cache.version, false) : undefined;

port.on('message', (request: PoolRequest) => {
  let reply: PoolReply;
  try {
    const analysis = analyseDocument(new Uint8Array(request.bytes), request.path, extractorLexicon());
    if (cache && request.key !== undefined) cache.set(request.key, analysis);
    reply = { id: request.id, analysis };
  } catch (error) {
    reply = { id: request.id, error: `${request.path}: ${(error as Error).message}` };
  }
  port.postMessage(reply);
});
