/**
 * SILKMAP_STAGES=1: one stderr line per stage of a CLI run — wall time, this process's CPU
 * time (every thread; the main thread's alone as `main`, on Linux), resident and heap memory at the stage's end — so a profile of the
 * real corpus says where time and memory go without a debugger. Silent otherwise.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export type StageLog = (stage: string) => void;

export function stageLog(enabled: boolean = !!process.env.SILKMAP_STAGES): StageLog {
  if (!enabled) return () => {};
  let wall = performance.now();
  let cpu = process.cpuUsage();
  let own = mainThreadCpuSeconds();
  let peakRss = 0;
  return (stage) => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    const memory = process.memoryUsage();
    const ownNow = mainThreadCpuSeconds();
    const ownUsed = ownNow === undefined || own === undefined ? '' : `  main ${(ownNow - own).toFixed(2).padStart(6)} s`;
    peakRss = Math.max(peakRss, process.resourceUsage().maxRSS / 1024);
    const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);
    process.stderr.write(
      `extract: stage ${stage.padEnd(22)} wall ${((now - wall) / 1000).toFixed(2).padStart(6)} s  cpu ${((used.user + used.system) / 1e6).toFixed(2).padStart(6)} s${ownUsed}  rss ${mb(memory.rss)} MB  heap ${mb(memory.heapUsed)} MB  peak rss ${peakRss.toFixed(0)} MB\n`,
    );
    wall = now;
    cpu = process.cpuUsage();
    own = ownNow;
  };
}

/**
 * The CPU time of this process's main thread alone (Linux: /proc, in clock ticks of 10 ms),
 * beside the whole process's: what the worker threads do in parallel is not on the critical path.
 */
function mainThreadCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // The fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
