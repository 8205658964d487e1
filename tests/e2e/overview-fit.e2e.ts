/**
 * The fitted overview fills the part of the canvas the overlays leave free (issue 13): on a
 * phone (390×844) the Timeline, the tool buttons and the overview note left 157 of the canvas's
 * 388 px, and a fixed 48 px padding drew the real corpus's overview as a ball 67 px high. Judged
 * on what the page draws (the base plan's actors and the drawn labels, `window.__silkmap`) once
 * the picture has come to rest: every drawn actor and label lies in the free area, and the
 * actors span most of it in the direction that limits the fit (a layout is not stretched, so the
 * other direction may keep room on its sides). Labels: drawn, not overlapping one another, at a
 * legible size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, waitForRest } from './browser.ts';
import { SCREENSHOTS } from './served-graph.ts';

const REAL_GRAPH = process.env.SILKMAP_E2E_REAL_GRAPH;
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1024, height: 700 };
const DESKTOP = { width: 1400, height: 900 };
/** Share of the free area's height or width (whichever limits the fit) the drawn actors must span: 0.43 before the fix on the phone. */
const FILLED_SHARE = 0.7;
/** A label's box is at least this high: its 12 px text and the pill around it (renderer.ts). */
const LEGIBLE_LABEL_PX = 14;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

interface Box { left: number; top: number; right: number; bottom: number }

/** The canvas less what its overlays hide: below the tool buttons and the overview note, above the Timeline and the legend on it. */
async function freeArea(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas[aria-label="Actor network"]')!.getBoundingClientRect();
    const free = { left: canvas.left, top: canvas.top, right: canvas.right, bottom: canvas.bottom };
    for (const overlay of document.querySelectorAll('.stage .network-tools, .stage .network-overview, .stage .timeline, .stage .legend')) {
      const box = overlay.getBoundingClientRect();
      if (box.height === 0) continue;
      if (box.top - canvas.top < canvas.height / 2) free.top = Math.max(free.top, box.bottom);
      else free.bottom = Math.min(free.bottom, box.top);
    }
    return free;
  });
}

async function checkFit(path: string, viewport: { width: number; height: number }, screenshot: string): Promise<void> {
  const { page, errors } = await openPage(browser, path, viewport);
  await waitForRest(page);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${screenshot}.png` });
  const free = await freeArea(page);
  const drawn = await page.evaluate(() => window.__silkmap!.drawnNodes());
  const labels = await page.evaluate(() => window.__silkmap!.labelBoxes());
  expect(drawn.length).toBeGreaterThan(20);

  const extent = {
    left: Math.min(...drawn.map((d) => d.x - d.r)), right: Math.max(...drawn.map((d) => d.x + d.r)),
    top: Math.min(...drawn.map((d) => d.y - d.r)), bottom: Math.max(...drawn.map((d) => d.y + d.r)),
  };
  const shareX = (extent.right - extent.left) / (free.right - free.left);
  const shareY = (extent.bottom - extent.top) / (free.bottom - free.top);
  console.log(`${path || 'sample'} at ${viewport.width}×${viewport.height}: free area ${Math.round(free.right - free.left)}×${Math.round(free.bottom - free.top)} px, ` +
    `actors span ${Math.round(extent.right - extent.left)}×${Math.round(extent.bottom - extent.top)} px (${(shareX * 100).toFixed(0)} % × ${(shareY * 100).toFixed(0)} %), ${labels.length} labels`);

  // Every actor inside the free area, and the overview spans most of it where the fit is limited.
  expect(extent.left).toBeGreaterThanOrEqual(free.left);
  expect(extent.right).toBeLessThanOrEqual(free.right);
  expect(extent.top).toBeGreaterThanOrEqual(free.top);
  expect(extent.bottom).toBeLessThanOrEqual(free.bottom);
  expect(Math.max(shareX, shareY)).toBeGreaterThanOrEqual(FILLED_SHARE);

  // Labels: enough of them, legible, none over another, none under an overlay or off the canvas.
  expect(labels.length).toBeGreaterThanOrEqual(10);
  const outside = labels.filter((l) => l.x < free.left || l.x + l.width > free.right || l.y < free.top || l.y + l.height > free.bottom).map((l) => l.id);
  expect(outside).toEqual([]);
  for (const label of labels) expect(label.height).toBeGreaterThanOrEqual(LEGIBLE_LABEL_PX);
  const overlaps: string[] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
    if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlaps.push(`${a.id} / ${b.id}`);
  }));
  expect(overlaps).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}

describe('the fitted overview fills the canvas area the overlays leave free', () => {
  it('sample, phone 390×844', async () => { await checkFit('', PHONE, 'fit-sample-phone'); }, 300_000);
  it.skipIf(!REAL_GRAPH)('real corpus graph, phone 390×844', async () => { await checkFit(`?graph=${REAL_GRAPH}`, PHONE, 'fit-real-phone'); }, 600_000);
  it.skipIf(!REAL_GRAPH)('real corpus graph, 1024×700', async () => { await checkFit(`?graph=${REAL_GRAPH}`, LAPTOP, 'fit-real-1024'); }, 600_000);
  it.skipIf(!REAL_GRAPH)('real corpus graph, desktop', async () => { await checkFit(`?graph=${REAL_GRAPH}`, DESKTOP, 'fit-real-desktop'); }, 600_000);
  if (!REAL_GRAPH) console.log('overview-fit.e2e: real corpus graph tests skipped: no real corpus (../shared/real-corpus or $SILKMAP_REAL_CORPUS)');
});
