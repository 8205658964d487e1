/**
 * The resident memory of this process and its analyser children together, sampled while they
 * run (for bench:extract's peak RSS). Each process knows only its own peak, and the peaks need
 * not coincide: the parent's comes as it gathers the results, each child's on its largest
 * document, so adding them up overstates. Linux only (/proc); elsewhere `stop` gives undefined
 * and the caller keeps the sum.
 */
import { readFileSync } from 'node:fs';

/** Resident set size of `pid` in MB, or 0 when it has gone. */
function residentMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kilobytes === undefined ? 0 : Number(kilobytes) / 1024;
  } catch {
    return 0;
  }
}

/** Samples every `everyMs` until `stop()`, which gives the largest sum seen (MB). */
export function sampleTreeMemory(children: () => Iterable<number>, everyMs = 50): { stop: () => number | undefined } {
  if (process.platform !== 'linux') return { stop: () => undefined };
  let peak = 0;
  const sample = (): void => {
    let total = process.memoryUsage.rss() / 2 ** 20;
    for (const pid of children()) total += residentMb(pid);
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
