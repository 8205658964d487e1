/**
 * `npx tsx bench/real-views.ts --graph FILE --out DIR [--no-build]`: screenshots of the real
 * corpus's graph as an analyst meets it, to be looked at (readability is judged by eye; the
 * browser tests check what they can of it). At a laptop size (1400×900) and a phone size
 * (390×844): the default view, a big hub selected (China, else the most mentioned state) and a
 * mid-size actor's strongest link opened (the actor ranked 80th by mentions). Writes
 * DIR/{laptop,phone}-{default,hub,link}.png and prints the labels drawn in each.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser, waitForRest } from '../tests/e2e/browser.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';
import { parseGraphJson } from '../src/graph-format/index.ts';

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const graphFile = argument('--graph');
const out = argument('--out') ?? '/tmp/real-views';
if (!graphFile) throw new Error('--graph FILE is required');
const parsed = parseGraphJson(readFileSync(graphFile, 'utf8'));
if (!parsed.ok) throw new Error(`${graphFile} is not a valid graph`);
const graph = parsed.graph;
const byMentions = [...graph.nodes].sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
const hub = graph.nodes.find((node) => node.id === 'state:china') ?? byMentions.find((node) => node.type === 'state')!;
const mid = byMentions[Math.min(80, byMentions.length - 1)]!;
const midLink = graph.edges.filter((edge) => edge.source === mid.id || edge.target === mid.id).sort((a, b) => b.weight - a.weight)[0]!;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
mkdirSync('dist/bench', { recursive: true });
copyFileSync(graphFile, 'dist/bench/real.json');
mkdirSync(out, { recursive: true });
const server = await startPreview();
const browser = await launchBrowser();
const sizes = { laptop: { width: 1400, height: 900 }, phone: { width: 390, height: 844 } };
const views = { default: '', hub: `&actor=${encodeURIComponent(hub.id)}`, link: `&link=${encodeURIComponent(midLink.id)}` };
try {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    for (const [viewName, query] of Object.entries(views)) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}?graph=bench/real.json${query}`);
      // Settled, the Timeline up (the view fits above it) and the base no longer redrawn.
      await waitForRest(page);
      const path = `${out}/${sizeName}-${viewName}.png`;
      await page.screenshot({ path });
      const labels = await page.evaluate(() => window.__silkmap?.labelledNodes() ?? []);
      console.log(`${path}: ${labels.length} labels${viewName === 'hub' ? ` (hub ${hub.label})` : viewName === 'link' ? ` (link ${midLink.id})` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
