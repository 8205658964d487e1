/**
 * A graph of 2,500 actors in a real Chromium: its base layer is drawn by the raster worker
 * (OffscreenCanvas) and copied onto the page's canvas. The result must be the picture the page
 * draws itself where OffscreenCanvas is missing (the layout is deterministic, so both show the
 * same positions), before and after a zoom, and clicking an actor must still select it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, nextFrames, nodePosition, openPage, waitForSettledNetwork } from './browser.ts';

const GRAPH = 'fixtures/generated-2500.json';
interface ServedNode { id: string; label: string; mentionCount: number }

let browser: Browser;
let biggest: ServedNode[];

beforeAll(async () => {
  browser = await launchBrowser();
  const graph = await (await fetch(new URL(GRAPH, baseUrl()))).json() as { nodes: ServedNode[] };
  biggest = [...graph.nodes].sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id)).slice(0, 12);
});
afterAll(async () => { await browser?.close(); });

/** The network canvas's pixels on a 48 × 36 grid, as "r,g,b" strings. */
function sampleCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[aria-label="Actor network"]')!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const samples: string[] = [];
    for (let row = 0; row < 36; row++) {
      for (let column = 0; column < 48; column++) {
        const x = Math.floor(((column + 0.5) / 48) * canvas.width), y = Math.floor(((row + 0.5) / 36) * canvas.height);
        const at = (y * canvas.width + x) * 4;
        samples.push(`${data[at]},${data[at + 1]},${data[at + 2]}`);
      }
    }
    return samples;
  });
}

/** Opens the big graph, lets it settle, zooms three notches in; samples the canvas before and after. */
async function drawBothViews(page: Page) {
  await waitForSettledNetwork(page);
  await page.waitForTimeout(300);
  await nextFrames(page);
  const before = await sampleCanvas(page);
  const box = (await page.getByRole('application', { name: 'Actor network' }).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.45);
  for (let notch = 0; notch < 3; notch++) { await page.mouse.wheel(0, -120); await page.waitForTimeout(40); }
  // The gesture ends 150 ms after the last notch; the full drawing of the new view follows.
  await page.waitForTimeout(700);
  await nextFrames(page);
  return { before, after: await sampleCanvas(page), box };
}

function agreement(a: string[], b: string[]): number {
  return a.filter((value, index) => value === b[index]).length / a.length;
}

describe('a big graph in Chromium', () => {
  it('is drawn by the raster worker as the page would draw it, before and after a zoom, and its actors can be clicked', async () => {
    const inPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await inPage.addInitScript({ content: 'delete window.OffscreenCanvas;' });
    await inPage.goto(new URL(`?graph=${GRAPH}`, baseUrl()).toString());
    const reference = await drawBothViews(inPage);
    expect(await inPage.evaluate(() => window.__silkmap?.baseDrawnInWorker())).toBe(false);
    await inPage.close();

    const { page, errors } = await openPage(browser, `?graph=${GRAPH}`);
    const drawn = await drawBothViews(page);
    expect(await page.evaluate(() => window.__silkmap?.baseDrawnInWorker())).toBe(true);
    // Not blank, and the zoom changed the picture...
    expect(new Set(drawn.before).size).toBeGreaterThan(20);
    expect(agreement(drawn.before, drawn.after)).toBeLessThan(0.8);
    console.log(`agreement with the page's own drawing: ${agreement(drawn.before, reference.before).toFixed(3)} before, ${agreement(drawn.after, reference.after).toFixed(3)} after the zoom`);
    // ...and both views match the page's own drawing (text may rasterise a shade apart).
    expect(agreement(drawn.before, reference.before)).toBeGreaterThan(0.97);
    expect(agreement(drawn.after, reference.after)).toBeGreaterThan(0.97);

    const { box } = drawn;
    let target: ServedNode | undefined;
    for (const node of biggest) {
      const at = await nodePosition(page, node.id).catch(() => null);
      const hit = at && at.x > box.x + 5 && at.x < box.x + box.width - 5 && at.y > box.y + 5 && at.y < box.y + box.height - 5
        ? await page.evaluate(({ x, y }) => window.__silkmap?.hitTest(x, y) ?? null, at) : null;
      if (hit?.id === node.id) { target = node; break; }
    }
    expect(target).toBeDefined();
    const at = await nodePosition(page, target!.id);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2 }).textContent()).toContain(target!.label);
    expect(errors).toEqual([]);
    await page.close();
  });
});
