/**
 * What the explorer SHOWS once a filter, the hubs control or a time window narrows the view,
 * judged from the page and the canvas's drawing calls, not from the app's state: the Strongest
 * links list, an actor's Connections, the labels written on the canvas (recorded by wrapping
 * CanvasRenderingContext2D before the app loads) and the pixels of the type colour.
 *
 * The expectations are read from the served graph file by a naive reading in this file (types,
 * neighbours, sentences per link, post dates), never from the explorer's selectors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fetchGraph, launchBrowser, nextFrames, openSettledPage, waitForSettledNetwork } from './browser.ts';
import type { Graph } from '../../src/graph-format/index.ts';

const STATE_BLUE = [0x00, 0x72, 0xb2] as const;

let browser: Browser;
let context: BrowserContext;
let graph: Graph;
let labelOf: Map<string, string>;
let typeOf: Map<string, string>;

/**
 * Runs in the page before the app: records the text written on each on-screen canvas since it
 * was last wiped whole (the base layer fills its background, the focus layer clears itself).
 */
function recordCanvasText(): void {
  const written = new WeakMap<HTMLCanvasElement, string[]>();
  const proto = CanvasRenderingContext2D.prototype;
  const wipes = (ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) => {
    const canvas = ctx.canvas;
    return canvas.isConnected && x <= 0 && y <= 0 && w >= canvas.clientWidth - 1 && h >= canvas.clientHeight - 1;
  };
  const { fillRect, clearRect, fillText } = proto;
  proto.fillRect = function (x, y, w, h) { if (wipes(this, x, y, w, h)) written.set(this.canvas, []); return fillRect.call(this, x, y, w, h); };
  proto.clearRect = function (x, y, w, h) { if (wipes(this, x, y, w, h)) written.set(this.canvas, []); return clearRect.call(this, x, y, w, h); };
  proto.fillText = function (text, x, y, maxWidth) {
    if (this.canvas.isConnected) written.get(this.canvas)?.push(String(text));
    return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
  };
  (window as unknown as { __writtenOnNetwork: () => string[] }).__writtenOnNetwork = () =>
    Array.from(document.querySelectorAll<HTMLCanvasElement>('.network canvas')).flatMap((canvas) => written.get(canvas) ?? []);
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(recordCanvasText);
  graph = await fetchGraph('graph.json');
  labelOf = new Map(graph.nodes.map((node) => [node.id, node.label]));
  typeOf = new Map(graph.nodes.map((node) => [node.id, node.type]));
});
afterAll(async () => { await context?.close(); await browser?.close(); });

const open = (path = '') => openSettledPage(context, path);

const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });
const written = (page: Page) => page.evaluate(() => (window as unknown as { __writtenOnNetwork: () => string[] }).__writtenOnNetwork());

/** Base-layer pixels within a few levels of a colour (the inside of a disc of that colour). */
async function pixelsOfColour(page: Page, rgb: readonly [number, number, number]): Promise<number> {
  return page.evaluate((colour) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.network canvas')!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - colour[0]) + Math.abs(data[i + 1]! - colour[1]) + Math.abs(data[i + 2]! - colour[2]) <= 6) count++;
    }
    return count;
  }, rgb);
}

/** The Strongest links list as shown: "A — B: N sentences". */
async function shownStrongest(page: Page): Promise<{ pair: string[]; sentences: number }[]> {
  return page.getByRole('list', { name: 'Strongest links' }).locator('li').evaluateAll((items) => items.map((item) => ({
    pair: Array.from(item.querySelectorAll('.link-pair bdi'), (bdi) => bdi.textContent ?? ''),
    sentences: Number(/(\d+) sentences?/.exec(item.querySelector('.connection-weight')?.textContent ?? '')?.[1]),
  })));
}

/** The selected actor's Connections as shown (every page of the list opened). */
async function shownConnections(page: Page): Promise<{ label: string; sentences: number }[]> {
  const more = evidence(page).getByRole('button', { name: /^Show more \(\d+ more\)$/ });
  while (await more.count()) await more.click();
  return evidence(page).getByRole('list', { name: 'Connections' }).locator('li').evaluateAll((items) => items.map((item) => ({
    label: item.querySelector('.connection-name bdi')?.textContent ?? '',
    sentences: Number(/(\d+) sentences?/.exec(item.querySelector('.connection-weight')?.textContent ?? '')?.[1]),
  })));
}

function neighbours(id: string): { id: string; weight: number }[] {
  return graph.edges.flatMap((edge) => edge.source === id ? [{ id: edge.target, weight: edge.weight }] : edge.target === id ? [{ id: edge.source, weight: edge.weight }] : []);
}

async function selectFromTable(page: Page, label: string): Promise<void> {
  await page.getByRole('region', { name: 'Actors' }).getByRole('button', { name: label, exact: true }).click();
  await evidence(page).getByRole('heading', { level: 2, name: label, exact: true }).waitFor();
}

describe('what the explorer shows under filters', () => {
  it('with State unticked, no state is drawn (disc or label), listed among the strongest links or in a connection', async () => {
    const { page, errors } = await open();
    const stateLabels = new Set(graph.nodes.filter((node) => node.type === 'state').map((node) => node.label));
    // Before: states are drawn, labelled and listed, so the checks below can fail.
    expect(await pixelsOfColour(page, STATE_BLUE)).toBeGreaterThan(500);
    expect((await written(page)).filter((text) => stateLabels.has(text)).length).toBeGreaterThan(3);
    expect((await shownStrongest(page)).some(({ pair }) => pair.some((label) => stateLabels.has(label)))).toBe(true);

    await page.getByRole('checkbox', { name: 'State' }).uncheck();
    await waitForSettledNetwork(page);
    expect(await pixelsOfColour(page, STATE_BLUE)).toBe(0);
    const labels = await written(page);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((text) => stateLabels.has(text))).toEqual([]);
    const strongest = await shownStrongest(page);
    expect(strongest.length).toBeGreaterThan(0);
    expect(strongest.flatMap(({ pair }) => pair).filter((label) => stateLabels.has(label))).toEqual([]);

    // The non-state actor with the most state neighbours (and some others): its connections
    // list only the others, with their sentence counts, and say how many are hidden.
    const [actor] = graph.nodes.filter((node) => node.type !== 'state')
      .map((node) => ({ node, links: neighbours(node.id) }))
      .filter(({ links }) => links.some((link) => typeOf.get(link.id) !== 'state'))
      .sort((a, b) => b.links.filter((l) => typeOf.get(l.id) === 'state').length - a.links.filter((l) => typeOf.get(l.id) === 'state').length);
    const { node, links } = actor!;
    const hidden = links.filter((link) => typeOf.get(link.id) === 'state').length;
    expect(hidden).toBeGreaterThan(1);
    await selectFromTable(page, node.label);
    const expected = links.filter((link) => typeOf.get(link.id) !== 'state').map((link) => ({ label: labelOf.get(link.id)!, sentences: link.weight }));
    const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
    expect((await shownConnections(page)).sort(byLabel)).toEqual(expected.sort(byLabel));
    await expect(evidence(page).locator('.hidden-links').textContent()).resolves.toBe(`${hidden} more link${hidden === 1 ? '' : 's'} hidden by the filters.`);
    await nextFrames(page);
    // The selection's focus layer draws its neighbours: still no state among the labels.
    expect((await written(page)).filter((text) => stateLabels.has(text))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('with hubs hidden, the hub is neither drawn nor labelled, and no list names it', async () => {
    const hubs = graph.nodes.filter((node) => neighbours(node.id).length > (graph.nodes.length - 1) / 3);
    expect(hubs.length).toBeGreaterThan(0);
    const hubLabels = new Set(hubs.map((hub) => hub.label));
    const { page, errors } = await open();
    expect((await written(page)).filter((text) => hubLabels.has(text)).length).toBeGreaterThan(0);
    await page.getByLabel(/^Hubs/).selectOption('hide');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('hubs') === 'hide');
    await waitForSettledNetwork(page);
    const labels = await written(page);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.filter((text) => hubLabels.has(text))).toEqual([]);
    expect((await shownStrongest(page)).flatMap(({ pair }) => pair).filter((label) => hubLabels.has(label))).toEqual([]);
    // The most mentioned actor linked to a hub: its connections skip the hub.
    const neighbour = [...graph.nodes].filter((node) => !hubLabels.has(node.label) && neighbours(node.id).some((link) => hubLabels.has(labelOf.get(link.id)!)))
      .sort((a, b) => b.mentionCount - a.mentionCount)[0]!;
    await selectFromTable(page, neighbour.label);
    const shown = await shownConnections(page);
    expect(shown.length).toBe(neighbours(neighbour.id).length - neighbours(neighbour.id).filter((link) => hubLabels.has(labelOf.get(link.id)!)).length);
    expect(shown.filter(({ label }) => hubLabels.has(label))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('in a time window, connections and strongest links count only the sentences of posts dated inside it', async () => {
    const [from, to] = ['2020-06-01', '2020-06-30'];
    // A month or year counts from its first day; undated posts are outside every window.
    // A post without a date of its own takes its document's.
    const documentDate = new Map(graph.documents.map((document) => [document.id, document.date]));
    const passageDate = new Map(graph.passages.map((passage) => {
      const date = passage.postDate ?? documentDate.get(passage.documentId);
      return [passage.id, date === undefined ? undefined : `${date}-01-01`.slice(0, 10)];
    }));
    const inWindow = (passageId: string) => { const date = passageDate.get(passageId); return date !== undefined && date >= from && date <= to; };
    const windowed = new Map(graph.edges.map((edge) => [edge.id, new Set(edge.evidence.filter((item) => inWindow(item.passageId)).map((item) => `${item.passageId}#${item.sentence}`)).size]));
    const pairKey = (a: string, b: string) => [a, b].sort().join(' — ');
    const expectedByPair = new Map(graph.edges.map((edge) => [pairKey(labelOf.get(edge.source)!, labelOf.get(edge.target)!), windowed.get(edge.id)!]));
    const top = [...windowed.values()].filter((count) => count > 0).sort((a, b) => b - a);
    expect(top.length).toBeGreaterThan(10);
    // The window must change something, or this test could not fail.
    expect(graph.edges.some((edge) => windowed.get(edge.id)! > 0 && windowed.get(edge.id)! < edge.weight)).toBe(true);

    const { page, errors } = await open(`?from=${from}&to=${to}`);
    const strongest = await shownStrongest(page);
    expect(strongest.map(({ sentences }) => sentences)).toEqual(top.slice(0, strongest.length));
    for (const { pair, sentences } of strongest) expect(expectedByPair.get(pairKey(pair[0]!, pair[1]!))).toBe(sentences);

    // The most mentioned actor: only links with a sentence inside the window, counted inside it.
    const actor = [...graph.nodes].sort((a, b) => b.mentionCount - a.mentionCount)[0]!;
    await selectFromTable(page, actor.label);
    const expected = graph.edges.filter((edge) => (edge.source === actor.id || edge.target === actor.id) && windowed.get(edge.id)! > 0)
      .map((edge) => ({ label: labelOf.get(edge.source === actor.id ? edge.target : edge.source)!, sentences: windowed.get(edge.id)! }));
    expect(expected.length).toBeLessThan(neighbours(actor.id).length);
    const byLabel = (a: { label: string; sentences: number }, b: { label: string; sentences: number }) => a.label.localeCompare(b.label) || a.sentences - b.sentences;
    expect((await shownConnections(page)).sort(byLabel)).toEqual(expected.sort(byLabel));
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
