/**
 * What the sample's first picture must not wait for (issue 13: its first draw went from 0.33 s to
 * 1.4 s). Speed itself is measured by `npm run bench:render`; this checks a cause that a test can
 * see without a clock: no Intl object (number format, collator, locale-aware comparison) is made
 * before the first draw. The page's first one loads the browser's locale data on the main thread
 * (20–80 ms here), and the overview note made one as its module loaded, ahead of the graph's fetch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/**
 * Counts calls that set up locale data, until the first draw. A string: tsx would wrap a
 * function's inner names in helpers the page lacks.
 */
const COUNT_LOCALE_CALLS = `
  window.__localeCalls = [];
  const note = (name) => { if (performance.getEntriesByName('silkmap:first-draw').length === 0) window.__localeCalls.push(name); };
  for (const name of ['NumberFormat', 'Collator', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter']) {
    const Original = Intl[name];
    if (!Original) continue;
    const Wrapped = function (...args) { note('Intl.' + name); return new Original(...args); };
    Wrapped.prototype = Original.prototype;
    Object.assign(Wrapped, Original);
    Intl[name] = Wrapped;
  }
  for (const [owner, method] of [[Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [String.prototype, 'localeCompare']]) {
    const original = owner[method];
    owner[method] = function (...args) { note(method); return original.apply(this, args); };
  }
`;

describe('the sample before its first draw', () => {
  it('makes no Intl object and compares no strings by locale', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript({ content: COUNT_LOCALE_CALLS });
    await page.goto(baseUrl());
    await page.waitForFunction(() => performance.getEntriesByName('silkmap:first-draw').length > 0, null, { timeout: 30_000 });
    const calls = await page.evaluate(() => (window as unknown as { __localeCalls: string[] }).__localeCalls);
    expect(calls).toEqual([]);
    // The page shows counts all the same, written without Intl.
    await expect(page.locator('.summary').textContent()).resolves.toMatch(/^\d[\d,]* actors · \d[\d,]* links · \d+ documents$/);
    await page.close();
  });
});
