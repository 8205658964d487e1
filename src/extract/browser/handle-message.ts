/**
 * What an extraction worker (extract.worker.ts) answers to each message, apart from the worker
 * itself so tests can run it. A throw becomes the worker's `failed` reply (src/workers' serve).
 */
import { analyseDocument } from '../analyse-document.ts';
import { assembleGraph, extractGraph, extractorLexicon } from '../index.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export function handleMessage(message: ToWorker, post: (message: FromWorker) => void): void {
  if (message.type === 'analyse') {
    post({ type: 'analysed', id: message.id, analysis: analyseDocument(new Uint8Array(message.file.bytes), message.file.path, extractorLexicon()) });
  } else if (message.type === 'assemble') {
    const { paths, analyses, overrides } = message;
    post({ type: 'done', result: assembleGraph(paths, analyses, overrides === undefined ? {} : { overrides }) });
  } else {
    const { files, overrides } = message;
    const result = extractGraph(
      files.map((file) => ({ path: file.path, bytes: new Uint8Array(file.bytes) })),
      { onProgress: (done, total, path) => post({ type: 'progress', done, total, path }), ...(overrides === undefined ? {} : { overrides }) },
    );
    post({ type: 'done', result });
  }
}
