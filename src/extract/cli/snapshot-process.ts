/**
 * Runs the per-document step in a child process started from the analyser's start-up
 * snapshot (analyser-snapshot.ts, built by scripts/build-cli.mjs beside the built CLI), so a
 * small corpus does not pay for importing compromise. Used only by the built CLI, only where
 * it would otherwise analyse in its own thread, and only when the snapshot was built with
 * this build and this Node: otherwise, or if the child fails to start or dies, the caller
 * analyses what is left in its own thread (same results: the child runs the same code).
 */
import { fork } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PoolTask } from './pool.ts';

export interface SnapshotRequest {
  tasks: { index: number; path: string; bytes: Uint8Array }[];
}

export type SnapshotReply =
  | { type: 'analysed'; index: number; json: string }
  | { type: 'failed'; reason: string }
  | { type: 'finished'; userSeconds: number; systemSeconds: number; maxRssMb: number };

/** What the child used, added to the run's own figures (SILKMAP_REPORT_RESOURCES). */
export interface ChildResources { userSeconds: number; systemSeconds: number; maxRssMb: number }

/** Written by the build beside the blob: which build and which Node it belongs to. */
export interface SnapshotStamp { built: string; node: string; arch: string }

/**
 * The snapshot's path when it can be used: the CLI runs built (not from source under tsx),
 * SILKMAP_NO_SNAPSHOT is unset, and the blob was made by this build for this Node.
 */
export function usableSnapshot(moduleUrl: string = import.meta.url): string | undefined {
  if (process.env.SILKMAP_NO_SNAPSHOT || !moduleUrl.startsWith('file:') || !moduleUrl.endsWith('.js')) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(new URL('./analyser.json', moduleUrl), 'utf8')) as SnapshotStamp;
    const built = (JSON.parse(readFileSync(new URL('./built.json', moduleUrl), 'utf8')) as { built: string }).built;
    if (stamp.built !== built || stamp.node !== process.version || stamp.arch !== process.arch) return undefined;
    const blob = fileURLToPath(new URL('./analyser.blob', moduleUrl));
    return statSync(blob).isFile() ? blob : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Analyses `tasks` in a child started from `blob`; `onResult(i, json)` as each finishes.
 * Resolves with the child's resources once it has answered for every task, or with
 * `undefined` when the child could not be used (did not start, died): the tasks without a
 * result are then the caller's. Rejects when analysing a document failed (as the pool does).
 */
export function analyseInSnapshot(blob: string, tasks: readonly PoolTask[], onResult: (index: number, json: string) => void): Promise<ChildResources | undefined> {
  return new Promise((resolve, reject) => {
    // fork() gives the IPC channel; the snapshot's own main function replaces the script.
    const child = fork(fileURLToPath(import.meta.url), [], {
      execPath: process.execPath,
      execArgv: ['--snapshot-blob', blob],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      outcome();
    };
    child.on('message', (reply: SnapshotReply) => {
      if (reply.type === 'analysed') onResult(reply.index, reply.json);
      else if (reply.type === 'failed') {
        settle(() => reject(new Error(reply.reason)));
        child.kill();
      } else settle(() => resolve({ userSeconds: reply.userSeconds, systemSeconds: reply.systemSeconds, maxRssMb: reply.maxRssMb }));
    });
    child.on('error', () => settle(() => resolve(undefined)));
    // 'close', not 'exit': by then every message the child sent has been delivered.
    child.on('close', () => settle(() => resolve(undefined)));
    child.send({ tasks: tasks.map((task, index) => ({ index, path: task.path, bytes: task.bytes })) } satisfies SnapshotRequest);
  });
}
