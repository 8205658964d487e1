/**
 * Runs the extractor — the same code as the CLI — off the main thread. compromise and the
 * lexicons are only loaded here, so the page pays for them only when a user brings files.
 */
/// <reference lib="webworker" />
import { extractGraph } from '../index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const post = (message: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const { files, overrides } = event.data;
  try {
    const result = extractGraph(
      files.map((file) => ({ path: file.path, bytes: new Uint8Array(file.bytes) })),
      { onProgress: (done, total, path) => post({ type: 'progress', done, total, path }), ...(overrides === undefined ? {} : { overrides }) },
    );
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
