/**
 * The graph stage's relation classification on worker threads (relate-worker.ts), once actors
 * are resolved: the serial assembly's largest stage (on the real corpus ~123,000 pairs, 11–14 s
 * of CPU in one thread) spread over the cores. Sentences go out in batches of consecutive
 * sentences to whichever worker is free; each batch's answers are put back at its sentences'
 * places, so the relations (and the graph) never depend on the number of workers or on timing.
 */
import type { EvidenceRelation } from '../../graph-format/index.ts';
import { pairCount, type SentencePairs } from '../relate/index.ts';
import type { RelatePort } from './pool-messages.ts';
import { startThread } from './pool.ts';
import { threadPort } from './thread-port.ts';

/** About 0.1 s of one thread's work: small enough to share out evenly, large enough that messages cost little. */
export const PAIRS_PER_BATCH = 2_000;
/**
 * Below this many pairs in all, the assembling thread classifies them itself: a worker would start a thread and
 * load the classifier for a few hundred pairs (the sample's ~1,500 take ~0.7 s in one thread, mostly compiling).
 */
export const MIN_PAIRS_FOR_A_RELATE_WORKER = 10_000;
/**
 * Each worker beyond the first needs this many pairs. Every thread is its own V8 isolate, which optimises the
 * classifier's large functions again as it meets them (~330 TurboFan jobs, pairFeatures alone ~10 times):
 * ~3–4 s of CPU per isolate on the real corpus (2026-12-08, notes/i16-speed8.md), against ~70 µs a pair once
 * compiled. A second worker halves the ~70 µs × pairs but adds one such compile, so on two free cores it shortens
 * the stage only beyond ~100,000 pairs; below that it costs CPU and time.
 */
export const MIN_PAIRS_PER_RELATE_WORKER = 50_000;
/** Batches a worker holds at once: the next is already there when it answers one. */
const IN_FLIGHT = 2;
/**
 * A worker holds the classifier's tables and two batches (a few megabytes): a small old
 * generation keeps V8 from letting its heap grow to several times that between collections,
 * and a small young one from keeping tens of megabytes of the classifier's short-lived garbage
 * (the analyser's children run with 4 MB semi-spaces for the same reason).
 */
export const RELATE_HEAP_LIMIT_MB = 96;
export const RELATE_YOUNG_LIMIT_MB = 8;

/** What a sentence is replaced with once sent. */
const SENT: SentencePairs = { mentions: [], actors: [] };

/**
 * How many worker threads classify, 0 meaning the assembling thread itself: `--jobs N` (1: that thread), else none
 * below MIN_PAIRS_FOR_A_RELATE_WORKER pairs, one, or one per core as long as each gets MIN_PAIRS_PER_RELATE_WORKER.
 * One worker rather than the assembling thread: its small heap is cheap to collect, while a major collection of
 * the assembling thread marks the whole graph under construction (~1 s less CPU on the real corpus's pairs).
 */
export function relateWorkerCount(requested: number | undefined, pairs: number, cores: number): number {
  if (requested !== undefined) return requested > 1 ? requested : 0;
  if (pairs < MIN_PAIRS_FOR_A_RELATE_WORKER) return 0;
  return Math.max(1, Math.min(cores, Math.floor(pairs / MIN_PAIRS_PER_RELATE_WORKER)));
}

/** Consecutive ranges [from, to) of `sentences`, each closed once it holds `pairsPerBatch` pairs or more. */
export function sentenceBatches(sentences: readonly SentencePairs[], pairsPerBatch: number = PAIRS_PER_BATCH): [number, number][] {
  const batches: [number, number][] = [];
  let from = 0;
  let pairs = 0;
  sentences.forEach((sentence, index) => {
    pairs += pairCount(sentence.actors.length);
    if (pairs >= pairsPerBatch) {
      batches.push([from, index + 1]);
      from = index + 1;
      pairs = 0;
    }
  });
  if (from < sentences.length) batches.push([from, sentences.length]);
  return batches;
}

/**
 * relations[k] = relateSentencePairs(sentences[k]), classified on `jobs` workers; each sentence
 * is let go (replaced in `sentences`) once it is sent. Rejects (and
 * stops every worker) on the first failure. `start` makes a worker (tests give fakes and smaller batches).
 */
export async function relateInPool(
  sentences: SentencePairs[], jobs: number, start: () => RelatePort = startRelateWorker, pairsPerBatch: number = PAIRS_PER_BATCH,
): Promise<EvidenceRelation[][]> {
  const batches = sentenceBatches(sentences, pairsPerBatch);
  const relations = new Array<EvidenceRelation[]>(sentences.length);
  if (batches.length === 0) return relations;
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, batches.length)) }, () => start());
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      let held = 0;
      const send = (): void => {
        while (held < IN_FLIGHT && next < batches.length) {
          const id = next++;
          const [from, to] = batches[id]!;
          worker.post({ type: 'relate', id, sentences: sentences.slice(from, to) });
          // The worker has its copy: this thread's (parses and mentions, tens of megabytes in all) can go.
          sentences.fill(SENT, from, to);
          held++;
        }
        if (held === 0) resolve();
      };
      worker.listen((reply) => {
        if (reply.type === 'failed') {
          reject(new Error(reply.reason));
          return;
        }
        const [from, to] = batches[reply.id]!;
        if (reply.relations.length !== to - from) {
          reject(new Error(`a relation worker answered ${reply.relations.length} sentences of ${to - from}`));
          return;
        }
        reply.relations.forEach((found, offset) => { relations[from + offset] = found; });
        held--;
        send();
      });
      send();
    })));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return relations;
}

export function startRelateWorker(): RelatePort {
  return threadPort(startThread('relate-worker', {}, RELATE_HEAP_LIMIT_MB, RELATE_YOUNG_LIMIT_MB), 'a relation worker');
}
