/**
 * Bringing your own texts, in a real Chromium: files picked with the dialog or dropped on
 * the page are extracted in a worker (progress, cancel, page responsive), unreadable files
 * are refused by name, the result is kept across reloads, and the sample comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { SCREENSHOTS } from './served-graph.ts';
import { actorNames } from './own-corpus.ts';

const ALPHA = 'Trade Notes\n\nPresident Xi Jinping visited Kazakhstan on Monday. Beijing said China and Kazakhstan agreed on a new pipeline.\n\nKazakhstan and Uzbekistan also met in Astana.\n';
const BETA = '# Border Notes\n\nThe Kyrgyz government asked Russia and China for help. Kyrgyzstan and Kazakhstan share a long border.\n';
const text = (name: string, content: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => { await browser?.close(); });

const fileInput = (page: Page) => page.locator('input[type="file"][aria-label="Files to build a graph from"]');
const corpusName = (page: Page) => page.locator('.corpus-name');
const summary = (page: Page) => page.locator('.summary');

async function openSample(page: Page): Promise<void> {
  await corpusName(page).filter({ hasText: 'Sample corpus' }).waitFor();
}

describe('your own corpus in Chromium', () => {
  it('builds a graph from two picked files, keeps it across a reload, and goes back to the sample', async () => {
    const { page, errors } = await openPage(browser);
    await openSample(page);
    const sampleSummary = await summary(page).textContent();
    await fileInput(page).setInputFiles([text('alpha.txt', ALPHA), text('beta.md', BETA)]);
    await corpusName(page).filter({ hasText: 'Your corpus: 2 files' }).waitFor({ timeout: 30_000 });
    expect(await summary(page).textContent()).toMatch(/^6 actors · \d+ links · 2 documents$/);
    expect(await actorNames(page)).toEqual(expect.arrayContaining(['China', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Uzbekistan', 'Xi Jinping']));
    await page.reload();
    await corpusName(page).filter({ hasText: 'Your corpus: 2 files' }).waitFor();
    expect(await actorNames(page)).toEqual(expect.arrayContaining(['Kazakhstan', 'Kyrgyzstan']));

    await page.getByRole('button', { name: 'Back to the sample corpus' }).click();
    await openSample(page);
    await expect(summary(page).textContent()).resolves.toBe(sampleSummary);
    expect(await page.getByRole('button', { name: 'Back to the sample corpus' }).count()).toBe(0);
    await page.reload();
    await openSample(page);
    await expect(summary(page).textContent()).resolves.toBe(sampleSummary);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes files dropped anywhere on the page', async () => {
    const { page, errors } = await openPage(browser);
    await openSample(page);
    const transfer = await page.evaluateHandle(({ alpha, beta }) => {
      const data = new DataTransfer();
      data.items.add(new File([alpha], 'alpha.txt', { type: 'text/plain' }));
      data.items.add(new File([beta], 'beta.md', { type: 'text/markdown' }));
      return data;
    }, { alpha: ALPHA, beta: BETA });
    await page.dispatchEvent('.stage', 'dragenter', { dataTransfer: transfer });
    await page.getByTestId('drop-zone').waitFor({ state: 'visible' });
    await page.screenshot({ path: `${SCREENSHOTS}/corpus-drop.png` });
    await page.dispatchEvent('.stage', 'drop', { dataTransfer: transfer });
    await page.getByTestId('drop-zone').waitFor({ state: 'hidden' });
    await corpusName(page).filter({ hasText: 'Your corpus: 2 files' }).waitFor({ timeout: 30_000 });
    expect(await actorNames(page)).toEqual(expect.arrayContaining(['Kyrgyzstan', 'Xi Jinping']));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a binary file by name, with the reason, and uses the good one', async () => {
    const { page, errors } = await openPage(browser);
    await openSample(page);
    const binary = { name: 'image.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]) };
    await fileInput(page).setInputFiles([binary, text('alpha.txt', ALPHA)]);
    await corpusName(page).filter({ hasText: 'Your corpus: 1 file' }).waitFor({ timeout: 30_000 });
    const notice = page.getByRole('alert').filter({ hasText: 'left out' });
    await notice.waitFor();
    expect(await notice.getByRole('list', { name: 'Files left out' }).textContent()).toMatch(/^image\.txt: .*binary/);
    expect(await actorNames(page)).toEqual(expect.arrayContaining(['China', 'Kazakhstan', 'Xi Jinping']));
    expect(await actorNames(page)).not.toContain('Kyrgyzstan');
    await page.screenshot({ path: `${SCREENSHOTS}/corpus-refused.png` });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cancels a running extraction, stays responsive meanwhile, and keeps the graph it had', async () => {
    const { page, errors } = await openPage(browser);
    await openSample(page);
    const sampleSummary = await summary(page).textContent();
    // About 12 MB of text: about 10 s of work in the worker on this machine.
    const paragraph = 'Kazakhstan and China agreed on trade while Russia watched. President Tokayev met Xi Jinping in Astana.\n\n';
    const big = `Long Notes\n\n${paragraph.repeat(Math.ceil(12e6 / paragraph.length))}`;
    const workerClosed = new Promise<number>((resolve) => page.on('worker', (worker) => {
      if (worker.url().includes('extract.worker')) worker.on('close', () => resolve(Date.now()));
    }));
    await fileInput(page).setInputFiles([text('big.txt', big)]);
    const progress = page.getByRole('progressbar', { name: 'Extraction progress' });
    await progress.waitFor();
    expect(await progress.getAttribute('aria-valuemax')).toBe('1');
    expect(await progress.getAttribute('aria-valuenow')).toBe('0');
    // The main thread answers while the worker extracts.
    const delays: number[] = [];
    for (let i = 0; i < 5; i++) {
      delays.push(await page.evaluate(() => new Promise<number>((resolve) => { const start = performance.now(); setTimeout(() => resolve(performance.now() - start), 0); })));
      await page.waitForTimeout(100);
    }
    expect(await progress.count()).toBe(1);
    console.log(`main-thread timer delays while extracting: ${delays.map((d) => d.toFixed(1)).join(', ')} ms`);
    expect(Math.max(...delays)).toBeLessThan(250);
    await page.screenshot({ path: `${SCREENSHOTS}/corpus-progress.png` });
    const cancelledAt = Date.now();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached' });
    // The extraction worker is terminated, not left to finish in the background. Chromium
    // reports a busy worker closed about 2 s after terminate(), whatever the file size.
    const closedAfter = (await workerClosed) - cancelledAt;
    console.log(`extraction worker closed ${closedAfter} ms after Cancel`);
    expect(closedAfter).toBeLessThan(5_000);
    await page.waitForTimeout(3_000);
    await expect(corpusName(page).textContent()).resolves.toBe('Sample corpus');
    await expect(summary(page).textContent()).resolves.toBe(sampleSummary);
    expect(errors).toEqual([]);
    await page.close();
  });
});
