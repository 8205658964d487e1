/**
 * The timeline in a real Chromium on the served sample graph: a window typed into From and
 * To filters the network's links and the Strongest links, goes into the URL, leaves undated
 * sentences out with their count, and the actors stay where they were (no new layout).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { fetchGraph, launchBrowser, nodePosition, openPage, waitForSettledNetwork } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('timeline in Chromium', () => {
  it('a window filters links and panels, is kept in the URL, and keeps actors in place', async () => {
    const { page, errors } = await openPage(browser);
    await waitForSettledNetwork(page);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByRole('img').count()).resolves.toBe(1);
    const strongest = page.getByRole('list', { name: 'Strongest links' }).getByRole('button');
    const before = await strongest.allInnerTexts();
    const summaryBefore = await page.locator('.summary').innerText();
    // The most mentioned actor of the served graph, read from it rather than assumed.
    const served = await fetchGraph('graph.json');
    const top = [...served.nodes].sort((a, b) => b.mentionCount - a.mentionCount)[0]!.id;
    const placed = await nodePosition(page, top);

    await timeline.getByLabel('From', { exact: true }).fill('2020-06-01');
    await timeline.getByLabel('To', { exact: true }).fill('2020-06-30');
    await page.waitForFunction(() => window.location.search.includes('from=2020-06-01&to=2020-06-30'));
    await expect(timeline.getByRole('status').innerText()).resolves.toMatch(/^[\d,]+ undated sentences? not shown$/);
    const summaryAfter = await page.locator('.summary').innerText();
    const links = (text: string) => Number(/([\d,]+) links?/.exec(text)![1]!.replace(/,/g, ''));
    expect(links(summaryAfter)).toBeLessThan(links(summaryBefore));
    const after = await strongest.allInnerTexts();
    expect(after).not.toEqual(before);
    await page.waitForTimeout(500);
    const still = await nodePosition(page, top);
    expect(Math.hypot(still.x - placed.x, still.y - placed.y)).toBeLessThan(2);

    // The window comes back from the address.
    await page.reload();
    await waitForSettledNetwork(page);
    await expect(page.getByRole('region', { name: 'Timeline' }).getByLabel('From', { exact: true }).inputValue()).resolves.toBe('2020-06-01');
    expect(links(await page.locator('.summary').innerText())).toBe(links(summaryAfter));
    expect(errors).toEqual([]);
  }, 90_000);
});
