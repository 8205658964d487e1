/**
 * Exports and sharing in a real Chromium: PNG and SVG of the view, an evidence pack,
 * GEXF, and "Copy link" reproducing the view in a new page. Files are captured as real
 * downloads and checked for their contents, on whatever graph data/graph.json holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { baseUrl, launchBrowser, fetchGraph, openSettledPage } from './browser.ts';
import { SCREENSHOTS } from './served-graph.ts';
import { displaySentence } from '../../src/graph-format/index.ts';

const VIEWPORT = { width: 1400, height: 900 };

interface ServedPassage { id: string; text: string; postTitle: string; sentences: [number, number][] }
interface ServedNode { id: string; label: string; mentionCount: number; mentions: { passageId: string; start: number; end: number }[] }
interface ServedGraph { nodes: ServedNode[]; edges: { source: string; target: string }[]; passages: ServedPassage[] }

let browser: Browser;
let context: BrowserContext;
let graph: ServedGraph;
let top: ServedNode;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'] });
  graph = await fetchGraph('graph.json') as ServedGraph;
  top = [...graph.nodes].sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id))[0]!;
});

afterAll(async () => { await context?.close(); await browser?.close(); });

const open = (path = '') => openSettledPage(context, path);

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

async function openExportMenu(page: Page) {
  const toggle = page.getByRole('button', { name: 'Export', exact: true });
  if (await toggle.getAttribute('aria-expanded') !== 'true') await toggle.click();
  return page.getByRole('group', { name: 'Export' });
}

async function canvasCssSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const rect = document.querySelector('canvas')!.getBoundingClientRect();
    return { width: rect.width, height: rect.height };
  });
}

async function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate((ids) => ids.filter((id) => window.__silkmap?.nodeScreenPosition(id) !== null), graph.nodes.map((node) => node.id));
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Markdown escapes punctuation with backslashes; undo it to compare with the source text. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_[\]<>#|~&!+\-.)])/g, '$1');
}

describe('exports in Chromium', () => {
  it.each([1, 2] as const)('exports a PNG of the view at %i× the canvas size, not blank', async (scale) => {
    const { page, errors } = await open();
    const menu = await openExportMenu(page);
    await menu.getByRole('radio', { name: `${scale}×` }).check();
    const { name, bytes } = await download(page, () => menu.getByRole('button', { name: 'PNG' }).click());
    expect(name).toBe(scale === 2 ? 'silkmap-network@2x.png' : 'silkmap-network.png');
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const size = await canvasCssSize(page);
    // IHDR: width and height are the first two 32-bit fields after the chunk header.
    expect(bytes.readUInt32BE(16)).toBe(Math.round(size.width * scale));
    expect(bytes.readUInt32BE(20)).toBe(Math.round(size.height * scale));
    const inked = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 600) count++;
      return count / (data.length / 4);
    }, bytes.toString('base64'));
    expect(inked).toBeGreaterThan(0.002);
    if (scale === 1) await page.screenshot({ path: `${SCREENSHOTS}/exports-menu.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports an SVG with one circle per visible actor', async () => {
    const { page, errors } = await open();
    // Narrow the view first so that "visible" is a real subset.
    await page.getByRole('spinbutton', { name: 'Minimum mentions' }).fill('3');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const visible = await visibleNodeIds(page);
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(graph.nodes.length);
    const menu = await openExportMenu(page);
    const { name, bytes } = await download(page, () => menu.getByRole('button', { name: 'SVG' }).click());
    expect(name).toBe('silkmap-network.svg');
    const svg = xml.parse(bytes.toString('utf8')).svg;
    const actors = asArray(svg.g).find((group: { class: string }) => group.class === 'actors');
    const circles = asArray(actors.circle) as { title: string }[];
    expect(circles).toHaveLength(visible.length);
    const size = await canvasCssSize(page);
    expect(svg.viewBox).toBe(`0 0 ${size.width} ${size.height}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports an SVG of a selection as on screen: the selected actor ringed, its neighbours in focus, the rest faded', async () => {
    const { page, errors } = await open(`?actor=${encodeURIComponent(top.id)}`);
    await page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2, name: top.label }).waitFor();
    const menu = await openExportMenu(page);
    const { bytes } = await download(page, () => menu.getByRole('button', { name: 'SVG' }).click());
    const text = bytes.toString('utf8');
    writeFileSync(`${SCREENSHOTS}/export-selection.svg`, text);
    const svg = xml.parse(text).svg;
    const groups = asArray(svg.g) as { class: string; opacity?: string; g: unknown }[];
    expect(groups.find((group) => group.class === 'context')?.opacity).toBe('0.3');
    const focus = groups.find((group) => group.class === 'focus')!;
    const inner = asArray(focus.g) as { class: string; circle: unknown; line: unknown }[];
    const focusTitles = (asArray(inner.find((group) => group.class === 'actors')!.circle) as { title: string }[]).map((circle) => circle.title);
    const neighbours = new Set(graph.edges.flatMap((edge) => (edge.source === top.id ? [edge.target] : edge.target === top.id ? [edge.source] : [])));
    expect(focusTitles).toContain(top.label);
    expect(focusTitles.length).toBe(neighbours.size + 1);
    expect(asArray(inner.find((group) => group.class === 'links')!.line)).toHaveLength(neighbours.size);
    expect(asArray(inner.find((group) => group.class === 'selected')!.circle)).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports an evidence pack for the selected actor with every excerpt sentence and its post title', async () => {
    const { page, errors } = await open(`?actor=${encodeURIComponent(top.id)}`);
    const panel = page.getByRole('region', { name: 'Evidence' });
    await panel.getByRole('heading', { level: 2, name: top.label }).waitFor();
    const { name, bytes } = await download(page, () => panel.getByRole('group', { name: 'Evidence pack' }).getByRole('button', { name: 'Markdown' }).click());
    expect(name.endsWith('.md')).toBe(true);
    const markdown = unescapeMarkdown(bytes.toString('utf8'));
    const passages = new Map(graph.passages.map((passage) => [passage.id, passage]));
    for (const mention of top.mentions) {
      const passage = passages.get(mention.passageId)!;
      const [start, end] = passage.sentences.find(([s, e]) => s <= mention.start && mention.end <= e) ?? [mention.start, mention.end];
      // Packs quote the sentence as read: footnote markers glued to words are left out (displaySentence).
      const sentence = displaySentence(passage.text, start, end).text.replace(/[\r\n]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
      expect(markdown).toContain(sentence.trim().slice(0, 120));
      expect(markdown).toContain(passage.postTitle);
    }
    const csv = await download(page, () => panel.getByRole('group', { name: 'Evidence pack' }).getByRole('button', { name: 'CSV' }).click());
    expect(csv.bytes.toString('utf8').split('\n')[0]).toContain('sentence');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports GEXF that parses, with every actor and its layout position', async () => {
    const { page, errors } = await open();
    const menu = await openExportMenu(page);
    const { name, bytes } = await download(page, () => menu.getByRole('button', { name: 'GEXF' }).click());
    expect(name).toBe('graph.gexf');
    const gexf = xml.parse(bytes.toString('utf8')).gexf;
    const nodes = asArray(gexf.graph.nodes.node) as Record<string, unknown>[];
    expect(nodes).toHaveLength(graph.nodes.length);
    expect(nodes.every((node) => node['viz:position'] !== undefined)).toBe(true);
    expect(asArray(gexf.graph.edges.edge)).toHaveLength(graph.edges.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies a link that reproduces selection, size-by and colour-by in a new page', async () => {
    const { page, errors } = await open();
    await page.getByRole('region', { name: 'Actors' }).getByRole('button', { name: top.label, exact: true }).click();
    await page.getByRole('combobox', { name: 'Size by' }).selectOption('pagerank');
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('community');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Copied', { exact: true }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('actor')).toBe(top.id);

    const { page: copy, errors: copyErrors } = await open(link.replace(baseUrl(), ''));
    await copy.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 2, name: top.label }).waitFor();
    await expect(copy.getByRole('combobox', { name: 'Size by' }).inputValue()).resolves.toBe('pagerank');
    await expect(copy.getByRole('combobox', { name: 'Colour by' }).inputValue()).resolves.toBe('community');
    // The legend lists communities once the measures worker has answered.
    await copy.getByRole('group', { name: 'Legend' }).getByText(/^Community 1 /).waitFor();
    expect(errors).toEqual([]);
    expect(copyErrors).toEqual([]);
    await copy.close();
    await page.close();
  });
});
