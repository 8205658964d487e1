/**
 * Runs the per-document step in child processes started from the analyser's start-up
 * snapshot (analyser-snapshot.ts, built by scripts/build-cli.mjs beside the built CLI), so
 * no process pays for importing compromise (~1 s of CPU each): the one child of a small run
 * (analyseInSnapshot) and the pool's workers (snapshotPoolPort; a worker thread cannot start
 * from a snapshot, a process can). Used only by the built CLI, and only when the snapshot was
 * built with this build and this Node; a child that cannot start leaves its work to this
 * process (one child) or to a worker thread (pool): same results, the child runs the same code.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { failure, type ReplyOrFailure } from '../../workers/messages.ts';
import type { PoolPort, PoolReply, PoolRequest, PoolTask, PoolWorkerData } from './pool-messages.ts';

/** To the child, in order: where the cache is (once), documents, then `finish`. */
export type SnapshotRequest =
  | { type: 'start'; cache?: { folder: string; version: string } }
  | { type: 'analyse'; id: number; path: string; bytes: Uint8Array; key?: string }
  | { type: 'finish' };

/** From the child: one analysis (UTF-8 JSON, what the cache stores) per document, then its resources. */
export type SnapshotReply =
  | { type: 'analysed'; id: number; json: Uint8Array }
  | { type: 'failed'; reason: string }
  | { type: 'finished'; resources: ChildResources };

/** What a child used, added to the run's own figures (SILKMAP_REPORT_RESOURCES). */
export interface ChildResources { userSeconds: number; systemSeconds: number; maxRssMb: number }

/**
 * Written by the build beside the blob: which build and which Node it belongs to, and the
 * old-generation limit it was made under (a process must start with the same, or V8 refuses it).
 */
export interface SnapshotStamp { built: string; node: string; arch: string; heapLimitMb: number; semiSpaceMb?: number }

/** The blob and the heap flags every process started from it has (the young generation's too, when the build set one). */
export interface Snapshot { blob: string; heapLimitMb: number; semiSpaceMb?: number }

/**
 * The snapshot when it can be used: the CLI runs built (not from source under tsx),
 * SILKMAP_NO_SNAPSHOT is unset, and the blob was made by this build for this Node.
 */
export function usableSnapshot(moduleUrl: string = import.meta.url): Snapshot | undefined {
  if (process.env.SILKMAP_NO_SNAPSHOT || !moduleUrl.startsWith('file:') || !moduleUrl.endsWith('.js')) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(new URL('./analyser.json', moduleUrl), 'utf8')) as SnapshotStamp;
    const built = (JSON.parse(readFileSync(new URL('./built.json', moduleUrl), 'utf8')) as { built: string }).built;
    if (stamp.built !== built || stamp.node !== process.version || stamp.arch !== process.arch || !(stamp.heapLimitMb > 0)) return undefined;
    const blob = fileURLToPath(new URL('./analyser.blob', moduleUrl));
    if (!statSync(blob).isFile()) return undefined;
    return { blob, heapLimitMb: stamp.heapLimitMb, ...(stamp.semiSpaceMb !== undefined && stamp.semiSpaceMb > 0 ? { semiSpaceMb: stamp.semiSpaceMb } : {}) };
  } catch {
    return undefined;
  }
}

const running = new Set<number>();

/** The process ids of the analyser children now running (their memory is sampled: tree-memory.ts). */
export function runningAnalysers(): Iterable<number> {
  return running;
}

/** A child from the snapshot, told where the cache is. */
function forkAnalyser(snapshot: Snapshot, data: PoolWorkerData): ChildProcess {
  // fork() gives the IPC channel; the snapshot's own main function replaces the script.
  const child = fork(fileURLToPath(import.meta.url), [], {
    execPath: process.execPath,
    execArgv: [
      `--max-old-space-size=${snapshot.heapLimitMb}`, ...(snapshot.semiSpaceMb === undefined ? [] : [`--max-semi-space-size=${snapshot.semiSpaceMb}`]),
      '--snapshot-blob', snapshot.blob,
    ],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // A child that died at start has no channel left: what it was sent is handled by 'close'.
  child.on('error', () => undefined);
  const pid = child.pid;
  if (pid !== undefined) {
    running.add(pid);
    child.on('close', () => running.delete(pid));
  }
  child.send({ type: 'start', ...(data.cache ? { cache: data.cache } : {}) } satisfies SnapshotRequest, () => undefined);
  return child;
}

function post(child: ChildProcess, request: SnapshotRequest): void {
  if (child.connected) child.send(request, () => undefined);
}

/**
 * Analyses `tasks` in one child; `onResult(i, json)` as each finishes (the child has already
 * put it in the cache). Resolves with the child's resources once it has answered for every
 * task, or with `undefined` when the child could not be used (did not start, died): the tasks
 * without a result are then the caller's. Rejects when analysing a document failed (as the pool does).
 */
export function analyseInSnapshot(snapshot: Snapshot, tasks: readonly PoolTask[], data: PoolWorkerData, onResult: (index: number, json: Uint8Array) => void): Promise<ChildResources | undefined> {
  return new Promise((resolve, reject) => {
    const child = forkAnalyser(snapshot, data);
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      outcome();
    };
    child.on('message', (reply: SnapshotReply) => {
      if (reply.type === 'analysed') onResult(reply.id, reply.json);
      else if (reply.type === 'failed') {
        settle(() => reject(new Error(reply.reason)));
        child.kill();
      } else settle(() => resolve(reply.resources));
    });
    // 'close', not 'exit': by then every message the child sent has been delivered.
    child.on('close', () => settle(() => resolve(undefined)));
    tasks.forEach((task, id) => post(child, { type: 'analyse', id, path: task.path, bytes: task.bytes, ...(task.key === undefined ? {} : { key: task.key }) }));
    post(child, { type: 'finish' });
  });
}

/**
 * One pool worker as a child from the snapshot, behind the pool's port (pool.ts). If the child
 * dies before its first answer (a blob this Node cannot start from), `fallback()` starts a
 * worker thread instead and is handed what the child had been sent, with a note; a child that
 * dies later fails the run as a thread does. `terminate` lets an idle child finish (its
 * resources go to `onFinished`) and kills a busy one (the pool stops early only on a failure).
 */
export function snapshotPoolPort(snapshot: Snapshot, data: PoolWorkerData, fallback: () => PoolPort, onFinished: (resources: ChildResources) => void): PoolPort {
  const child = forkAnalyser(snapshot, data);
  let listener: ((reply: ReplyOrFailure<PoolReply>) => void) | null = null;
  let replaced: PoolPort | undefined;
  let answered = false;
  let terminating = false;
  const pending = new Map<number, PoolRequest>();
  const closed = new Promise<void>((resolve) => child.on('close', (code) => {
    resolve();
    if (terminating) return;
    if (answered) {
      listener?.(failure(`an extraction process stopped (exit code ${code})`));
      return;
    }
    process.stderr.write('extract: note: a worker could not start from the analyser snapshot; using a worker thread\n');
    replaced = fallback();
    replaced.listen(listener);
    for (const request of pending.values()) replaced.post(request, [request.bytes]);
  }));
  child.on('message', (reply: SnapshotReply) => {
    if (reply.type === 'finished') {
      onFinished(reply.resources);
      return;
    }
    answered = true;
    if (reply.type === 'analysed') {
      pending.delete(reply.id);
      listener?.({ type: 'analysed', id: reply.id, json: reply.json });
    } else listener?.(reply);
  });
  return {
    post(request) {
      if (replaced) {
        replaced.post(request, [request.bytes]);
        return;
      }
      pending.set(request.id, request);
      post(child, { type: 'analyse', id: request.id, path: request.path, bytes: new Uint8Array(request.bytes), ...(request.key === undefined ? {} : { key: request.key }) });
    },
    listen(next) {
      listener = next;
      replaced?.listen(next);
    },
    async terminate() {
      terminating = true;
      if (replaced) return replaced.terminate();
      if (pending.size > 0) child.kill();
      else post(child, { type: 'finish' });
      return closed;
    },
  };
}
