/**
 * `npm run bench:profile -- [--nodes N] [--over MS]`: where do the main thread's long tasks come
 * from? Builds the explorer without minification (readable function names), loads the sample
 * graph (or a generated one of N actors and 5N links), lets the layout run, selects three
 * actors, and prints every main-thread task longer than MS (default 40) with its browser phases
 * (script, style, layout, paint, commit) and the functions that took its time. A tool for
 * chasing bench:render's long tasks, not a benchmark: profiling slows everything down.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';
import { scriptedPanZoom } from './pan-zoom.ts';
import { generateGraph } from '../tests/fixtures/graphs/generate.ts';
import { serializeGraph } from '../src/graph-format/index.ts';

const { values } = parseArgs({ options: { nodes: { type: 'string', default: '0' }, over: { type: 'string', default: '40' } } });
const nodes = Number(values.nodes);
const overMs = Number(values.over);
const OUT = '.cache/profile-dist';
const PORT = 4183;

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', OUT, '--emptyOutDir', '--minify', 'false'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
if (nodes > 0) {
  mkdirSync(`${OUT}/bench`, { recursive: true });
  writeFileSync(`${OUT}/bench/profile.json`, serializeGraph(generateGraph(nodes, nodes * 5)));
}
const server = await startPreview({ port: PORT, outDir: OUT });
const base = server.url;

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }

const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (data) => { events.push(...(data.value as unknown as TraceEvent[])); });
const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
await cdp.send('Profiler.start');
await page.goto(nodes > 0 ? `${base}?graph=bench/profile.json` : base);
await page.waitForFunction(() => performance.getEntriesByName('silkmap:first-draw').length > 0, null, { timeout: 60_000 });
// The same script as bench:render: the layout runs, then a pan/zoom, then five selections.
await page.waitForTimeout(nodes >= 5000 ? 6000 : 4000);
const marks: [string, number][] = [['pan/zoom', await page.evaluate(() => performance.now())]];
await scriptedPanZoom(page);
marks.push(['select', await page.evaluate(() => performance.now())]);
for (let row = 0; row < 5; row++) {
  await page.locator('section[aria-label="Actors"] tbody th button').nth(row).click();
  await page.waitForTimeout(300);
}
const timeOrigin = await page.evaluate(() => performance.timeOrigin);
const { profile } = await cdp.send('Profiler.stop') as { profile: CpuProfile };
await cdp.send('Tracing.end');
await traced;
await browser.close();

// The renderer's main thread, and its top-level tasks.
const mainThread = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
const onMain = events.filter((event) => mainThread && event.pid === mainThread.pid && event.tid === mainThread.tid && event.ph === 'X');
const tasks = onMain.filter((event) => event.name === 'RunTask' && (event.dur ?? 0) > overMs * 1000).sort((a, b) => a.ts - b.ts);
const origin = Math.min(...onMain.map((event) => event.ts));
// The navigation's start on the trace clock: performance.now() = 0 there.
const navigationTs = events.find((event) => event.name === 'navigationStart' && event.pid === mainThread?.pid)?.ts ?? origin;
void timeOrigin;
const PHASES = ['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'MinorGC', 'MajorGC'];

// CPU samples with their times (the profiler and the trace share one clock).
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
let time = profile.startTime;
const samples = profile.samples.map((id, index) => { time += profile.timeDeltas[index]!; return { id, time }; });
const where = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;

console.log(`${tasks.length} main-thread task(s) over ${overMs} ms (${nodes > 0 ? `${nodes} actors, ${nodes * 5} links` : 'sample graph'}; times include profiling overhead)`);
for (const task of tasks) {
  const end = task.ts + task.dur!;
  const phases = new Map<string, number>();
  for (const event of onMain) {
    if (event.ts < task.ts || event.ts + (event.dur ?? 0) > end || !PHASES.includes(event.name)) continue;
    phases.set(event.name, (phases.get(event.name) ?? 0) + event.dur! / 1000);
  }
  const self = new Map<string, number>();
  const inTask = samples.filter((sample) => sample.time >= task.ts && sample.time <= end);
  for (const [index, sample] of inTask.entries()) {
    const node = byId.get(sample.id)!;
    if (['(idle)', '(program)', '(root)'].includes(node.callFrame.functionName)) continue;
    const next = inTask[index + 1]?.time ?? end;
    self.set(where(node), (self.get(where(node)) ?? 0) + (next - sample.time) / 1000);
  }
  // Trace timestamps are microseconds on the monotonic clock; performance.now() is ms from timeOrigin (wall clock):
  // phases are named by the page's own clock, read from the task's place among the navigation-relative marks.
  const pageMs = task.ts / 1000 - navigationTs / 1000;
  const phase = [...marks].reverse().find(([, at]) => pageMs >= at)?.[0] ?? 'layout/loading';
  console.log(`\n${((task.ts - origin) / 1000).toFixed(0).padStart(6)} ms  [${phase}]  ${(task.dur! / 1000).toFixed(1)} ms  ${[...phases].filter(([, ms]) => ms >= 1).map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(', ')}`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`          ${ms.toFixed(1).padStart(5)} ms  ${name}`);
}
process.exit(0);
