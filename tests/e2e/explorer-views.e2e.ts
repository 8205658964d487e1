/**
 * The explorer's views in a real Chromium: pointer on the drawn network (select, hover, drag, links),
 * the focus layer, focus mode, type and hub filters, and the actors table's sorting. Like explorer.e2e.ts,
 * assertions hold for whatever graph data/graph.json holds (its top actors are read from the served graph).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, nodePosition, openPage, waitForSettledNetwork, fetchGraph } from './browser.ts';
import { actorsByMentions, evidence, SCREENSHOTS, type ServedGraph, type ServedNode } from './served-graph.ts';

let browser: Browser;
let graph: ServedGraph;
let topActors: ServedNode[];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
  graph = await fetchGraph('graph.json') as ServedGraph;
  topActors = actorsByMentions(graph);
});

afterAll(async () => { await browser?.close(); });

describe('explorer views in Chromium', () => {
  it('selects an actor by clicking its drawn node, shows a tooltip on hover, and pins a dragged node', async () => {
    const { page, errors } = await openPage(browser);
    await waitForSettledNetwork(page);
    const target = topActors[1] ?? topActors[0]!;
    const position = await nodePosition(page, target.id);
    await page.mouse.move(position.x, position.y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toContain(target.label);
    await page.mouse.click(position.x, position.y);
    await evidence(page).getByRole('heading', { level: 2, name: target.label }).waitFor();
    expect(new URL(page.url()).searchParams.get('actor')).toBe(target.id);

    // Drag the node 80 px right: it stays where it was dropped once the layout settles again.
    const start = await nodePosition(page, target.id);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) await page.mouse.move(start.x + step * 10, start.y + step * 5);
    await page.mouse.up();
    await waitForSettledNetwork(page);
    const dropped = await nodePosition(page, target.id);
    expect(Math.abs(dropped.x - (start.x + 80))).toBeLessThan(3);
    expect(Math.abs(dropped.y - (start.y + 40))).toBeLessThan(3);
    // The drag did not change the selection.
    expect(new URL(page.url()).searchParams.get('actor')).toBe(target.id);
    // Double-click releases the pin: the layout pulls the node away from where it was dropped.
    await page.mouse.dblclick(Math.round(dropped.x), Math.round(dropped.y));
    // Polled, not read once after "settled": on a loaded machine the reheat can start after the first
    // settled check (CI on 2026-12-07 read 0.8 px there once).
    await expect.poll(async () => {
      const released = await nodePosition(page, target.id);
      return Math.hypot(released.x - dropped.x, released.y - dropped.y);
    }, { timeout: 20_000, interval: 250 }).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hovering and selecting redraw only the focus layer: the base layer is dimmed, not redrawn', async () => {
    const { page, errors } = await openPage(browser);
    await waitForSettledNetwork(page);
    const counts = () => page.evaluate(() => ({ all: window.__silkmap!.drawCount(), base: window.__silkmap!.baseDrawCount() }));
    const nextFrames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const before = await counts();
    const target = topActors[2] ?? topActors[0]!;
    const position = await nodePosition(page, target.id);
    await page.mouse.move(position.x, position.y);
    await page.getByRole('tooltip').waitFor({ state: 'visible' });
    await page.mouse.click(position.x, position.y);
    await evidence(page).getByRole('heading', { level: 2, name: target.label }).waitFor();
    await nextFrames();
    const after = await counts();
    expect(after.all).toBeGreaterThan(before.all);
    expect(after.base).toBe(before.base);
    const layers = await page.evaluate(({ x, y }) => {
      const [base, focus] = Array.from(document.querySelectorAll<HTMLCanvasElement>('.network canvas'));
      const rect = focus!.getBoundingClientRect();
      const ratio = focus!.width / rect.width;
      // The selected disc is drawn on the focus layer, which is transparent elsewhere.
      const pixel = (px: number, py: number) => focus!.getContext('2d')!.getImageData(Math.round((px - rect.left) * ratio), Math.round((py - rect.top) * ratio), 1, 1).data[3]!;
      return { opacity: getComputedStyle(base!).opacity, atNode: pixel(x, y), corner: pixel(rect.left + 2, rect.top + 2) };
    }, position);
    expect(layers.opacity).toBe('0.3');
    expect(layers.atNode).toBe(255);
    expect(layers.corner).toBe(0);
    // Clearing the selection brings the base back to full strength, still without redrawing it.
    await evidence(page).getByRole('button', { name: 'Clear selection' }).click();
    await nextFrames();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.network canvas')!).opacity)).toBe('1');
    expect((await counts()).base).toBe(before.base);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking a drawn link shows the sentences linking its two actors', async () => {
    const { page, errors } = await openPage(browser);
    await waitForSettledNetwork(page);
    const byId = new Map(graph.nodes.map((node) => [node.id, node]));
    const strongest = [...graph.edges].sort((a, b) => b.weight - a.weight).slice(0, 40);
    let clicked: { x: number; y: number; source: ServedNode; target: ServedNode } | null = null;
    for (const edge of strongest) {
      const a = await page.evaluate((id) => window.__silkmap?.nodeScreenPosition(id) ?? null, edge.source);
      const b = await page.evaluate((id) => window.__silkmap?.nodeScreenPosition(id) ?? null, edge.target);
      if (!a || !b) continue;
      // Try a few points along the link; keep one where this link (not a node or another link) is hit.
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
        // Whole pixels: mouse events carry integer client coordinates.
        const point = { x: Math.round(a.x + (b.x - a.x) * t), y: Math.round(a.y + (b.y - a.y) * t) };
        const hit = await page.evaluate(([x, y]) => window.__silkmap?.hitTest(x!, y!) ?? null, [point.x, point.y]);
        const edgeId = edge.source < edge.target ? `${edge.source}|${edge.target}` : `${edge.target}|${edge.source}`;
        if (hit?.kind === 'edge' && hit.id === edgeId) { clicked = { ...point, source: byId.get(edge.source)!, target: byId.get(edge.target)! }; break; }
      }
      if (clicked) break;
    }
    expect(clicked).not.toBeNull();
    await page.mouse.click(clicked!.x, clicked!.y);
    const heading = evidence(page).getByRole('heading', { level: 2 });
    await heading.filter({ hasText: clicked!.source.label }).filter({ hasText: clicked!.target.label }).waitFor();
    expect(new URL(page.url()).searchParams.get('link')).toContain(clicked!.source.id);
    const markCounts = await evidence(page).locator('li.excerpt').evaluateAll((items) => items.map((item) => item.querySelectorAll('mark').length));
    expect(markCounts.length).toBeGreaterThan(0);
    expect(Math.max(...markCounts)).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('focus mode keeps only the selected actor and its neighbours on the canvas', async () => {
    const top = topActors[0]!;
    const { page, errors } = await openPage(browser, `?actor=${encodeURIComponent(top.id)}&focus=1`);
    await waitForSettledNetwork(page);
    const neighbours = new Set(graph.edges.flatMap((edge) => (edge.source === top.id ? [edge.target] : edge.target === top.id ? [edge.source] : [])));
    const stranger = graph.nodes.find((node) => node.id !== top.id && !neighbours.has(node.id));
    expect(await page.evaluate((id) => window.__silkmap?.nodeScreenPosition(id) ?? null, top.id)).not.toBeNull();
    if (stranger) expect(await page.evaluate((id) => window.__silkmap?.nodeScreenPosition(id) ?? null, stranger.id)).toBeNull();
    // The table lists the same actors (its first page of 50 rows; the heading counts them all).
    const table = page.getByRole('region', { name: 'Actors' });
    expect(await table.locator('tbody tr').count()).toBe(Math.min(50, neighbours.size + 1));
    expect(await table.getByRole('heading', { level: 2 }).textContent()).toContain(`${neighbours.size + 1} of ${graph.nodes.length}`);
    expect(await page.getByLabel('Focus').inputValue()).toBe('1');
    await page.screenshot({ path: `${SCREENSHOTS}/explorer-focus.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('type filters hide actors from the table and the canvas, and live in the URL', async () => {
    const { page, errors } = await openPage(browser);
    await waitForSettledNetwork(page);
    const state = topActors.find((node) => node.type === 'state')!;
    const actors = page.getByRole('region', { name: 'Actors' });
    await actors.getByRole('button', { name: state.label, exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'State' }).uncheck();
    await actors.getByRole('button', { name: state.label, exact: true }).waitFor({ state: 'detached' });
    expect(await page.evaluate((id) => window.__silkmap?.nodeScreenPosition(id) ?? null, state.id)).toBeNull();
    expect(new URL(page.url()).searchParams.get('types')).toBe('organisation,firm,person');
    await page.reload();
    expect(await page.getByRole('checkbox', { name: 'State' }).isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the hubs control fades or hides actors linked to almost everything (China in the sample corpus)', async () => {
    const { page, errors } = await openPage(browser);
    const actors = page.getByRole('region', { name: 'Actors' });
    const china = graph.nodes.find((node) => node.label === 'China')!;
    await actors.getByRole('button', { name: 'China', exact: true }).waitFor();
    await page.getByLabel(/^Hubs/).selectOption('hide');
    await actors.getByRole('button', { name: 'China', exact: true }).waitFor({ state: 'detached' });
    expect(await page.evaluate((id) => window.__silkmap?.nodeScreenPosition(id) ?? null, china.id)).toBeNull();
    expect(new URL(page.url()).searchParams.get('hubs')).toBe('hide');
    await page.getByLabel(/^Hubs/).selectOption('fade');
    await actors.getByRole('button', { name: 'China', exact: true }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts the actors table from its header', async () => {
    const { page } = await openPage(browser);
    const actors = page.getByRole('region', { name: 'Actors' });
    await actors.getByRole('button', { name: /^Actor/ }).click();
    expect(await actors.getByRole('columnheader', { name: /Actor/ }).getAttribute('aria-sort')).toBe('ascending');
    const names = await actors.locator('tbody th button').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page.close();
  });
});
