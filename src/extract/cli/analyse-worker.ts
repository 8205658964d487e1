/**
 * A worker thread of the CLI's pool (pool.ts): runs the per-document step, a pure function
 * of a file's bytes, and stores each result in the shared content-addressed cache as soon
 * as it is made, so a killed run keeps what it finished. compromise and the lexicons are
 * loaded here, never in the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseDocument } from '../analyse-document.ts';
import { extractorLexicon } from '../index.ts';
import { serve } from '../../workers/messages.ts';
import { FileDocumentCache } from './cache.ts';
import type { PoolRequest, PoolReply, PoolWorkerData } from './pool-messages.ts';
import { threadScope } from './thread-port.ts';

const port = parentPort;
if (!port) throw new Error('analyse-worker.ts runs only as a worker thread');
const data = workerData as PoolWorkerData;
const encoder = new TextEncoder();
const cache = data.cache ? new FileDocumentCache(data.cache.folder, data.cache.version, false) : undefined;

serve<PoolRequest, PoolReply>(threadScope(port), (request, reply) => {
  try {
    // Sent as JSON, the form the cache stores, in UTF-8 (pool.ts: PoolReply).
    const json = JSON.stringify(analyseDocument(new Uint8Array(request.bytes), request.path, extractorLexicon()));
    if (cache && request.key !== undefined) cache.setJson(request.key, json);
    const utf8 = encoder.encode(json);
    reply({ type: 'analysed', id: request.id, json: utf8 }, [utf8.buffer]);
  } catch (error) {
    throw new Error(`${request.path}: ${(error as Error).message}`);
  }
});
