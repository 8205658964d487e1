/** Percentiles and frame intervals in display refreshes, shared by the render benchmarks. */

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Frame times in whole display refreshes. requestAnimationFrame intervals jitter by a few
 * tenths of a millisecond around the refresh interval (16.6–16.8 ms at 60 Hz), so a raw p95 of
 * 16.8 ms says nothing about missed frames; an interval rounds to the refreshes it spanned
 * (16.8 → 16.7, 33.2 → 33.3). The refresh interval is the 10th percentile of the intervals.
 */
export function framesInRefreshes(intervals: number[]): number[] {
  const refresh = percentile(intervals, 10) || 1000 / 60;
  return intervals.map((interval) => Math.max(1, Math.round(interval / refresh)) * refresh);
}
