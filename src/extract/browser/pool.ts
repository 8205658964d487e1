/**
 * The page's pool of extraction workers: each file's per-document step goes to whichever
 * worker is free (largest files first, as in the CLI), then one worker assembles the graph
 * from every analysis. As many workers as the machine has cores, fewer for little text
 * (pool-size.ts). The output does not depend on the number of workers or on timing:
 * analyses are put back in path order before the assembly.
 *
 * Workers come from `createWorker` as ports (src/workers), so tests can drive the pool with fake ones.
 */
import type { Overrides } from '../../graph-format/index.ts';
import { largestFirst, workerCount } from '../pool-size.ts';
import type { DocumentAnalysis, ExtractResult } from '../types.ts';
import type { ExtractPort, ToWorker, WorkerFile } from './protocol.ts';

export interface PoolOptions {
  createWorker: () => ExtractPort;
  /** Cores to use (navigator.hardwareConcurrency in the page). */
  cores: number;
  /** Exactly this many workers (never more than files); by default as pool-size.ts decides. */
  jobs?: number;
  onProgress?: (done: number, total: number, path: string) => void;
  signal?: AbortSignal;
  overrides?: Overrides;
}

/** Extracts `files` (their bytes are transferred to the workers); rejects with an AbortError on cancel. */
export async function extractInPool(files: readonly WorkerFile[], options: PoolOptions): Promise<ExtractResult> {
  options.signal?.throwIfAborted();
  // Path order, as extractGraph sorts: analyses[i] belongs to ordered[i].
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sizes = ordered.map((file) => file.bytes.byteLength);
  const workers = Array.from({ length: Math.max(1, workerCount(options.jobs, sizes, Math.max(1, options.cores))) }, options.createWorker);
  try {
    return await new Promise<ExtractResult>((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(new DOMException('Extraction cancelled', 'AbortError')), { once: true });
      const queue = largestFirst(sizes);
      const analyses: DocumentAnalysis[] = new Array<DocumentAnalysis>(ordered.length);
      let done = 0;
      const assemble = (): void => {
        const request: ToWorker = { type: 'assemble', paths: ordered.map((file) => file.path), analyses, ...(options.overrides === undefined ? {} : { overrides: options.overrides }) };
        workers[0]!.post(request);
      };
      const next = (worker: ExtractPort): void => {
        const index = queue.shift();
        if (index === undefined) return;
        const file = ordered[index]!;
        worker.post({ type: 'analyse', id: index, file }, [file.bytes]);
      };
      for (const worker of workers) {
        worker.listen((message) => {
          if (message.type === 'analysed') {
            analyses[message.id] = message.analysis;
            done++;
            options.onProgress?.(done, ordered.length, ordered[message.id]!.path);
            if (done === ordered.length) assemble();
            else next(worker);
          } else if (message.type === 'done') resolve(message.result);
          else if (message.type === 'failed') reject(new Error(message.reason));
        });
        next(worker);
      }
    });
  } finally {
    for (const worker of workers) { worker.listen(null); void worker.terminate(); }
  }
}
