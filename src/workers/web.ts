/**
 * Web Workers behind the shape of messages.ts: the page's `webWorkerPort(new Worker(…))`, and a
 * worker's own `webWorkerScope(self)`.
 */
import { failure, type ReplyOrFailure, type Typed, type WorkerPort, type WorkerScope } from './messages.ts';

/** What the port needs of a Worker (a structural type, so it also fits jsdom-less tests). */
export interface WebWorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

/** `error` events become `failed` replies with their message, or `fallback` when they carry none. */
export function webWorkerPort<Request extends Typed, Reply extends Typed>(worker: WebWorkerLike, fallback = 'the worker failed'): WorkerPort<Request, Reply> {
  return {
    post: (message, transfer = []) => worker.postMessage(message, transfer),
    listen(listener) {
      if (!listener) {
        worker.onmessage = worker.onerror = worker.onmessageerror = null;
        return;
      }
      worker.onmessage = (event: MessageEvent<ReplyOrFailure<Reply>>) => listener(event.data);
      worker.onerror = (event: ErrorEvent) => listener(failure(event.message || fallback));
      worker.onmessageerror = () => listener(failure(`${fallback}: a message could not be read`));
    },
    terminate: () => worker.terminate(),
  };
}

/** What the scope needs of a worker's global (`self`). */
export interface WebWorkerGlobalLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

export function webWorkerScope<Reply extends Typed>(scope: WebWorkerGlobalLike): WorkerScope<Reply> {
  return {
    post: (message, transfer = []) => scope.postMessage(message, transfer),
    receive(handler) {
      scope.onmessage = (event: MessageEvent) => handler(event.data);
      scope.onmessageerror = () => scope.postMessage(failure('the worker could not read a request'), []);
    },
  };
}
