/**
 * A pool of worker threads for the per-document step (analyse-worker.ts). Documents go to
 * whichever worker is free, largest first so that no core is left alone with a long one at
 * the end; results come back in any order and are handed over by index, so the output never
 * depends on the number of workers or on timing.
 */
import { Worker } from 'node:worker_threads';
import { threadPort } from './thread-port.ts';
import { largestFirst } from '../pool-size.ts';
import { snapshotPoolPort, usableSnapshot, type ChildResources } from './snapshot-process.ts';
import type { PoolPort, PoolRequest, PoolTask, PoolWorkerData } from './pool-messages.ts';

/**
 * Analyses `tasks` on `jobs` worker threads; `onResult(i, json)` is called with tasks[i]'s
 * analysis as UTF-8 JSON as each finishes. Rejects (and stops every worker) on the first failure.
 * `start` makes a worker (tests give fakes).
 */
export async function analyseInPool(
  tasks: readonly PoolTask[], jobs: number, workerData: PoolWorkerData, onResult: (index: number, json: Uint8Array) => void,
  start: (workerData: PoolWorkerData) => PoolPort = startWorker,
): Promise<void> {
  const queue = largestFirst(tasks.map((task) => task.bytes.length));
  const heapLimitMb = workerHeapLimitMb(Math.max(0, ...tasks.map((task) => task.bytes.length)));
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, () => start({ ...workerData, heapLimitMb }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      const next = (): void => {
        const index = queue.shift();
        if (index === undefined) {
          resolve();
          return;
        }
        const task = tasks[index]!;
        // A copy: a small file's bytes may share Node's buffer pool, which must not be detached.
        const bytes = task.bytes.slice().buffer;
        const request: PoolRequest = { type: 'analyse', id: index, path: task.path, bytes, ...(task.key === undefined ? {} : { key: task.key }) };
        worker.post(request, [bytes]);
      };
      worker.listen((reply) => {
        if (reply.type === 'failed') {
          reject(new Error(reply.reason));
          return;
        }
        onResult(reply.id, reply.json);
        next();
      });
      next();
    })));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * A worker's old-generation limit. V8 lets a heap grow by up to 4× its live size between full
 * collections when the limit is large (the default, ~2 GB), and by much less under a small one;
 * two workers growing freely made the real corpus's peak (470 MB). A worker holds compromise and
 * the lexicons (~35 MB) and one document's analysis: the 134 KB largest real-corpus file peaks at
 * ~60 MB of heap. So 256 MB, raised for a larger document (~1 KB of heap per byte of text,
 * generously) so that no document can run a worker out of memory.
 */
export function workerHeapLimitMb(largestDocumentBytes: number): number {
  return Math.max(256, 128 + Math.ceil(largestDocumentBytes / 1024));
}

/**
 * A worker: with the built CLI's analyser snapshot, a child process started from it
 * (snapshot-process.ts: compromise and the lexicons already loaded; `onFinished` gets its CPU
 * and memory), else a worker thread that imports them. A document too large for the
 * snapshot's heap limit sends every worker to a thread with a limit of its own.
 */
export function startWorker(workerData: PoolWorkerData, onFinished: (resources: ChildResources) => void = () => undefined): PoolPort {
  const thread = (): PoolPort => threadPort(startThread('analyse-worker', workerData, workerData.heapLimitMb), 'an extraction worker');
  const snapshot = usableSnapshot();
  const fits = snapshot !== undefined && (workerData.heapLimitMb ?? 0) <= snapshot.heapLimitMb;
  return fits ? snapshotPoolPort(snapshot, workerData, thread, onFinished) : thread();
}

/**
 * A worker thread running the CLI's `entry` (analyse-worker or relate-worker). The built CLI
 * starts the built entry beside it. Run from source (tsx, tests), the worker loads the .ts file
 * through tsx's API: a worker thread does not inherit the TypeScript loader tsx gave this thread.
 */
export function startThread(entry: 'analyse-worker' | 'relate-worker', workerData: unknown, heapLimitMb?: number, youngLimitMb?: number): Worker {
  const limits = { ...(heapLimitMb === undefined ? {} : { maxOldGenerationSizeMb: heapLimitMb }), ...(youngLimitMb === undefined ? {} : { maxYoungGenerationSizeMb: youngLimitMb }) };
  const resourceLimits = Object.keys(limits).length === 0 ? {} : { resourceLimits: limits };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${entry}.js`, import.meta.url), { workerData, ...resourceLimits });
  const source = new URL(`./${entry}.ts`, import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`;
  return new Worker(bootstrap, { eval: true, workerData, ...resourceLimits });
}
