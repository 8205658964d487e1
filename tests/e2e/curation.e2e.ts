/**
 * Curating actors in a real Chromium: merge two actors (one node, both excerpt sets, each
 * excerpt marked with the form really written), rename (the selection follows), undo and
 * redo, keep the changes across a reload, and export them for the CLI, which then builds
 * the same graph as the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, graphFromText } from './browser.ts';
import { SCREENSHOTS } from './served-graph.ts';
import { actorNames, curate, download, evidence, openOwnCorpus, select } from './own-corpus.ts';
import { corpusFolder } from '../helpers/extract-cli.ts';

const FILES = {
  'alpha.txt': 'Trade Notes\n\nPresident Xi Jinping visited Kazakhstan on Monday. Beijing said China and Kazakhstan agreed on a new pipeline.\n\nKazakhstan and Uzbekistan also met in Astana.\n',
  'beta.md': '# Border Notes\n\nThe Kyrgyz government asked Russia and China for help. Kyrgyzstan and Kazakhstan share a long border.\n',
};

interface BrowserGraph { nodes: { id: string; label: string; type: string; aliases: string[] }[]; edges: { id: string }[] }

let browser: Browser;
let work: string;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  work = corpusFolder('silkmap-curation-', FILES);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const changeCount = (page: Page) => page.getByTestId('change-count');

async function markedForms(page: Page): Promise<string[]> {
  return evidence(page).locator('li.excerpt mark').allTextContents();
}

describe('curation in Chromium', () => {
  it('merges two actors into one node with both excerpt sets, keeps it across a reload, undoes and redoes', async () => {
    const { page, errors } = await openPage(browser);
    await openOwnCorpus(page, FILES);
    await select(page, 'Kyrgyzstan');
    const kyrgyzForms = await markedForms(page);
    expect(kyrgyzForms).toEqual(expect.arrayContaining(['Kyrgyz', 'Kyrgyzstan']));
    await select(page, 'Kazakhstan');
    const kazakhExcerpts = await evidence(page).locator('li.excerpt').count();
    // The layout carries over a curation change: the other actors stay where the analyst saw them.
    const before = JSON.parse(readFileSync(await download(page, 'Download graph JSON', work), 'utf8')) as BrowserGraph;
    const others = before.nodes.map((node) => node.id).filter((id) => !['kazakhstan', 'kyrgyzstan'].includes(id) && !/kazakh|kyrgyz/i.test(id));
    expect(others.length).toBeGreaterThan(2);
    await page.waitForFunction(() => window.__silkmap?.layoutSettled() === true, null, { timeout: 30_000 });
    const screenPositions = (ids: string[]) => page.evaluate((list) => list.map((id) => window.__silkmap?.nodeScreenPosition(id) ?? null), ids);
    const placesBefore = await screenPositions(others);

    await curate(page).getByRole('button', { name: 'Merge with…' }).click();
    await curate(page).getByRole('combobox', { name: 'Actor to merge into this one' }).fill('Kyrg');
    await curate(page).getByRole('option').filter({ hasText: 'Kyrgyzstan' }).click();
    await curate(page).getByRole('button', { name: 'Merge Kyrgyzstan into Kazakhstan' }).click();

    await expect(evidence(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Kazakhstan');
    expect(await actorNames(page)).not.toContain('Kyrgyzstan');
    await expect(changeCount(page).textContent()).resolves.toBe('1');
    await page.waitForTimeout(300);
    await page.waitForFunction(() => window.__silkmap?.layoutSettled() === true, null, { timeout: 30_000 });
    const placesAfter = await screenPositions(others);
    const moves = others.map((id, i) => {
      const a = placesBefore[i], b = placesAfter[i];
      return { id, moved: a && b ? Math.hypot(a.x - b.x, a.y - b.y) : a === b ? 0 : Infinity };
    });
    // Restarting from the spiral moved them 200–290 px here; carried over, the actors linked to
    // the merged one adjust (and the 5-actor view refits) by 45–65 px (65 px since the sample graph
    // gained typed relations and the resolver's merges), the rest by less.
    // 2026-12-07 (extractor 1.6.0, the view fitted between overlays): Russia, linked to the merged
    // actor, moved 100.6 px in a 5-actor view. The bound stays well under a restart's 200–290 px.
    expect(moves.filter((move) => move.moved >= 150)).toEqual([]);
    // Every excerpt of both former actors, each marked with the form written in it.
    const forms = await markedForms(page);
    expect(forms).toEqual(expect.arrayContaining(['Kazakhstan', 'Kyrgyz', 'Kyrgyzstan']));
    expect(forms).not.toContain('Kyrgyzstan Kazakhstan');
    // Kyrgyz's two sentences: one already shared with Kazakhstan ("Kyrgyzstan and Kazakhstan share…").
    expect(await evidence(page).locator('li.excerpt').count()).toBe(kazakhExcerpts + 1);
    const sharedSentence = evidence(page).locator('li.excerpt').filter({ hasText: 'share a long border' });
    await expect(sharedSentence.locator('mark').allTextContents()).resolves.toEqual(['Kyrgyzstan', 'Kazakhstan']);
    await page.screenshot({ path: `${SCREENSHOTS}/curation-merged.png` });

    await page.reload();
    await evidence(page).getByRole('heading', { level: 2, name: 'Kazakhstan', exact: true }).waitFor();
    expect(await actorNames(page)).not.toContain('Kyrgyzstan');
    expect(await markedForms(page)).toEqual(expect.arrayContaining(['Kyrgyz', 'Kyrgyzstan']));
    await expect(changeCount(page).textContent()).resolves.toBe('1');

    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('Control+z');
    await expect(changeCount(page).textContent()).resolves.toBe('0');
    expect(await actorNames(page)).toContain('Kyrgyzstan');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(changeCount(page).textContent()).resolves.toBe('1');
    expect(await actorNames(page)).not.toContain('Kyrgyzstan');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renames with the selection following the new id, refuses a bad import, and exports overrides the CLI reproduces', async () => {
    const { page, errors } = await openPage(browser);
    await openOwnCorpus(page, FILES);
    await select(page, 'Xi Jinping');
    await curate(page).getByRole('button', { name: 'Rename' }).click();
    await curate(page).getByRole('textbox', { name: 'New name' }).fill('Xi Jinping (PRC president)');
    await curate(page).getByRole('button', { name: 'Rename' }).last().click();
    await evidence(page).getByRole('heading', { level: 2, name: 'Xi Jinping (PRC president)' }).waitFor();
    expect(new URL(page.url()).searchParams.get('actor')).toBe('person:xi-jinping-prc-president');

    await select(page, 'Kyrgyzstan');
    await curate(page).getByRole('button', { name: 'Split alias off' }).click();
    await curate(page).getByRole('combobox', { name: 'Alias' }).selectOption('Kyrgyz');
    await curate(page).getByRole('button', { name: 'Split off' }).click();
    await expect(changeCount(page).textContent()).resolves.toBe('2');
    expect(await actorNames(page)).toContain('Kyrgyz');

    await select(page, 'Uzbekistan');
    await curate(page).getByRole('button', { name: 'Hide as noise' }).click();
    await expect(evidence(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Select an actor');
    expect(await actorNames(page)).not.toContain('Uzbekistan');
    await page.screenshot({ path: `${SCREENSHOTS}/curation-controls.png` });

    // A file that is not an overrides document is refused with the reason; nothing changes.
    await page.locator('input[type="file"][aria-label="Overrides file to import"]').setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"silkmap-overrides","version":2,"operations":[]}') });
    await page.getByRole('alert').filter({ hasText: 'not a Silkmap overrides document' }).waitFor();
    await expect(changeCount(page).textContent()).resolves.toBe('3');

    // A merge made in the page, too: Russia into China.
    await select(page, 'China');
    await curate(page).getByRole('button', { name: 'Merge with…' }).click();
    await curate(page).getByRole('combobox', { name: 'Actor to merge into this one' }).fill('Russ');
    await curate(page).getByRole('option').filter({ hasText: 'Russia' }).click();
    await curate(page).getByRole('button', { name: 'Merge Russia into China' }).click();
    await expect(changeCount(page).textContent()).resolves.toBe('4');

    const overridesPath = await download(page, 'Export overrides', work);
    const exported = JSON.parse(readFileSync(overridesPath, 'utf8')) as { format: string; operations: { op: string }[] };
    expect(exported.format).toBe('silkmap-overrides');
    expect(exported.operations.map((operation) => operation.op)).toEqual(['rename', 'split', 'hide', 'merge']);
    const browserGraph = graphFromText(readFileSync(await download(page, 'Download graph JSON', work), 'utf8')) as BrowserGraph;

    const out = join(work, 'cli-graph.json');
    const cli = spawnSync('npx', ['tsx', 'src/extract/cli/main.ts', '--in', join(work, 'corpus'), '--out', out, '--overrides', overridesPath, '--no-cache'], { encoding: 'utf8' });
    expect(cli.stderr).not.toContain('warning');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('4 applied');
    const cliGraph = graphFromText(readFileSync(out, 'utf8')) as BrowserGraph;
    // Whole nodes (aliases, counts, every mention) and whole edges (weights, evidence), not only ids.
    expect(cliGraph.nodes).toEqual(browserGraph.nodes);
    expect(cliGraph.edges).toEqual(browserGraph.edges);
    const summary = (graph: BrowserGraph) => graph.nodes.map((node) => `${node.id} ${node.label} ${node.type}`);
    expect(summary(browserGraph)).toContain('person:xi-jinping-prc-president Xi Jinping (PRC president) person');
    expect(summary(browserGraph)).not.toContain('state:russia Russia state');
    expect(browserGraph.nodes.find((node) => node.id === 'state:china')!.aliases).toEqual(expect.arrayContaining(['China', 'Russia']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
