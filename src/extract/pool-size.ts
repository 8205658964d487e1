/**
 * How many workers the per-document step gets, for the CLI's worker threads and the
 * browser's web workers alike. Browser-safe (no Node APIs).
 *
 * A worker loads compromise and the lexicons itself: 0.3–0.7 s of CPU, what some 60–140 KB
 * of text takes to analyse. So each worker must get at least MIN_BYTES_PER_WORKER when the
 * documents are dealt largest first (as both pools do), or fewer workers are used.
 */
export const MIN_BYTES_PER_WORKER = 128 * 1024;

/**
 * `requested` is obeyed (never more workers than documents). By default one per core, but
 * only as many as each get MIN_BYTES_PER_WORKER: a corpus of one long and one short text
 * gets one, since a second worker would cost more to start than the short text takes.
 */
export function workerCount(requested: number | undefined, sizes: readonly number[], cores: number): number {
  if (sizes.length === 0) return 0;
  if (requested !== undefined) return Math.min(requested, sizes.length);
  for (let jobs = Math.min(cores, sizes.length); jobs > 1; jobs--) {
    if (Math.min(...largestFirstLoads(sizes, jobs)) >= MIN_BYTES_PER_WORKER) return jobs;
  }
  return 1;
}

/** Indexes of `sizes`, largest first (ties by index): the order both pools hand documents out in. */
export function largestFirst(sizes: readonly number[]): number[] {
  return sizes.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
}

/** Bytes each of `jobs` workers gets when every document goes, largest first, to the least loaded one. */
function largestFirstLoads(sizes: readonly number[], jobs: number): number[] {
  const loads = new Array<number>(jobs).fill(0);
  for (const index of largestFirst(sizes)) {
    const least = loads.indexOf(Math.min(...loads));
    loads[least]! += sizes[index]!;
  }
  return loads;
}
