/**
 * The network stays readable at the size of a real corpus (issue 13, looked at again as a new
 * user would on 2026-12-07), judged on what the page draws:
 * - the legend is on screen: the Timeline had come to lie over it, so nothing said what a colour
 *   meant; on a phone it is folded to a Key button in the row of the tool buttons;
 * - a selected hub's links are graded by weight: its strongest link is drawn at least three times
 *   darker than its weakest ones (pixels of the focus layer), where all of China's 300 links were
 *   drawn alike (under twice: the width alone differed);
 * - the hub's labels name its strongest partners.
 * On the sample, and on the real corpus's graph when it is there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { fetchGraph, launchBrowser, openPage, waitForRest } from './browser.ts';

const REAL_GRAPH = process.env.SILKMAP_E2E_REAL_GRAPH;
const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };
const HUB = 'state:china';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

type Point = { x: number; y: number };

/**
 * How dark the focus layer draws the line from `a` to `b` (client pixels): per sample point along
 * its middle, the largest alpha in the 3×3 pixels around it, and the lower quartile of those. Points on a
 * drawn label or near a drawn disc are left out (their ink is not the line's); another link crossing or
 * running beside it only adds ink, so the lower quartile reads the line's own (the median did not: on the
 * real corpus's layout of 2026-12-08 eight of China's 22 one-sentence links read 177–253 by the median,
 * the ink of the links they ran beside).
 */
async function lineAlpha(page: Page, a: Point, b: Point): Promise<number> {
  return page.evaluate(({ a, b }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.network-focus')!;
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const { data, width } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const labels = window.__silkmap!.labelBoxes();
    const discs = window.__silkmap!.drawnNodes();
    const alphas: number[] = [];
    for (let t = 0.25; t <= 0.75; t += 0.01) {
      const x = a.x + (b.x - a.x) * t, y = a.y + (b.y - a.y) * t;
      if (labels.some((l) => x >= l.x - 3 && x <= l.x + l.width + 3 && y >= l.y - 3 && y <= l.y + l.height + 3)) continue;
      if (discs.some((d) => Math.hypot(d.x - x, d.y - y) <= d.r + 4)) continue;
      const px = Math.round((x - box.left) * scale), py = Math.round((y - box.top) * scale);
      let most = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) most = Math.max(most, data[((py + dy) * width + px + dx) * 4 + 3]!);
      alphas.push(most);
    }
    alphas.sort((p, q) => p - q);
    return alphas.length < 5 ? -1 : alphas[Math.floor(alphas.length / 4)]!;
  }, { a, b });
}

async function checkHub(path: string): Promise<void> {
  const graph = await fetchGraph(path ? path.replace('?graph=', '') : 'graph.json');
  const { page, errors } = await openPage(browser, `${path ? `${path}&` : '?'}actor=${encodeURIComponent(HUB)}`, DESKTOP);
  await waitForRest(page);
  const hub = (await page.evaluate((id) => window.__silkmap!.nodeScreenPosition(id), HUB))!;
  // The hub's links whose other end is drawn, with where that end is, longest enough to sample.
  const links: { other: string; weight: number; at: Point }[] = [];
  for (const edge of graph.edges) {
    if (edge.source !== HUB && edge.target !== HUB) continue;
    const other = edge.source === HUB ? edge.target : edge.source;
    const at = await page.evaluate((id) => window.__silkmap!.nodeScreenPosition(id), other);
    if (at && Math.hypot(at.x - hub.x, at.y - hub.y) >= 60) links.push({ other, weight: edge.weight, at });
  }
  links.sort((p, q) => q.weight - p.weight || p.other.localeCompare(q.other));
  expect(links.length).toBeGreaterThan(10);
  // The strongest sampled link, and every link of the least weight (up to 30): the median of those
  // drawn clear of labels and discs, since a weak link may run under another's ink near a hub.
  // Of the strongest links, the first whose line can be sampled clear of labels and discs (a label may
  // lie across the very strongest one, as on the sample's layout of 2026-12-07).
  let strongest = -1;
  let strongLink = links[0]!;
  for (const link of links.slice(0, 5)) {
    strongest = await lineAlpha(page, hub, link.at);
    strongLink = link;
    if (strongest >= 0) break;
  }
  const weakest: number[] = [];
  for (const link of links.filter((candidate) => candidate.weight === links.at(-1)!.weight).slice(0, 30)) weakest.push(await lineAlpha(page, hub, link.at));
  const sampled = weakest.filter((alpha) => alpha >= 0).sort((p, q) => p - q);
  expect(sampled.length).toBeGreaterThanOrEqual(3);
  const weak = sampled[Math.floor(sampled.length / 2)]!;
  console.log(`${path || 'sample'}: ${HUB}'s strongest sampled link (${strongLink.weight} sentences, the strongest has ${links[0]!.weight}) drawn at alpha ${strongest}, its links of ${links.at(-1)!.weight} at median ${weak} (${sampled.join(', ')})`);
  expect(strongest).toBeGreaterThan(0);
  // Before the change (cc15f88, all drawn at 0.8, only the width differing): 241 vs a median of 146
  // on the real graph, 254 vs 136 on the sample; after: 246 vs 59 and 255 vs 47.
  expect(strongest).toBeGreaterThanOrEqual(3 * weak);

  // Its strongest partners are labelled (the labels were ordered by mentions, not by the link).
  const labelled = new Set(await page.evaluate(() => window.__silkmap!.labelledNodes()));
  const strongestPartners = links.slice(0, 6).map((link) => link.other);
  expect(strongestPartners.filter((id) => !labelled.has(id))).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
}

/** The legend's box and what is on top at its middle, and the boxes of the Timeline and the overview note. */
async function legendPlace(page: Page) {
  return page.evaluate(() => {
    const rect = (selector: string) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box ? { top: box.top, bottom: box.bottom, left: box.left, right: box.right } : null;
    };
    const legend = rect('.legend')!;
    const onTop = document.elementFromPoint((legend.left + legend.right) / 2, (legend.top + legend.bottom) / 2);
    return { legend, timeline: rect('.timeline'), note: rect('.network-overview'), tools: rect('.network-tools'), legendOnTop: !!onTop?.closest('.legend') };
  });
}

async function checkLegend(path: string): Promise<void> {
  const { page, errors } = await openPage(browser, path, DESKTOP);
  await waitForRest(page);
  const place = await legendPlace(page);
  expect(place.legendOnTop).toBe(true);
  expect(place.legend.bottom).toBeLessThanOrEqual(place.timeline!.top);
  // Its swatches and words are drawn: the state colour and the link classes' names.
  await expect(page.getByRole('group', { name: 'Legend' }).getByText('State', { exact: true }).isVisible()).resolves.toBe(true);
  expect(errors).toEqual([]);
  await page.close();

  // A phone: folded to Key in the tool buttons' row, so the network keeps its height; opened on a tap.
  const phone = await openPage(browser, path, PHONE);
  await waitForRest(phone.page);
  const folded = await legendPlace(phone.page);
  expect(folded.legendOnTop).toBe(true);
  expect(folded.legend.bottom).toBeLessThanOrEqual(folded.tools!.bottom + 1);
  expect(folded.legend.right).toBeLessThanOrEqual(folded.tools!.left);
  await expect(phone.page.getByRole('group', { name: 'Legend' }).getByText('State', { exact: true }).isVisible()).resolves.toBe(false);
  await phone.page.getByText('Key', { exact: true }).click();
  await expect(phone.page.getByRole('group', { name: 'Legend' }).getByText('State', { exact: true }).isVisible()).resolves.toBe(true);
  expect(phone.errors).toEqual([]);
  await phone.page.close();
}

describe('the network stays readable', () => {
  it('sample: the legend is on screen, above the Timeline (a Key button on a phone)', async () => { await checkLegend(''); }, 300_000);
  it('sample: a selected hub\'s links are graded by weight and its strongest partners labelled', async () => { await checkHub(''); }, 300_000);
  it.skipIf(!REAL_GRAPH)('real corpus: the legend is on screen, above the Timeline (a Key button on a phone)', async () => { await checkLegend(`?graph=${REAL_GRAPH}`); }, 600_000);
  it.skipIf(!REAL_GRAPH)('real corpus: China\'s links are graded by weight and its strongest partners labelled', async () => { await checkHub(`?graph=${REAL_GRAPH}`); }, 600_000);
});
