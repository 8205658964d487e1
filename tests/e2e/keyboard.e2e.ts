/**
 * The network canvas by keyboard alone, in a real Chromium: Tab reaches it, arrow keys move a
 * cursor between drawn actors (ring, tooltip and a live-region announcement), Enter selects,
 * Escape clears, + / - zoom and 0 fits. Actors are read from the served graph, so the test holds
 * for whatever data/graph.json contains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, nextFrames, nodePosition, openPage, waitForSettledNetwork, fetchGraph } from './browser.ts';
import { SCREENSHOTS } from './served-graph.ts';

interface ServedNode { id: string; label: string; mentionCount: number; type: string }
interface ServedGraph { nodes: ServedNode[] }

let browser: Browser;
let graph: ServedGraph;
let byMentions: ServedNode[];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
  graph = await fetchGraph('graph.json') as ServedGraph;
  byMentions = [...graph.nodes].sort((a, b) => b.mentionCount - a.mentionCount);
});

afterAll(async () => { await browser?.close(); });

function evidenceHeading(page: Page) {
  return page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2 });
}

describe('network canvas by keyboard', () => {
  it('Tab reaches the canvas; arrows move a cursor, Enter selects, Escape clears, + zooms', async () => {
    const { page, errors } = await openPage(browser);
    await waitForSettledNetwork(page);
    const canvas = page.getByRole('application', { name: 'Actor network' });
    const announcer = page.locator('.network p[aria-live="polite"]');
    const tooltip = page.getByRole('tooltip');

    // The canvas explains its keys to assistive technology.
    const describedBy = await canvas.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await page.evaluate((id) => document.getElementById(id)?.textContent, describedBy!)).toContain('Arrow keys move between actors');

    // The first Tab stop is the skip link, which takes focus straight to the canvas.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip to the network' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await canvas.evaluate((element) => element === document.activeElement)).toBe(true);
    // Tab and Shift+Tab also reach it (it is in the tab order after the stage's controls).
    await page.keyboard.press('Shift+Tab');
    let presses = 0;
    while (!(await canvas.evaluate((element) => element === document.activeElement)) && presses < 300) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await canvas.evaluate((element) => element === document.activeElement)).toBe(true);
    // Keyboard focus shows a ring (drawn on the focus layer above the canvas).
    expect(await canvas.evaluate((element) => element.matches(':focus-visible'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.network-focus')!).outlineStyle)).toBe('solid');

    // First arrow: the cursor goes to the most mentioned actor on screen.
    await page.keyboard.press('ArrowRight');
    let first: ServedNode | undefined;
    for (const node of byMentions) {
      if (await page.evaluate((id) => window.__silkmap?.nodeScreenPosition(id) !== null, node.id)) { first = node; break; }
    }
    if (!first) throw new Error('no actor is drawn');
    await expect(announcer.textContent()).resolves.toMatch(new RegExp(`^${escapeRegExp(first.label)}, ${first.type}, \\d+ links?$`));
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.locator('strong').textContent()).toBe(first.label);

    // Second arrow: another actor, further right on screen.
    await page.keyboard.press('ArrowRight');
    const announced = (await announcer.textContent())!;
    const second = graph.nodes.find((node) => announced.startsWith(`${node.label}, `) && node.id !== first.id);
    expect(second, `announced "${announced}"`).toBeDefined();
    await nextFrames(page);
    const firstAt = await nodePosition(page, first.id);
    const secondAt = await nodePosition(page, second!.id);
    expect(secondAt.x).toBeGreaterThan(firstAt.x);
    expect(await tooltip.locator('strong').textContent()).toBe(second!.label);
    // The tooltip sits next to the cursor actor, not wherever the mouse last was.
    const box = (await tooltip.boundingBox())!;
    expect(Math.hypot(box.x - secondAt.x, box.y - secondAt.y)).toBeLessThan(80);
    await page.screenshot({ path: `${SCREENSHOTS}/keyboard-cursor.png` });

    // Enter selects the cursor actor: the evidence panel and the URL follow.
    await page.keyboard.press('Enter');
    await evidenceHeading(page).filter({ hasText: second!.label }).waitFor();
    expect(await evidenceHeading(page).textContent()).toBe(second!.label);
    expect(new URL(page.url()).searchParams.get('actor')).toBe(second!.id);
    // Focus stays on the canvas, so the keys keep working.
    expect(await canvas.evaluate((element) => element === document.activeElement)).toBe(true);

    // Escape clears the selection.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('actor'));
    expect(await evidenceHeading(page).textContent()).not.toBe(second!.label);

    // + zooms in around the centre: two actors end up further apart; - zooms back out.
    const spread = async () => {
      const a = await nodePosition(page, first.id);
      const b = await nodePosition(page, second!.id);
      return Math.hypot(a.x - b.x, a.y - b.y);
    };
    const before = await spread();
    await page.keyboard.press('+');
    await nextFrames(page);
    const zoomedIn = await spread();
    expect(zoomedIn / before).toBeGreaterThan(1.3);
    await page.keyboard.press('-');
    await nextFrames(page);
    expect(Math.abs(await spread() - before)).toBeLessThan(1);
    // The tooltip followed its actor through the zoom.
    const afterZoom = await nodePosition(page, second!.id);
    const moved = (await tooltip.boundingBox())!;
    expect(Math.hypot(moved.x - afterZoom.x, moved.y - afterZoom.y)).toBeLessThan(80);

    // 0 fits the view again after zooming far in.
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await page.keyboard.press('0');
    await nextFrames(page);
    expect(Math.abs(await spread() - before)).toBeLessThan(1);

    // Leaving the canvas takes the cursor away; keys pressed elsewhere do not reach it.
    await page.getByRole('button', { name: 'Fit to view' }).focus();
    await tooltip.waitFor({ state: 'hidden' });
    await page.keyboard.press('+');
    await nextFrames(page);
    expect(Math.abs(await spread() - before)).toBeLessThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('pans to a cursor actor that is off screen, and says when no actor lies that way', async () => {
    const { page, errors } = await openPage(browser);
    await waitForSettledNetwork(page);
    const canvas = page.getByRole('application', { name: 'Actor network' });
    const announcer = page.locator('.network p[aria-live="polite"]');
    await canvas.focus();
    await page.keyboard.press('Home');
    await expect(announcer.textContent()).resolves.toMatch(/, \w+, \d+ links?$/);
    // Zoom far in on the centre, then walk right until the cursor leaves the original view.
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    const box = (await canvas.boundingBox())!;
    const startText = (await announcer.textContent())!;
    const start = graph.nodes.find((candidate) => startText.startsWith(`${candidate.label}, `))!;
    const startAt = await nodePosition(page, start.id);
    let last = '';
    for (let step = 0; step < graph.nodes.length; step++) {
      await page.keyboard.press('ArrowRight');
      const text = (await announcer.textContent())!;
      if (text.startsWith('No actor')) { last = text; break; }
      const node = graph.nodes.find((candidate) => text.startsWith(`${candidate.label}, `))!;
      const at = await nodePosition(page, node.id);
      // Every actor the cursor lands on is on screen, however far in the view is zoomed.
      expect(at.x).toBeGreaterThanOrEqual(box.x);
      expect(at.x).toBeLessThanOrEqual(box.x + box.width);
      expect(at.y).toBeGreaterThanOrEqual(box.y);
      expect(at.y).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(last).toMatch(/^No actor to the right of /);
    // Zoomed in this far, the walk leaves the first view: the view was panned to follow it.
    const startNow = await nodePosition(page, start.id);
    expect(Math.abs(startNow.x - startAt.x)).toBeGreaterThan(box.width / 4);
    expect(errors).toEqual([]);
    await page.close();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
