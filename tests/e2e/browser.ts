/**
 * Shared set-up for the real-browser tests: Debian's Chromium driven by playwright-core.
 * The flags keep Chromium from reaching for the network at start-up (this machine has none).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { parseGraphJson, type Graph } from '../../src/graph-format/index.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** Base URL of the built explorer, served by tests/e2e/run.ts. */
export function baseUrl(): string {
  const url = process.env.SILKMAP_E2E_URL;
  if (!url) throw new Error('SILKMAP_E2E_URL is not set: run the browser tests with `npm run test:e2e`');
  return url;
}

/** Opens a page that fails the test on any uncaught page error or console error. */
export async function openPage(browser: Browser, path = '', viewport = { width: 1400, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(new URL(path, baseUrl()).toString());
  return { page, errors };
}

/** Opens a page in a shared context (its viewport, permissions, init scripts), once the network has settled; errors as openPage. */
export async function openSettledPage(context: BrowserContext, path = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(new URL(path, baseUrl()).toString());
  await waitForSettledNetwork(page);
  return { page, errors };
}

/**
 * Whether no drawn disc reaches (x, y): the hit test's 3 px of room around a disc, and 1 more because
 * the browser rounds a click to whole pixels. Discs as `window.__silkmap.drawnNodes()` gives them.
 */
export function clearOfDiscs(discs: readonly { x: number; y: number; r: number }[], x: number, y: number): boolean {
  return discs.every((disc) => Math.hypot(disc.x - x, disc.y - y) > disc.r + 4);
}

/** Two animation frames: whatever was just changed has been drawn. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Waits until the layout has settled and its last positions are drawn. */
export async function waitForSettledNetwork(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__silkmap?.layoutSettled() === true, null, { timeout: 30_000 });
  await nextFrames(page);
}

/** Where an actor is drawn, in client pixels (throws when it is not drawn). */
export async function nodePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const position = await page.evaluate((nodeId) => window.__silkmap?.nodeScreenPosition(nodeId) ?? null, id);
  if (!position) throw new Error(`node ${id} is not drawn`);
  return position;
}

/** A graph file's graph, decoded and validated as the explorer does (data/graph.json is the compact file). */
export function graphFromText(text: string): Graph {
  const parsed = parseGraphJson(text);
  if (!parsed.ok) throw new Error(`not a valid graph: ${parsed.errors.join('; ')}`);
  return parsed.graph;
}

/** The graph the test server serves at `path` (relative to the explorer). */
export async function fetchGraph(path: string): Promise<Graph> {
  return graphFromText(await (await fetch(new URL(path, baseUrl()))).text());
}

/**
 * Settled, the Timeline up (a big graph's comes once the network is at rest, and the view then
 * fits above it), and the base layer no longer redrawn (a big graph's drawing comes from a worker
 * a little later).
 */
export async function waitForRest(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__silkmap?.layoutSettled() === true, null, { timeout: 300_000, polling: 200 });
  await page.getByRole('region', { name: 'Timeline' }).waitFor({ timeout: 60_000 });
  let draws = -1;
  for (let i = 0; i < 30; i++) {
    const now = await page.evaluate(() => window.__silkmap!.baseDrawCount());
    if (now === draws) break;
    draws = now;
    await page.waitForTimeout(700);
  }
  await nextFrames(page);
}
