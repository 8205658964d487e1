/**
 * The graph stage's relation workers (cli/relate-pool.ts): every sentence's answer lands at its
 * own place whatever the number of workers and the order they answer in, and real worker
 * threads give the hand-worked relations the assembling thread gives.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceRelation } from '../../src/graph-format/index.ts';
import { packTerms, parseSentence, relateSentencePairs, relationCues, type SentencePairs } from '../../src/extract/relate/index.ts';
import type { RelatePort, RelateRequest } from '../../src/extract/cli/pool-messages.ts';
import { relateInPool, relateWorkerCount, sentenceBatches } from '../../src/extract/cli/relate-pool.ts';
import { sentenceMentions, type Names } from '../helpers/explain-pair.ts';

/** A sentence of `n` actors named a0, a1, … (no parse: only the pairs' order matters to the fakes). */
function named(n: number, prefix: string): SentencePairs {
  return { mentions: [], actors: Array.from({ length: n }, (_, i) => `${prefix}${i}`) };
}

/**
 * A fake worker answering each pair with `supports` from its first actor to its second, the
 * most recently sent batch first (so answers come back out of order), and logging batch ids.
 */
function fakeWorker(log: number[][], failOn?: number): RelatePort {
  let listener: Parameters<RelatePort['listen']>[0] = null;
  const held: RelateRequest[] = [];
  const mine: number[] = [];
  log.push(mine);
  return {
    post(request) {
      held.push(request);
      setTimeout(() => {
        const batch = held.pop()!;
        mine.push(batch.id);
        if (batch.id === failOn) {
          listener?.({ type: 'failed', reason: 'broken batch' });
          return;
        }
        const relations = batch.sentences.map(({ actors }) => {
          const found: EvidenceRelation[] = [];
          for (let i = 0; i < actors.length; i++) for (let j = i + 1; j < actors.length; j++) found.push({ type: 'supports', from: actors[i]!, to: actors[j]! });
          return found;
        });
        listener?.({ type: 'related', id: batch.id, relations });
      }, 0);
    },
    listen(next) { listener = next; },
    terminate() { log.push([-1]); },
  };
}

describe('relation workers', () => {
  it('cuts consecutive batches once they hold enough pairs', () => {
    // Pairs per sentence: 1, 3, 0 (one actor), 6, 1.
    const sentences = [named(2, 'a'), named(3, 'b'), named(1, 'c'), named(4, 'd'), named(2, 'e')];
    expect(sentenceBatches(sentences, 4)).toEqual([[0, 2], [2, 4], [4, 5]]);
    expect(sentenceBatches(sentences, 100)).toEqual([[0, 5]]);
    expect(sentenceBatches([], 4)).toEqual([]);
  });

  it('uses the workers asked for, else none below 10,000 pairs, one, or one per core with 50,000 pairs each', () => {
    // --jobs 1: the assembling thread (0 workers).
    expect(relateWorkerCount(1, 500_000, 2)).toBe(0);
    expect(relateWorkerCount(3, 10, 2)).toBe(3);
    // The sample: a few hundred pairs, classified by the assembling thread.
    expect(relateWorkerCount(undefined, 1_500, 2)).toBe(0);
    expect(relateWorkerCount(undefined, 9_999, 2)).toBe(0);
    // A sixth of the real corpus (~20,000 pairs): one worker, which compiles the classifier once.
    expect(relateWorkerCount(undefined, 10_000, 2)).toBe(1);
    expect(relateWorkerCount(undefined, 99_999, 2)).toBe(1);
    expect(relateWorkerCount(undefined, 100_000, 2)).toBe(2);
    // The real corpus, ~122,000 pairs.
    expect(relateWorkerCount(undefined, 122_000, 2)).toBe(2);
    expect(relateWorkerCount(undefined, 122_000, 8)).toBe(2);
    expect(relateWorkerCount(undefined, 500_000, 8)).toBe(8);
  });

  it('puts every answer at its sentence whatever the workers and the order they answer in', async () => {
    const sentences = (): SentencePairs[] => [named(2, 'a'), named(3, 'b'), named(1, 'c'), named(2, 'd'), named(2, 'e')];
    const expected = [
      [{ type: 'supports', from: 'a0', to: 'a1' }],
      [{ type: 'supports', from: 'b0', to: 'b1' }, { type: 'supports', from: 'b0', to: 'b2' }, { type: 'supports', from: 'b1', to: 'b2' }],
      [],
      [{ type: 'supports', from: 'd0', to: 'd1' }],
      [{ type: 'supports', from: 'e0', to: 'e1' }],
    ];
    for (const jobs of [1, 2, 3]) {
      const log: number[][] = [];
      // One pair per batch: [a], [b], [c, d], [e].
      const relations = await relateInPool(sentences(), jobs, () => fakeWorker(log), 1);
      expect(relations).toEqual(expected);
      const answered = log.filter((ids) => ids[0] !== -1);
      expect(answered).toHaveLength(jobs);
      expect(answered.flat().sort()).toEqual([0, 1, 2, 3]);
      // Every worker stopped.
      expect(log.filter((ids) => ids[0] === -1)).toHaveLength(jobs);
    }
  });

  it('fails with the first failure and stops every worker', async () => {
    const log: number[][] = [];
    await expect(relateInPool([named(2, 'a'), named(2, 'b'), named(2, 'c')], 2, () => fakeWorker(log, 1), 1)).rejects.toThrow('broken batch');
    expect(log.filter((ids) => ids[0] === -1)).toHaveLength(2);
  });

  it('gives the hand-worked relations on real worker threads, as in this thread', async () => {
    const cases: { sentence: string; names: Names; relations: EvidenceRelation[] }[] = [
      { sentence: 'China lent Kazakhstan two billion dollars in 2019.', names: { China: 'state', Kazakhstan: 'state' }, relations: [{ type: 'funds', from: 'China', to: 'Kazakhstan' }] },
      { sentence: 'Russia did not sanction Kazakhstan.', names: { Russia: 'state', Kazakhstan: 'state' }, relations: [{ type: 'pressures', from: 'Russia', to: 'Kazakhstan', negated: true }] },
      { sentence: 'China and Kazakhstan signed a border treaty in 1994.', names: { China: 'state', Kazakhstan: 'state' }, relations: [{ type: 'agrees' }] },
    ];
    const sentences: SentencePairs[] = cases.map(({ sentence, names }) => ({
      packed: packTerms(parseSentence(sentence, 0, sentence.length)),
      mentions: sentenceMentions(sentence, names),
      actors: Object.keys(names).sort(),
    }));
    // A sentence whose document made no parse: every pair `none`.
    sentences.push({ mentions: [], actors: ['Iran', 'Oman', 'Qatar'] });
    const expected = [...cases.map(({ relations }) => relations), [{ type: 'none' }, { type: 'none' }, { type: 'none' }]];
    expect(sentences.map((sentence) => relateSentencePairs(sentence, relationCues()))).toEqual(expected);
    expect(await relateInPool(sentences, 2, undefined, 1)).toEqual(expected);
  }, 60_000);
});
