/**
 * A big graph whose file carries its overview at the head (as the extractor writes one) is
 * drawn before it is decoded and validated: the first picture names what it is, then the
 * explorer opens on the same actors. A file that is broken after its head still ends on the
 * error screen, with nothing of the explorer on it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, waitForSettledNetwork } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Records the first picture when it is drawn (it may be gone by the time the test looks). */
const RECORD_PREVIEW = `
  addEventListener('silkmap:preview-draw', () => {
    const canvas = document.querySelector('.preview-canvas');
    window.__preview = {
      labels: Number(canvas?.dataset.labels ?? -1),
      labelled: (canvas?.dataset.labelled ?? '').split('\\n'),
      status: document.querySelector('.preview-screen [role="status"]')?.textContent ?? '',
      name: canvas?.getAttribute('aria-label') ?? '',
      explorerShown: document.querySelector('#network-canvas') !== null,
    };
  });
`;

async function open(graph: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript({ content: RECORD_PREVIEW });
  await page.goto(new URL(`?graph=${graph}`, baseUrl()).toString());
  return { page, errors };
}

interface SeenPreview { labels: number; labelled: string[]; status: string; name: string; explorerShown: boolean }
const preview = (page: Page) => page.evaluate(() => (window as unknown as { __preview?: SeenPreview }).__preview ?? null);

describe('the first picture of a big graph', () => {
  it('is drawn from the file’s head before the explorer, which then opens on the same actors', async () => {
    const { page, errors } = await open('fixtures/generated-5000-overview.json');
    await expect.poll(() => preview(page), { timeout: 30_000 }).not.toBeNull();
    const seen = (await preview(page))!;
    expect(seen.explorerShown).toBe(false);
    expect(seen.status).toMatch(/^Loading the graph: 5,000 actors, [\d,]+ links\. Below, its 300 most mentioned actors/);
    expect(seen.name).toBe('The 300 most mentioned actors, drawn while the graph loads');
    expect(seen.labels).toBeGreaterThan(10);
    // The explorer replaces it and shows the same overview; the picture's labelled actors are drawn there too.
    await waitForSettledNetwork(page);
    expect(await page.locator('.preview-screen').count()).toBe(0);
    await expect.poll(() => page.locator('[data-overview]').textContent()).toMatch(/^Showing 300 of 5,000 actors/);
    const drawn = await page.evaluate((ids) => ids.map((id) => window.__silkmap?.nodeScreenPosition(id) !== null), seen.labelled.slice(0, 10));
    expect(drawn).toEqual(seen.labelled.slice(0, 10).map(() => true));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives way to the error screen when the rest of the file is invalid', async () => {
    const { page } = await open('fixtures/generated-5000-broken.json');
    await expect.poll(() => preview(page), { timeout: 30_000 }).not.toBeNull();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.getByRole('heading', { level: 1 }).textContent()).toBe('The graph file is not a valid Silkmap graph');
    expect(await alert.textContent()).toMatch(/nodes\.3\.mentions\.0: span/);
    expect(await page.locator('.preview-screen').count()).toBe(0);
    expect(await page.getByRole('application', { name: 'Actor network' }).count()).toBe(0);
    await page.close();
  });
});
