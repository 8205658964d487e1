/** A fake worker port: keeps what the caller posts, answers when the test says. */
import type { ReplyOrFailure, Typed, WorkerPort } from '../../src/workers/messages.ts';

export interface FakePort<Request extends Typed, Reply extends Typed> {
  port: WorkerPort<Request, Reply>;
  sent: Request[];
  answer(reply: ReplyOrFailure<Reply>): void;
  readonly terminated: boolean;
  readonly listening: boolean;
}

export function fakePort<Request extends Typed, Reply extends Typed>(): FakePort<Request, Reply> {
  const sent: Request[] = [];
  let listener: ((reply: ReplyOrFailure<Reply>) => void) | null = null;
  let terminated = false;
  return {
    port: {
      post: (message) => { sent.push(message); },
      listen: (next) => { listener = next; },
      terminate: () => { terminated = true; },
    },
    sent,
    answer(reply) {
      if (!listener) throw new Error('nobody listens to the port');
      listener(reply);
    },
    get terminated() { return terminated; },
    get listening() { return listener !== null; },
  };
}
