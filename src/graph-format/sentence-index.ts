/** Which sentence holds an offset: its own module, so the page's first bundle takes it without the edge builder. */
/**
 * Index of the sentence of `sentences` that contains offset `at`, or -1. Binary search: spans
 * are sorted and disjoint. The one copy: the extractor, the validator and the explorer use it.
 */
export function sentenceIndexAt(sentences: readonly (readonly [number, number])[], at: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = sentences[middle]!;
    if (at < start) high = middle - 1;
    else if (at >= end) low = middle + 1;
    else return middle;
  }
  return -1;
}
