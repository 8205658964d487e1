/**
 * Node's worker threads behind the message shape of src/workers/messages.ts: the pool's
 * `threadPort(new Worker(…))` and a thread's own `threadScope(parentPort)`.
 */
import type { MessagePort, TransferListItem, Worker } from 'node:worker_threads';
import { failure, type ReplyOrFailure, type Typed, type WorkerPort, type WorkerScope } from '../../workers/messages.ts';

/**
 * A thread's `error` and `messageerror` become `failed` replies, and so does an exit before it
 * was terminated (a thread that ends itself without a reply would leave its caller waiting).
 */
export function threadPort<Request extends Typed, Reply extends Typed>(worker: Worker, name = 'a worker thread'): WorkerPort<Request, Reply> {
  let listener: ((reply: ReplyOrFailure<Reply>) => void) | null = null;
  let terminating = false;
  const tell = (reply: ReplyOrFailure<Reply>) => listener?.(reply);
  worker.on('message', (message: ReplyOrFailure<Reply>) => tell(message));
  worker.on('error', (error) => tell(failure(error)));
  worker.on('messageerror', (error) => tell(failure(`${name} sent a message that could not be read: ${error.message}`)));
  worker.on('exit', (code) => { if (!terminating) tell(failure(`${name} stopped (exit code ${code})`)); });
  return {
    post: (message, transfer = []) => worker.postMessage(message, transfer as unknown as TransferListItem[]),
    listen(next) { listener = next; },
    terminate() {
      terminating = true;
      return worker.terminate();
    },
  };
}

export function threadScope<Reply extends Typed>(port: MessagePort): WorkerScope<Reply> {
  return {
    post: (message, transfer = []) => port.postMessage(message, transfer as unknown as TransferListItem[]),
    receive(handler) {
      port.on('message', handler);
      port.on('messageerror', () => port.postMessage(failure('the worker thread could not read a request')));
    },
  };
}
