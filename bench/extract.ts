/**
 * `npm run bench:extract`: extraction speed against a bare compromise parse, scaling with
 * corpus size, peak memory, and the warm-cache re-run. Prints each figure beside its goal
 * and writes bench/results/extract.json (or extract.smoke.json with --smoke).
 *
 * Each scaling step runs in a fresh child process so that its peak RSS is its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const smoke = process.argv.includes('--smoke');
const CORPUS = 'data/corpus';
const scales = smoke ? [1, 2] : [1, 2, 4, 8, 16];
const repeats = smoke ? 1 : 3;

interface Measurement { seconds: number; peakRssMb: number; kilobytes: number; coldSeconds?: number }

function measure(mode: string, scale: number): Measurement {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/extract-worker.ts', mode, String(scale), CORPUS], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(output.trim().split('\n').at(-1)!) as Measurement;
}

function best(mode: string, scale: number): Measurement {
  let result: Measurement | undefined;
  for (let i = 0; i < repeats; i++) {
    const run = measure(mode, scale);
    if (!result || run.seconds < result.seconds) result = run;
  }
  return result!;
}

const corpusKb = readdirSync(CORPUS).reduce((sum, name) => sum + readFileSync(join(CORPUS, name)).length, 0) / 1024;
console.log(`Corpus: ${readdirSync(CORPUS).length} files, ${corpusKb.toFixed(0)} KB; best of ${repeats}${smoke ? ' (smoke mode)' : ''}`);

const bare = best('bare', 1);
const cold = best('extract', 1);
const speedRatio = cold.seconds / bare.seconds;
console.log(`bare nlp(text) parse     ${bare.seconds.toFixed(3)} s`);
console.log(`full extraction (cold)   ${cold.seconds.toFixed(3)} s   ratio ${speedRatio.toFixed(2)}×   goal ≤ 0.50×  ${speedRatio <= 0.5 ? 'met' : 'NOT met'}`);

const warm = best('warm', 1);
const cacheSpeedup = warm.seconds > 0 ? (warm.coldSeconds ?? cold.seconds) / warm.seconds : Infinity;
console.log(`re-run, warm cache       ${warm.seconds.toFixed(3)} s   speed-up ${cacheSpeedup.toFixed(1)}×   goal ≥ 10×  ${cacheSpeedup >= 10 ? 'met' : 'NOT met'}`);

const scaling: Array<Measurement & { scale: number; msPerKb: number }> = [];
for (const scale of scales) {
  const run = best('extract', scale);
  scaling.push({ ...run, scale, msPerKb: (run.seconds * 1000) / run.kilobytes });
  console.log(`scale ${String(scale).padStart(2)}×  ${run.kilobytes.toFixed(0).padStart(6)} KB  ${run.seconds.toFixed(2).padStart(6)} s  ${scaling.at(-1)!.msPerKb.toFixed(3)} ms/KB  peak RSS ${run.peakRssMb.toFixed(0)} MB`);
}
const first = scaling[0]!;
const last = scaling.at(-1)!;
const perKbRatio = last.msPerKb / first.msPerKb;
console.log(`time per KB at ${last.scale}× vs 1×: ${perKbRatio.toFixed(2)}×   goal ≤ 1.30×  ${perKbRatio <= 1.3 ? 'met' : 'NOT met'}`);
console.log(`peak RSS at ${last.scale}×: ${last.peakRssMb.toFixed(0)} MB   goal ≤ 300 MB  ${last.peakRssMb <= 300 ? 'met' : 'NOT met'}`);

const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/extract${smoke ? '.smoke' : ''}.json`, `${JSON.stringify({
  date: new Date().toISOString(), machine, smoke, corpusKb,
  bareSeconds: bare.seconds, coldSeconds: cold.seconds, speedRatio, goalSpeedRatio: 0.5,
  warmSeconds: warm.seconds, cacheSpeedup, goalCacheSpeedup: 10,
  scaling, perKbRatio, goalPerKbRatio: 1.3, peakRssMbAtMax: last.peakRssMb, goalPeakRssMb: 300,
}, null, 2)}\n`);

// A missed goal fails a full run (smoke runs are too small to measure the goals).
const missed = [
  speedRatio <= 0.5 ? '' : 'full extraction vs bare nlp',
  cacheSpeedup >= 10 ? '' : 'warm-cache speed-up',
  perKbRatio <= 1.3 ? '' : 'time per KB at scale',
  last.peakRssMb <= 300 ? '' : 'peak RSS',
].filter(Boolean);
if (!smoke && missed.length > 0) {
  console.error(`bench:extract: goal not met: ${missed.join(', ')}`);
  process.exitCode = 1;
}
