/**
 * The one message shape of every Silkmap worker, on the page (Web Workers) and in the CLI
 * (worker_threads): each message names its `type`, and every protocol has the same failure
 * reply, `failed`, which also stands for errors the worker could not report itself (it did
 * not start, crashed, or a message could not be deserialised). Callers talk to a worker
 * through a `WorkerPort`, so tests give them a fake one.
 */

/** Every message names its kind. */
export interface Typed {
  readonly type: string;
}

/** The failure reply every worker protocol has. */
export interface WorkerFailed {
  type: 'failed';
  reason: string;
}

/** What a caller may receive from a worker that answers with `Reply`. */
export type ReplyOrFailure<Reply extends Typed> = Reply | WorkerFailed;

/** Transfer lists: ArrayBuffers, ImageBitmaps, ports (moved, not copied). */
export type TransferList = Transferable[];

/** The caller's side of one worker. Tests fake it; `webWorkerPort` and the CLI's `threadPort` adapt real ones. */
export interface WorkerPort<Request extends Typed, Reply extends Typed> {
  post(message: Request, transfer?: TransferList): void;
  /** The one listener of the port (a new one replaces it; null stops listening). */
  listen(listener: ((reply: ReplyOrFailure<Reply>) => void) | null): void;
  /** Stops the worker (the CLI's threads resolve once stopped). */
  terminate(): void | Promise<unknown>;
}

/** The worker's own side: where its requests come from and its replies go. */
export interface WorkerScope<Reply extends Typed> {
  post(message: ReplyOrFailure<Reply>, transfer?: TransferList): void;
  receive(handler: (message: unknown) => void): void;
}

export function failure(error: unknown): WorkerFailed {
  return { type: 'failed', reason: error instanceof Error ? error.message : String(error) };
}

/**
 * Runs `handle` for every request a worker receives; whatever it throws or rejects with is
 * posted as the `failed` reply, so a caller never waits for an answer that will not come.
 */
export function serve<Request extends Typed, Reply extends Typed>(
  scope: WorkerScope<Reply>,
  handle: (request: Request, reply: (message: Reply, transfer?: TransferList) => void) => void | Promise<void>,
): void {
  const reply = (message: Reply, transfer?: TransferList) => scope.post(message, transfer);
  scope.receive((message) => {
    try {
      const done = handle(message as Request, reply);
      if (done) done.catch((error: unknown) => scope.post(failure(error)));
    } catch (error) {
      scope.post(failure(error));
    }
  });
}
