/**
 * The page's pool of extraction workers (src/extract/browser/pool.ts), driven with fake
 * ports that run the workers' own message handler: the graph is extractGraph's whatever
 * the number of cores and the order files come in; progress counts files; Cancel stops
 * every worker; little text gets one worker.
 */
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/extract/browser/handle-message.ts';
import { extractInPool } from '../../src/extract/browser/pool.ts';
import type { ExtractPort, FromWorker, ToWorker, WorkerFile } from '../../src/extract/browser/protocol.ts';
import { failure, type ReplyOrFailure } from '../../src/workers/messages.ts';
import { extractGraph } from '../../src/extract/index.ts';

const TEXTS: Record<string, string> = {
  'a.txt': 'Talks\n\nPresident Xi Jinping visited Kazakhstan. China and Kazakhstan signed a transit deal.\n',
  'b.md': '# Gas\n\nRussia and Uzbekistan discussed gas prices with China.\n',
  'c.txt': 'Border\n\nKyrgyzstan and Tajikistan agreed to reopen the border, Russia said.\n',
  'd.html': '<html><body><h1>Water</h1><p>Afghanistan and Uzbekistan talked about the canal.</p></body></html>',
};

const filesIn = (names: string[]): WorkerFile[] => names.map((path) => ({ path, bytes: new TextEncoder().encode(TEXTS[path]!).buffer as ArrayBuffer }));

/** A fake worker port: answers each message on a later turn with `respond` (the real handler by default; a throw is the `failed` reply, as serve makes it). */
class FakeWorker implements ExtractPort {
  private listener: ((reply: ReplyOrFailure<FromWorker>) => void) | null = null;
  terminated = false;
  received: ToWorker['type'][] = [];
  constructor(private readonly respond: (message: ToWorker, post: (message: FromWorker) => void) => void = handleMessage) {}
  post(message: ToWorker): void {
    this.received.push(message.type);
    setTimeout(() => {
      if (this.terminated) return;
      try {
        this.respond(message, (reply) => this.listener?.(reply));
      } catch (error) {
        this.listener?.(failure(error));
      }
    }, 0);
  }
  listen(listener: ((reply: ReplyOrFailure<FromWorker>) => void) | null): void {
    this.listener = listener;
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('browser extraction pool', () => {
  it('gives extractGraph\'s graph with one, two or three workers, whatever order the files come in', async () => {
    const expected = extractGraph(filesIn(Object.keys(TEXTS)).map((file) => ({ path: file.path, bytes: new Uint8Array(file.bytes) })));
    for (const [jobs, order] of [[1, ['a.txt', 'b.md', 'c.txt', 'd.html']], [2, ['d.html', 'c.txt', 'b.md', 'a.txt']], [3, ['c.txt', 'a.txt', 'd.html', 'b.md']]] as const) {
      const workers: FakeWorker[] = [];
      const result = await extractInPool(filesIn([...order]), { cores: 4, jobs, createWorker: () => { const worker = new FakeWorker(); workers.push(worker); return worker; } });
      expect(JSON.stringify(result)).toBe(JSON.stringify(expected));
      expect(workers).toHaveLength(jobs);
      expect(workers.every((worker) => worker.received.includes('analyse'))).toBe(true);
      expect(workers.every((worker) => worker.terminated)).toBe(true);
    }
  });

  it('reports progress once per file, and the assembly goes to one worker after the last analysis', async () => {
    const progress: [number, number][] = [];
    const workers: FakeWorker[] = [];
    await extractInPool(filesIn(['a.txt', 'b.md', 'c.txt']), {
      cores: 2, jobs: 2, createWorker: () => { const worker = new FakeWorker(); workers.push(worker); return worker; },
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(progress).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(workers.flatMap((worker) => worker.received).filter((type) => type === 'assemble')).toHaveLength(1);
    expect(workers.flatMap((worker) => worker.received).filter((type) => type === 'analyse')).toHaveLength(3);
  });

  it('uses one worker per core only when each gets enough text (128 KB), one otherwise', async () => {
    const counted = async (sizes: number[], cores: number): Promise<number> => {
      let created = 0;
      const reply = (message: ToWorker, post: (message: FromWorker) => void) => {
        if (message.type === 'analyse') post({ type: 'analysed', id: message.id, analysis: { status: 'skipped', reason: 'empty' } });
        else throw new Error('no assembly in this test');
      };
      const files = sizes.map((size, index) => ({ path: `f${index}.txt`, bytes: new ArrayBuffer(size) }));
      await extractInPool(files, { cores, createWorker: () => { created++; return new FakeWorker(reply); } }).catch(() => undefined);
      return created;
    };
    expect(await counted([1000, 2000, 3000], 4)).toBe(1);
    expect(await counted([200 * 1024, 150 * 1024, 140 * 1024], 2)).toBe(2);
    expect(await counted([200 * 1024, 150 * 1024, 140 * 1024], 8)).toBe(3);
  });

  it('cancels: rejects with an AbortError and terminates every worker', async () => {
    const controller = new AbortController();
    const workers: FakeWorker[] = [];
    // Workers that never answer: the extraction is still running when Cancel comes.
    const running = extractInPool(filesIn(['a.txt', 'b.md']), { cores: 2, jobs: 2, signal: controller.signal, createWorker: () => { const worker = new FakeWorker(() => undefined); workers.push(worker); return worker; } });
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers).toHaveLength(2);
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });

  it('rejects with the worker\'s failed reply when a document fails', async () => {
    const failing = (message: ToWorker) => { throw new Error(`${message.type === 'analyse' ? message.file.path : ''}: broken`); };
    await expect(extractInPool(filesIn(['a.txt']), { cores: 1, createWorker: () => new FakeWorker(failing) })).rejects.toThrow('a.txt: broken');
  });
});
