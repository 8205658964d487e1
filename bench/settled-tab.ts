/**
 * The tab a benchmark navigates: opened, on about:blank, once the browser has finished the work
 * a new tab sets off. In this Chromium (156, headless) every new tab also starts the browser's own
 * top-chrome WebUI (the omnibox popup, a renderer of its own), and that took 0.6–1.0 s of CPU in
 * the first second, on a 2-core machine, while the page under test loaded beside it (traced
 * 2026-12-07: it was a third of all CPU between navigation and the sample's first draw). A
 * visitor types an address into a tab that is already open, so the figures start there;
 * `--new-tab` measures the old way (navigate a brand-new tab at once) for comparison.
 */
import type { Browser, Page } from 'playwright-core';

export const newTabMode = process.argv.includes('--new-tab');

/** A tab ready to navigate: settled on about:blank unless `--new-tab`. */
export async function openTab(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  if (newTabMode) return page;
  await page.goto('about:blank');
  await browserIdle(browser);
  return page;
}

/**
 * Waits until all of the browser's processes together use under a tenth of a core over a quarter
 * of a second (their CPU time from the DevTools protocol), or 10 s at most on a busy machine.
 */
async function browserIdle(browser: Browser): Promise<void> {
  const session = await browser.newBrowserCDPSession();
  const cpuSeconds = async () => ((await session.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] })
    .processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
  const started = Date.now();
  let last = await cpuSeconds();
  while (Date.now() - started < 10_000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await cpuSeconds();
    if (now - last < 0.025) break;
    last = now;
  }
  await session.detach();
}
