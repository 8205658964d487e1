/**
 * Runs the extractor — the same code as the CLI — off the main thread. compromise and the
 * lexicons are only loaded here, so the page pays for them only when a user brings files.
 */
/// <reference lib="webworker" />
import { extractGraph } from '../index.ts';
import { serve } from '../../workers/messages.ts';
import { webWorkerScope } from '../../workers/web.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

serve<ToWorker, FromWorker>(webWorkerScope(self as unknown as DedicatedWorkerGlobalScope), ({ files, overrides }, post) => {
  const result = extractGraph(
    files.map((file) => ({ path: file.path, bytes: new Uint8Array(file.bytes) })),
    { onProgress: (done, total, path) => post({ type: 'progress', done, total, path }), ...(overrides === undefined ? {} : { overrides }) },
  );
  post({ type: 'done', result });
});
