/**
 * Issue 8 in a real Chromium: malformed graphs end on a readable error screen, 0- and 1-node
 * graphs show a (near-)empty explorer, hostile text stays inert and laid out inside its panel,
 * the built page forbids inline scripts, and hostile URL parameters fall back to defaults
 * without any request to another origin. Graphs come from tests/fixtures/hostile/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { serializeGraph } from '../../src/graph-format/index.ts';
import { IMG_TEXT, LONG_TOKEN, SCRIPT_TEXT, hugeStringGraph, malformedFiles } from '../fixtures/hostile/build.ts';
import { baseUrl, launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const EVIL_LABEL = `${IMG_TEXT}Evil ${SCRIPT_TEXT}`;

/** Opens a page that records dialogs and every request, for the hostile-input checks. */
async function openWatched(path: string): Promise<{ page: Page; errors: string[]; dialogs: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(path, baseUrl()).toString());
  return { page, errors, dialogs, requests };
}

function foreignRequests(requests: string[]): string[] {
  const origin = new URL(baseUrl()).origin;
  return requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}

async function expectNoInjectedElements(region: Locator): Promise<void> {
  expect(await region.locator('script, img, iframe, object, embed, a[href], [onerror], [onload]').count()).toBe(0);
}

async function expectNoHorizontalOverflow(region: Locator): Promise<void> {
  const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
  expect(clientWidth).toBeGreaterThan(0);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
}

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

describe('malformed graphs in Chromium', () => {
  for (const [name, { expect: words }] of Object.entries(malformedFiles())) {
    it(`${name}: a readable error screen, no crash`, async () => {
      const { page, errors } = await openPage(browser, `?graph=fixtures/${name}.json`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.getByRole('heading', { level: 1 }).textContent()).toMatch(/not a valid Silkmap graph/);
      expect(await alert.textContent()).toMatch(words);
      expect(await alert.textContent()).toContain(`fixtures/${name}.json`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('a graph with a 400 kB label and a 1.4 MB passage loads and stays inside its panels', async () => {
    const graph = hugeStringGraph();
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Served from memory (it is too big to keep in the repository); the worker's fetch is routed too.
    await context.route('**/fixtures/huge-string.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: serializeGraph(graph) }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(new URL('?graph=fixtures/huge-string.json&actor=state%3Amongolia', baseUrl()).toString());
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.locator('li.excerpt').first().waitFor({ timeout: 30_000 });
    expect((await evidence.getByRole('heading', { level: 2 }).textContent())!.length).toBe(graph.nodes[0]!.label.length);
    await expectNoHorizontalOverflow(evidence);
    // The actors table scrolls sideways by design; the page itself must not.
    await expectNoHorizontalOverflow(page.locator('html'));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('tiny graphs in Chromium', () => {
  it('0 nodes: an empty explorer, not an error', async () => {
    const { page, errors } = await openPage(browser, '?graph=fixtures/zero-nodes.json');
    await page.getByText('0 actors · 0 links · 0 documents').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2, name: 'Select an actor' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('1 node: the actor is drawn, listed and readable', async () => {
    const { page, errors } = await openPage(browser, '?graph=fixtures/one-node.json');
    await page.getByText('1 actor · 0 links · 1 document').waitFor();
    await page.waitForFunction(() => window.__silkmap?.layoutSettled() === true, null, { timeout: 30_000 });
    const position = await page.evaluate(() => window.__silkmap?.nodeScreenPosition('state:mongolia') ?? null);
    expect(position).not.toBeNull();
    await page.mouse.click(position!.x, position!.y);
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.getByRole('heading', { level: 2, name: 'Mongolia' }).waitFor();
    expect(await evidence.locator('li.excerpt mark').first().textContent()).toBe('Mongolia');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hostile text in Chromium', () => {
  it('stays inert and inside the evidence panel, the source reader and the tooltip', async () => {
    const { page, errors, dialogs, requests } = await openWatched('?graph=fixtures/hostile-text.json&actor=person%3Aevil');
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await evidence.getByRole('heading', { level: 2, name: EVIL_LABEL }).waitFor();
    expect(await evidence.locator('li.excerpt mark').first().textContent()).toBe(EVIL_LABEL);
    await expectNoInjectedElements(evidence);
    await expectNoHorizontalOverflow(evidence);

    // The link whose evidence holds the bidi controls and the 5,000-character token.
    await page.goto(new URL('?graph=fixtures/hostile-text.json&link=state%3Achina%7Cstate%3Akazakhstan', baseUrl()).toString());
    await evidence.locator('li.excerpt').nth(3).waitFor();
    expect(await evidence.textContent()).toContain(LONG_TOKEN);
    await expectNoInjectedElements(evidence);
    await expectNoHorizontalOverflow(evidence);

    // Source reader: every passage of the post, as text.
    await evidence.locator('li.excerpt').last().getByRole('button', { name: 'Show in source' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(LONG_TOKEN);
    await expectNoInjectedElements(dialog);
    await expectNoHorizontalOverflow(dialog.locator('.reader-body'));
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await evidence.locator('li.excerpt').first().getByRole('button', { name: 'Show in source' }).click();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(SCRIPT_TEXT);
    await expectNoInjectedElements(dialog);
    await expectNoHorizontalOverflow(dialog.locator('.reader-body'));
    await page.keyboard.press('Escape');

    // Tooltip over the actor whose label is markup.
    await page.waitForFunction(() => window.__silkmap?.layoutSettled() === true, null, { timeout: 30_000 });
    const position = await page.evaluate(() => window.__silkmap?.nodeScreenPosition('person:evil') ?? null);
    expect(position).not.toBeNull();
    await page.mouse.move(position!.x, position!.y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.locator('[data-field="name"]').textContent()).toBe(EVIL_LABEL);
    await expectNoInjectedElements(tooltip);
    await expectNoHorizontalOverflow(tooltip);

    // The actors table shows the label as text.
    const actors = page.getByRole('region', { name: 'Actors' });
    await actors.getByRole('button', { name: EVIL_LABEL }).waitFor();
    await expectNoInjectedElements(actors);

    expect(await pwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Content-Security-Policy', () => {
  it('the built index.html forbids inline scripts', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
    const scriptSrc = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    // No inline script in the page itself: every script is a file.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('in the browser an injected inline script does not run and is reported as a violation', async () => {
    const { page, errors } = await openPage(browser, '?graph=fixtures/one-node.json');
    await page.getByText('1 actor · 0 links · 1 document').waitFor();
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      document.body.appendChild(script);
      const handler = document.createElement('div');
      handler.setAttribute('onclick', 'window.__pwned = 2');
      document.body.appendChild(handler);
      handler.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { pwned: (window as { __pwned?: unknown }).__pwned, violations };
    });
    expect(outcome.pwned).toBeUndefined();
    expect(outcome.violations.length).toBeGreaterThanOrEqual(2);
    expect(outcome.violations.every((directive) => directive.startsWith('script-src'))).toBe(true);
    // The only console errors are the policy's own reports.
    expect(errors.every((error) => /Content Security Policy/.test(error))).toBe(true);
    await page.close();
  });
});

describe('hostile URL parameters in Chromium', () => {
  it('?actor=<script>, ?minMentions=-5 and ?types=bogus give the default view', async () => {
    const { page, errors, dialogs, requests } = await openWatched('?graph=fixtures/hostile-text.json&actor=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&minMentions=-5&types=bogus');
    await page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2, name: 'Select an actor' }).waitFor();
    for (const name of ['State', 'Organisation', 'Firm', 'Person']) expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await page.getByLabel('Minimum mentions').inputValue()).toBe('1');
    expect(await page.getByRole('region', { name: 'Actors' }).locator('tbody tr').count()).toBe(3);
    expect(await pwned(page)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const graph of ['https://evil.example/x.json', '//evil/x.json', 'https:evil.example/x.json', '/\\evil.example/x.json']) {
    it(`?graph=${graph} is refused without a request to another origin`, async () => {
      const { page, requests } = await openWatched(`?graph=${encodeURIComponent(graph)}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.getByRole('heading', { level: 1 }).textContent()).toBe('The graph address is not allowed');
      expect(foreignRequests(requests)).toEqual([]);
      await page.close();
    });
  }
});
