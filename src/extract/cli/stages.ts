/**
 * SILKMAP_STAGES=1: one stderr line per stage of a CLI run — wall time, this process's CPU
 * time (every thread), resident and heap memory at the stage's end — so a profile of the
 * real corpus says where time and memory go without a debugger. Silent otherwise.
 */
import { performance } from 'node:perf_hooks';

export type StageLog = (stage: string) => void;

export function stageLog(enabled: boolean = !!process.env.SILKMAP_STAGES): StageLog {
  if (!enabled) return () => {};
  let wall = performance.now();
  let cpu = process.cpuUsage();
  let peakRss = 0;
  return (stage) => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, process.resourceUsage().maxRSS / 1024);
    const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
    process.stderr.write(
      `extract: stage ${stage.padEnd(22)} wall ${((now - wall) / 1000).toFixed(2).padStart(6)} s  cpu ${((used.user + used.system) / 1e6).toFixed(2).padStart(6)} s  rss ${mb(memory.rss)} MB  heap ${mb(memory.heapUsed)} MB  peak rss ${peakRss.toFixed(0)} MB\n`,
    );
    wall = now;
    cpu = process.cpuUsage();
  };
}
