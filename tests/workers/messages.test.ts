/**
 * The one worker message shape (src/workers): a worker's throw or rejection comes back as the
 * `failed` reply, and so do the errors a worker cannot report itself (it did not start or
 * crashed, a message could not be read, a thread ended on its own).
 */
import { EventEmitter } from 'node:events';
import type { MessagePort, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { serve, type ReplyOrFailure, type WorkerScope } from '../../src/workers/messages.ts';
import { webWorkerPort, webWorkerScope, type WebWorkerGlobalLike, type WebWorkerLike } from '../../src/workers/web.ts';
import { threadPort, threadScope } from '../../src/extract/cli/thread-port.ts';

type Ask = { type: 'ask'; n: number };
type Answer = { type: 'answer'; n: number };

function fakeScope() {
  const posted: ReplyOrFailure<Answer>[] = [];
  let handler: ((message: unknown) => void) | null = null;
  const scope: WorkerScope<Answer> = { post: (message) => { posted.push(message); }, receive: (next) => { handler = next; } };
  return { scope, posted, send: (message: unknown) => handler!(message) };
}

describe('serve: the worker side', () => {
  it('hands each request to the handler and posts its replies', () => {
    const { scope, posted, send } = fakeScope();
    serve<Ask, Answer>(scope, (request, reply) => reply({ type: 'answer', n: request.n * 2 }));
    send({ type: 'ask', n: 21 });
    expect(posted).toEqual([{ type: 'answer', n: 42 }]);
  });

  it('posts a throw as the failed reply with its message', () => {
    const { scope, posted, send } = fakeScope();
    serve<Ask, Answer>(scope, () => { throw new Error('no 2D context'); });
    send({ type: 'ask', n: 1 });
    expect(posted).toEqual([{ type: 'failed', reason: 'no 2D context' }]);
  });

  it('posts a rejection as the failed reply, also when what was thrown is no Error', async () => {
    const { scope, posted, send } = fakeScope();
    serve<Ask, Answer>(scope, async (request) => { await Promise.resolve(); throw request.n === 1 ? new Error('fetch failed') : 'plain text'; });
    send({ type: 'ask', n: 1 });
    send({ type: 'ask', n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted).toEqual([{ type: 'failed', reason: 'fetch failed' }, { type: 'failed', reason: 'plain text' }]);
  });
});

function fakeWebWorker() {
  const posted: { message: unknown; transfer: Transferable[] }[] = [];
  let terminated = false;
  const worker: WebWorkerLike = {
    postMessage: (message, transfer) => { posted.push({ message, transfer }); },
    onmessage: null, onerror: null, onmessageerror: null,
    terminate: () => { terminated = true; },
  };
  return { worker, posted, terminated: () => terminated };
}

describe('webWorkerPort: a Web Worker as a port', () => {
  it('posts with the transfer list and passes replies on', () => {
    const { worker, posted } = fakeWebWorker();
    const port = webWorkerPort<Ask, Answer>(worker);
    const replies: ReplyOrFailure<Answer>[] = [];
    port.listen((reply) => replies.push(reply));
    const buffer = new ArrayBuffer(8);
    port.post({ type: 'ask', n: 3 }, [buffer]);
    expect(posted).toEqual([{ message: { type: 'ask', n: 3 }, transfer: [buffer] }]);
    worker.onmessage!({ data: { type: 'answer', n: 6 } } as MessageEvent);
    expect(replies).toEqual([{ type: 'answer', n: 6 }]);
  });

  it('turns error and messageerror events into failed replies', () => {
    const { worker } = fakeWebWorker();
    const port = webWorkerPort<Ask, Answer>(worker, 'the layout worker failed');
    const replies: ReplyOrFailure<Answer>[] = [];
    port.listen((reply) => replies.push(reply));
    worker.onerror!({ message: 'Uncaught TypeError: x is undefined' } as ErrorEvent);
    // A worker that cannot start fires an error with no message.
    worker.onerror!({ message: '' } as ErrorEvent);
    worker.onmessageerror!({} as MessageEvent);
    expect(replies).toEqual([
      { type: 'failed', reason: 'Uncaught TypeError: x is undefined' },
      { type: 'failed', reason: 'the layout worker failed' },
      { type: 'failed', reason: 'the layout worker failed: a message could not be read' },
    ]);
  });

  it('stops listening on listen(null) and terminates the worker', () => {
    const { worker, terminated } = fakeWebWorker();
    const port = webWorkerPort<Ask, Answer>(worker);
    port.listen(() => {});
    port.listen(null);
    expect([worker.onmessage, worker.onerror, worker.onmessageerror]).toEqual([null, null, null]);
    void port.terminate();
    expect(terminated()).toBe(true);
  });
});

describe('webWorkerScope: a worker global as a scope', () => {
  it('receives requests and answers an unreadable one with a failed reply', () => {
    const posted: unknown[] = [];
    const self: WebWorkerGlobalLike = { postMessage: (message) => { posted.push(message); }, onmessage: null, onmessageerror: null };
    serve<Ask, Answer>(webWorkerScope(self), (request, reply) => reply({ type: 'answer', n: request.n + 1 }));
    self.onmessage!({ data: { type: 'ask', n: 1 } } as MessageEvent);
    self.onmessageerror!({} as MessageEvent);
    expect(posted).toEqual([{ type: 'answer', n: 2 }, { type: 'failed', reason: 'the worker could not read a request' }]);
  });
});

/** Node's Worker as far as threadPort uses it: events, postMessage, terminate. */
function fakeThread() {
  const emitter = new EventEmitter();
  const posted: unknown[] = [];
  const thread = Object.assign(emitter, {
    postMessage: (message: unknown) => { posted.push(message); },
    terminate: async () => { emitter.emit('exit', 1); return 1; },
  });
  return { thread: thread as unknown as Worker, emit: (name: string, value: unknown) => emitter.emit(name, value), posted };
}

describe('threadPort: a worker thread as a port', () => {
  it('passes replies on and turns error, messageerror and an exit of its own into failed replies', () => {
    const { thread, emit } = fakeThread();
    const port = threadPort<Ask, Answer>(thread, 'an extraction worker');
    const replies: ReplyOrFailure<Answer>[] = [];
    port.listen((reply) => replies.push(reply));
    emit('message', { type: 'answer', n: 1 });
    emit('error', new Error('out of memory'));
    emit('messageerror', new Error('could not deserialize'));
    emit('exit', 3);
    expect(replies).toEqual([
      { type: 'answer', n: 1 },
      { type: 'failed', reason: 'out of memory' },
      { type: 'failed', reason: 'an extraction worker sent a message that could not be read: could not deserialize' },
      { type: 'failed', reason: 'an extraction worker stopped (exit code 3)' },
    ]);
  });

  it('says nothing when the thread exits because it was terminated', async () => {
    const { thread } = fakeThread();
    const port = threadPort<Ask, Answer>(thread);
    const replies: unknown[] = [];
    port.listen((reply) => replies.push(reply));
    await port.terminate();
    expect(replies).toEqual([]);
  });

  it('serves a thread scope: requests in, replies and failures out', () => {
    const emitter = new EventEmitter();
    const posted: unknown[] = [];
    const parent = Object.assign(emitter, { postMessage: (message: unknown) => { posted.push(message); } }) as unknown as MessagePort;
    serve<Ask, Answer>(threadScope(parent), (request, reply) => {
      if (request.n < 0) throw new Error('a.txt: negative');
      reply({ type: 'answer', n: request.n });
    });
    emitter.emit('message', { type: 'ask', n: 5 });
    emitter.emit('message', { type: 'ask', n: -1 });
    emitter.emit('messageerror', new Error('bad clone'));
    expect(posted).toEqual([
      { type: 'answer', n: 5 },
      { type: 'failed', reason: 'a.txt: negative' },
      { type: 'failed', reason: 'the worker thread could not read a request' },
    ]);
  });
});
