/**
 * A graph bigger than the overview (2,500 generated actors) opens on its 300 most mentioned
 * actors, says so on screen, shows more on request, and keeps every actor reachable: one
 * selected from outside the overview is drawn with its links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, openPage, waitForSettledNetwork } from './browser.ts';

const GRAPH = 'fixtures/generated-2500.json';
interface ServedNode { id: string; label: string; mentionCount: number }

let browser: Browser;
let byMentions: ServedNode[];

beforeAll(async () => {
  browser = await launchBrowser();
  const graph = await (await fetch(new URL(GRAPH, baseUrl()))).json() as { nodes: ServedNode[] };
  byMentions = [...graph.nodes].sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
});
afterAll(async () => { await browser?.close(); });

/** The least mentioned actor with more mentions than the one at place `cut` (so within the first `cut`). */
function surelyIn(cut: number): ServedNode {
  return [...byMentions].reverse().find((node) => node.mentionCount > byMentions[cut]!.mentionCount)!;
}
/** The most mentioned actor with fewer mentions than the one at place `cut - 1` (so not within the first `cut`). */
function surelyOut(cut: number): ServedNode {
  return byMentions.find((node) => node.mentionCount < byMentions[cut - 1]!.mentionCount)!;
}

describe('overview of a big graph', () => {
  it('opens on the 300 most mentioned actors, counted on screen, and shows more on request', async () => {
    const { page, errors } = await openPage(browser, `?graph=${GRAPH}`);
    await waitForSettledNetwork(page);
    const note = page.locator('[data-overview]');
    await expect.poll(() => note.textContent()).toMatch(/^Showing 300 of 2,500 actors/);
    // Ties in mentions may fall either way at the cut: the last actor surely in, the first surely out.
    const drawn = await page.evaluate((ids) => ids.map((id) => window.__silkmap?.nodeScreenPosition(id) !== null), [byMentions[0]!.id, surelyIn(300).id, surelyOut(300).id, byMentions[2000]!.id]);
    expect(drawn).toEqual([true, true, false, false]);
    await page.getByRole('button', { name: 'Show more actors in the network' }).click();
    await expect.poll(() => note.textContent()).toMatch(/^Showing 600 of 2,500 actors/);
    await waitForSettledNetwork(page);
    expect(await page.evaluate((id) => window.__silkmap?.nodeScreenPosition(id) !== null, surelyIn(600).id)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws an actor selected from outside the overview, labelled and clickable', async () => {
    const outside = byMentions[2000]!;
    const { page } = await openPage(browser, `?graph=${GRAPH}&actor=${encodeURIComponent(outside.id)}`);
    await waitForSettledNetwork(page);
    await expect.poll(() => page.evaluate((id) => window.__silkmap?.nodeScreenPosition(id) ?? null, outside.id)).not.toBeNull();
    // Its label is drawn on the focus layer, and a click there opens it.
    const box = (await page.evaluate(() => window.__silkmap?.labelBoxes() ?? [])).find((candidate) => candidate.id === outside.id);
    expect(box).toBeDefined();
    expect(await page.evaluate(([x, y]) => window.__silkmap?.hitTest(x!, y!), [Math.round(box!.x + box!.width / 2), Math.round(box!.y + box!.height / 2)])).toEqual({ kind: 'node', id: outside.id });
    await page.close();
  });
});
