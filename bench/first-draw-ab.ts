/**
 * `npm run bench:first-draw -- [--runs N] [--new-tab] [--graph PATH] NAME=DIST NAME=DIST …`:
 * the sample's first draw (navigation → the `silkmap:first-draw` mark) for two or more builds
 * side by side, alternating build by build in each round, each load in a freshly launched
 * Chromium (as bench:render's sample scenario), so that the load of a shared machine falls on all
 * of them alike. Prints every load with the loader's marks and the CPU time all of Chromium's
 * processes spent from navigation to the first draw (less dependent on the machine's load than the
 * wall time, which other engineers' jobs stretch several times over), then the medians and their
 * ratio to the first build. Build a commit to compare with, e.g.:
 *   git worktree add /tmp/before REF && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   (cd /tmp/before && npx vite build --outDir /tmp/dist-before)
 *   npm run build && npm run bench:first-draw -- --runs 5 before=/tmp/dist-before after=dist
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { loadavg } from 'node:os';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { percentile } from './frames.ts';
import { openTab } from './settled-tab.ts';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const runs = Math.max(1, Number(option('--runs') ?? 3) || 3);
const graph = option('--graph');
const builds = argv.filter((arg) => /^[\w.-]+=/.test(arg)).map((arg) => ({ name: arg.slice(0, arg.indexOf('=')), dir: arg.slice(arg.indexOf('=') + 1) }));
if (builds.length === 0 || builds.some((build) => !existsSync(join(build.dir, 'index.html')))) {
  console.error('usage: bench/first-draw-ab.ts [--runs N] [--new-tab] [--graph PATH] NAME=DIST_FOLDER … (each folder a vite build)');
  process.exit(2);
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.json': 'application/json', '.png': 'image/png' };
/** A static server for one build (vite preview serves one folder per process). */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) { response.writeHead(404); response.end(); return; }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
  }));
}

const served = await Promise.all(builds.map(async (build) => ({ ...build, ...(await serve(build.dir)) })));
const firstDraws = new Map<string, number[]>(builds.map((build) => [build.name, []]));
const cpuTimes = new Map<string, number[]>(builds.map((build) => [build.name, []]));
/** CPU milliseconds used so far by all of the browser's processes (DevTools protocol). */
async function browserCpuMs(browser: Awaited<ReturnType<typeof launchBrowser>>): Promise<number> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] };
  await session.detach();
  return processInfo.reduce((sum, process) => sum + process.cpuTime * 1000, 0);
}
for (let round = 1; round <= runs; round++) {
  for (const build of served) {
    const browser = await launchBrowser();
    const page = await openTab(browser, { width: 1400, height: 900 });
    const load = loadavg()[0]!.toFixed(1);
    const cpuBefore = await browserCpuMs(browser);
    await page.goto(build.url + (graph ? `?graph=${encodeURIComponent(graph)}` : ''));
    await page.waitForFunction(() => performance.getEntriesByName('silkmap:first-draw').length > 0, null, { timeout: 120_000 });
    const cpuMs = Math.round((await browserCpuMs(browser)) - cpuBefore);
    cpuTimes.get(build.name)!.push(cpuMs);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => [mark.name.replace('silkmap:', ''), Math.round(mark.startTime)] as const));
    await browser.close();
    const firstDraw = marks.find(([name]) => name === 'first-draw')![1];
    firstDraws.get(build.name)!.push(firstDraw);
    console.log(`${build.name.padEnd(10)} round ${round}: first draw ${String(firstDraw).padStart(5)} ms, CPU ${String(cpuMs).padStart(5)} ms (load ${load}) | ${marks.map(([name, at]) => `${name} ${at}`).join(', ')}`);
  }
}
for (const { server } of served) server.close();
const baseline = percentile(firstDraws.get(builds[0]!.name)!, 50);
const cpuBaseline = percentile(cpuTimes.get(builds[0]!.name)!, 50);
console.log(`load average now ${loadavg()[0]!.toFixed(1)}; medians over ${runs} round(s):`);
for (const build of builds) {
  const median = percentile(firstDraws.get(build.name)!, 50);
  const cpu = percentile(cpuTimes.get(build.name)!, 50);
  console.log(`${build.name.padEnd(10)} first draw median ${median} ms (${firstDraws.get(build.name)!.join(', ')}), ${(median / baseline).toFixed(2)}× ${builds[0]!.name}` +
    ` | CPU to first draw median ${cpu} ms (${cpuTimes.get(build.name)!.join(', ')}), ${(cpu / cpuBaseline).toFixed(2)}× ${builds[0]!.name}`);
}
process.exit(0);
