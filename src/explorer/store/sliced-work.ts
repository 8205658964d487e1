/**
 * Work written as a generator of steps (every `yield` a point where it may pause), run one of two
 * ways: to its end at once, when a caller needs the answer now, or in slices of a few
 * milliseconds with a new task between them, so that the page paints and takes input while a big
 * graph's model and indexes are built (model.ts, association.ts, timeline/). One home for both,
 * instead of a copy of each loop per builder.
 */
export type Steps<T> = Generator<void, T>;

/** Runs `steps` to their end now and returns what they return. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` in slices of about `sliceMs`, awaiting `nextTask` between slices. Resolves to what
 * they return, or to undefined when `doneElsewhere`, asked after each pause, says another caller
 * finished the same work meanwhile (the rest is then not run here).
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  nextTask: () => Promise<void>,
  sliceMs: number,
  doneElsewhere: () => boolean = () => false,
): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      if (doneElsewhere()) return undefined;
      sliceStart = performance.now();
    }
  }
}
