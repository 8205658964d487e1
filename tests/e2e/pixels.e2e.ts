/**
 * What the canvas shows, read from its pixels (not from the app's test hook or the store):
 * actors hidden by a filter leave no trace of their colour on the network, and the disc of
 * a visible actor is drawn where the layout puts it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fetchGraph, launchBrowser, nodePosition, openPage, waitForSettledNetwork } from './browser.ts';

// The type colours of src/explorer/canvas/scales.ts (Okabe–Ito), as RGB bytes.
const STATE_RGB = [0x00, 0x72, 0xb2] as const;
const PERSON_RGB = [0xcc, 0x79, 0xa7] as const;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

interface PixelReport { counts: number[]; around: string[] }

/**
 * Reads the network area as drawn on screen (every canvas layer composited): how many pixels
 * have each of `colours` exactly, and the colours of the 5×5 square around the client point
 * `at`. Counted in the page, so megabytes of pixels do not cross the protocol.
 */
async function readPixels(page: Page, colours: readonly (readonly number[])[], at: { x: number; y: number }): Promise<PixelReport> {
  const box = (await page.locator('canvas').first().boundingBox())!;
  // Only what the canvas draws counts: the legend lies over the network and shows each type's colour.
  const png = await page.screenshot({ clip: box, mask: [page.locator('.legend')], maskColor: '#ffffff' });
  return page.evaluate(async ({ base64, colours, x, y }) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const scratch = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    scratch.drawImage(bitmap, 0, 0);
    const { data, width } = scratch.getImageData(0, 0, bitmap.width, bitmap.height);
    const counts = colours.map(([r, g, b]) => {
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) count++;
      return count;
    });
    const around: string[] = [];
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        const i = ((y + dy) * width + (x + dx)) * 4;
        around.push(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      }
    }
    return { counts, around };
  }, { base64: png.toString('base64'), colours: colours.map((colour) => [...colour]), x: Math.round(at.x - box.x), y: Math.round(at.y - box.y) });
}

describe('pixels on the network canvas', () => {
  it('draws state discs where the layout puts them, and no state colour once states are filtered out', async () => {
    const graph = await fetchGraph('graph.json');
    const topState = [...graph.nodes].filter((node) => node.type === 'state')
      .sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1))[0]!;
    const { page, errors } = await openPage(browser);
    await waitForSettledNetwork(page);
    // The largest state disc (radius ≥ 5 px) is filled with the state colour around its centre.
    const centre = await nodePosition(page, topState.id);
    const before = await readPixels(page, [STATE_RGB, PERSON_RGB], centre);
    expect(before.around).toContain(STATE_RGB.join(','));
    expect(before.counts[0]).toBeGreaterThan(100);
    expect(before.counts[1]).toBeGreaterThan(0);

    await page.getByRole('checkbox', { name: 'State' }).uncheck();
    await page.getByRole('region', { name: 'Actors' }).getByRole('button', { name: topState.label, exact: true }).waitFor({ state: 'detached' });
    await waitForSettledNetwork(page);
    const after = await readPixels(page, [STATE_RGB, PERSON_RGB], centre);
    expect(after.around).not.toContain(STATE_RGB.join(','));
    expect(after.counts[0]).toBe(0);
    // Still drawing: the other types are there.
    expect(after.counts[1]).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
