/**
 * Clicks follow what is drawn: on the sample network, every drawn label is a hit target of its
 * actor (a click on its far end, away from the disc, opens that actor every time), hovering a
 * label shows what a click would select, and the label boxes the page reports are where ink is.
 * Waits on the page's own state (settled layout, panel heading), never on fixed times, so it
 * holds on a loaded machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, clearOfDiscs, fetchGraph, launchBrowser, openPage, waitForSettledNetwork } from './browser.ts';

interface ServedGraph { nodes: { id: string; label: string }[] }
interface Box { id: string; x: number; y: number; width: number; height: number }

let browser: Browser;
let labelOf: Map<string, string>;

beforeAll(async () => {
  browser = await launchBrowser();
  const graph = await fetchGraph('graph.json');
  labelOf = new Map(graph.nodes.map((node) => [node.id, node.label]));
});

afterAll(async () => { await browser?.close(); });

async function labelBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => window.__silkmap?.labelBoxes() ?? []);
}

/** Share of pixels in the box (client pixels) that are dark like label text. */
async function darkShare(page: Page, box: Box): Promise<number> {
  return page.evaluate((b) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[aria-label="Actor network"]')!;
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const copy = document.createElement('canvas');
    copy.width = canvas.width; copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(Math.round((b.x - rect.left) * scale), Math.round((b.y - rect.top) * scale), Math.max(1, Math.round(b.width * scale)), Math.max(1, Math.round(b.height * scale)));
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark++;
    return dark / (data.length / 4);
  }, box);
}

describe('labels are hit targets of their actors', () => {
  it('opens the labelled actor on a click at the far end of its label, every time, with hover showing it first', async () => {
    const { page, errors } = await openPage(browser);
    await waitForSettledNetwork(page);
    const boxes = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    // The boxes the page reports hold the text: dark ink, where the background would be light.
    for (const box of boxes.slice(0, 8)) expect(await darkShare(page, box)).toBeGreaterThan(0.03);

    let tried = 0;
    for (const box of boxes.slice(0, 12)) {
      const label = labelOf.get(box.id)!;
      // Near the right end of the text, at its middle line: the own disc is at the other end or
      // above/below. Where no spot was clear, a label may lie over other actors' discs, which are
      // drawn over it and answer there: the point is the one nearest the right end that no drawn
      // disc reaches (the hit test's 3 px of room, and 1 more for rounding to whole pixels).
      const discs = await page.evaluate(() => window.__silkmap!.drawnNodes());
      const y = Math.round(box.y + box.height / 2);
      const clear = (px: number) => clearOfDiscs(discs, px, y);
      const x = Array.from({ length: Math.floor(box.width / 2) - 2 }, (_, i) => Math.round(box.x + box.width - 4 - 2 * i)).find(clear);
      if (x === undefined) continue;
      tried++;
      await page.mouse.move(x, y);
      await expect.poll(() => page.evaluate(() => document.querySelector<HTMLCanvasElement>('canvas[aria-label="Actor network"]')!.style.cursor)).toBe('pointer');
      await expect.poll(() => page.getByRole('tooltip').locator('[data-field="name"]').textContent()).toBe(label);
      expect(await page.evaluate(([px, py]) => window.__silkmap?.hitTest(px!, py!), [x, y])).toEqual({ kind: 'node', id: box.id });
      await page.mouse.click(x, y);
      await expect.poll(() => page.getByRole('region', { name: 'Evidence' }).locator('h2').first().textContent(), { timeout: 10_000 }).toBe(label);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).has('actor'))).toBe(false);
    }
    expect(tried).toBeGreaterThanOrEqual(8);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects a link only where no actor or label is under the pointer', async () => {
    const { page } = await openPage(browser);
    await waitForSettledNetwork(page);
    const boxes = await labelBoxes(page);
    const discs = await page.evaluate(() => window.__silkmap!.drawnNodes());
    // Every point of every label box answers with that label's actor, never a link; or, where an
    // actor is drawn again over the label (no spot was clear of it), with that actor within its
    // radius and the hit test's 3 px.
    for (const box of boxes) {
      for (const [fx, fy] of [[0.25, 0.5], [0.5, 0.5], [0.75, 0.5]] as const) {
        const [x, y] = [Math.round(box.x + box.width * fx), Math.round(box.y + box.height * fy)];
        const hit = await page.evaluate(([px, py]) => window.__silkmap?.hitTest(px!, py!), [x, y]);
        expect(hit?.kind).toBe('node');
        if (hit?.id === box.id) continue;
        const disc = discs.find((node) => node.id === hit?.id);
        expect(disc && Math.hypot(disc.x - x, disc.y - y) <= disc.r + 3.5).toBe(true);
      }
    }
    await page.close();
  });
});
