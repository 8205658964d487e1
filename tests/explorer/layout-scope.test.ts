import { describe, expect, it } from 'vitest';
import { LayoutHandle } from '../../src/explorer/simulation/use-layout.ts';
import type { LayoutInput } from '../../src/explorer/simulation/forces.ts';
import type { FromWorker, LayoutPort, ToWorker } from '../../src/explorer/simulation/protocol.ts';
import type { ReplyOrFailure } from '../../src/workers/messages.ts';

/** Stands in for the layout worker: keeps what the page sends, answers when the test says. */
function fakeWorker() {
  const sent: ToWorker[] = [];
  let listener: ((reply: ReplyOrFailure<FromWorker>) => void) | null = null;
  const worker: LayoutPort = { post: (message) => { sent.push(message); }, listen: (next) => { listener = next; }, terminate() {} };
  const answer = (positions: number[], generation: number) => listener!({ type: 'positions', positions: Float32Array.from(positions), settled: true, generation });
  const fail = (reason: string) => listener!({ type: 'failed', reason });
  return { worker, sent, answer, fail };
}

// Five actors; links 0–1, 1–2, 2–3, 3–4 (graph indices of the links: 0..3).
const input: LayoutInput = {
  radii: Float32Array.of(5, 4, 3, 2, 1),
  links: Uint32Array.of(0, 1, 1, 2, 2, 3, 3, 4),
  linkWeights: Float32Array.of(1, 0.5, 0.25, 0.125),
};

describe('a scoped layout (big graphs)', () => {
  it('lays out only the shown actors with the shown links, and puts their positions back by graph index', () => {
    const { worker, sent, answer } = fakeWorker();
    const handle = new LayoutHandle(input, worker, true);
    expect(sent).toHaveLength(0); // nothing runs before the network says what it shows
    handle.follow(Uint32Array.of(1, 3, 2), Uint32Array.of(1, 2));
    const start = sent[0] as Extract<ToWorker, { type: 'start' }>;
    expect(Array.from(start.input.radii)).toEqual([4, 2, 3]);
    // Link 1 (1–2) and link 2 (2–3) in the places of the shown actors: 1→0, 3→1, 2→2.
    expect(Array.from(start.input.links)).toEqual([0, 2, 2, 1]);
    expect(Array.from(start.input.linkWeights)).toEqual([0.5, 0.25]);
    const before = Array.from(handle.positions);
    answer([10, 11, 30, 31, 20, 21], start.generation);
    expect(Array.from(handle.positions)).toEqual([before[0], before[1], 10, 11, 20, 21, 30, 31, before[8], before[9]]);
    expect(handle.settled).toBe(true);
  });

  it('restarts from the current positions when the shown set changes, a newcomer beside its placed neighbour, and drops answers of the replaced run', () => {
    const { worker, sent, answer } = fakeWorker();
    const handle = new LayoutHandle(input, worker, true);
    handle.follow(Uint32Array.of(0, 1), Uint32Array.of(0));
    const first = sent[0] as Extract<ToWorker, { type: 'start' }>;
    answer([100, 100, 200, 100], first.generation);
    handle.follow(Uint32Array.of(0, 1, 2), Uint32Array.of(0, 1));
    const second = sent[1] as Extract<ToWorker, { type: 'start' }>;
    expect(second.generation).not.toBe(first.generation);
    expect(Array.from(second.input.initialPositions!.slice(0, 4))).toEqual([100, 100, 200, 100]);
    // Actor 2's one placed neighbour is actor 1 at (200, 100): it starts 12 units from there.
    const [x, y] = [second.input.initialPositions![4]!, second.input.initialPositions![5]!];
    expect(Math.hypot(x - 200, y - 100)).toBeCloseTo(12, 3);
    // Same set again: nothing restarts. A late answer of the first run changes nothing.
    handle.follow(Uint32Array.of(0, 1, 2), Uint32Array.of(0, 1));
    expect(sent).toHaveLength(2);
    const version = handle.version;
    answer([0, 0, 0, 0], first.generation);
    expect(handle.version).toBe(version);
  });
});
