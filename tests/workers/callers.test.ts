/**
 * Callers of workers on fake ports (tests/workers/fake-port.ts): each turns the `failed` reply
 * into its own way of failing, and stops its workers.
 */
import { describe, expect, it } from 'vitest';
import { analyseInPool } from '../../src/extract/cli/pool.ts';
import type { PoolPort, PoolReply, PoolRequest, PoolTask } from '../../src/extract/cli/pool-messages.ts';
import { extractInBrowser } from '../../src/extract/browser/client.ts';
import type { FromWorker, ToWorker } from '../../src/extract/browser/protocol.ts';
import { fakePort, type FakePort } from './fake-port.ts';

const tasks: PoolTask[] = [
  { path: 'small.txt', bytes: new Uint8Array(1) },
  { path: 'big.txt', bytes: new Uint8Array(3) },
  { path: 'middle.txt', bytes: new Uint8Array(2) },
];

describe('the CLI pool on fake ports', () => {
  it('sends the largest document first and hands results over by index', async () => {
    const fake = fakePort<PoolRequest, PoolReply>();
    const results: [number, string][] = [];
    const done = analyseInPool(tasks, 1, {}, (index, json) => results.push([index, new TextDecoder().decode(json)]), () => fake.port);
    // One worker: it gets big (1), then middle (2), then small (0), each after the last answer.
    for (const expected of ['big.txt', 'middle.txt', 'small.txt']) {
      const request = fake.sent.at(-1)!;
      expect(request).toMatchObject({ type: 'analyse', path: expected });
      fake.answer({ type: 'analysed', id: request.id, json: new TextEncoder().encode(`"${request.path}"`) });
    }
    await done;
    expect(results).toEqual([[1, '"big.txt"'], [2, '"middle.txt"'], [0, '"small.txt"']]);
    expect(fake.terminated).toBe(true);
  });

  it('rejects with the reason of the first failed reply and stops every worker', async () => {
    const fakes: FakePort<PoolRequest, PoolReply>[] = [];
    const start = (): PoolPort => { const fake = fakePort<PoolRequest, PoolReply>(); fakes.push(fake); return fake.port; };
    const done = analyseInPool(tasks, 2, {}, () => {}, start);
    fakes[1]!.answer({ type: 'failed', reason: 'middle.txt: Maximum call stack size exceeded' });
    await expect(done).rejects.toThrow('middle.txt: Maximum call stack size exceeded');
    expect(fakes.map((fake) => fake.terminated)).toEqual([true, true]);
  });
});

describe('in-browser extraction on a fake port', () => {
  const files = [new File(['China and Kazakhstan.'], 'a.txt'), new File(['x'], 'b.pdf')];

  it('sends each readable file to be analysed, rejects with the reason of a failed reply, then stops the worker', async () => {
    const fake = fakePort<ToWorker, FromWorker>();
    const progress: string[] = [];
    const done = extractInBrowser(files, { startWorker: () => fake.port, onProgress: (_done, _total, path) => progress.push(path) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.sent.map((message) => [message.type, message.type === 'analyse' ? message.file.path : null])).toEqual([['analyse', 'a.txt']]);
    fake.answer({ type: 'failed', reason: 'the extraction worker failed' });
    await expect(done).rejects.toThrow('the extraction worker failed');
    expect(progress).toEqual([]);
    expect(fake.terminated).toBe(true);
  });
});
