/**
 * Shared steps of the browser tests that build a graph from dropped files and curate it:
 * drop the files, find the evidence panel and the Actors table, select an actor through the
 * search box.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });
export const curate = (page: Page) => evidence(page).getByRole('region', { name: 'Curate this actor' });
export const actorsTable = (page: Page) => page.getByRole('region', { name: 'Actors' });

/** The actor names the Actors table lists, in its order. */
export async function actorNames(page: Page): Promise<string[]> {
  return actorsTable(page).locator('tbody th').allTextContents();
}

/** Drops `files` (name → text) on the page's file input and waits for the graph built from them. */
export async function openOwnCorpus(page: Page, files: Record<string, string>): Promise<void> {
  await page.locator('.corpus-name').filter({ hasText: 'Sample corpus' }).waitFor();
  await page.locator('input[type="file"][aria-label="Files to build a graph from"]').setInputFiles(
    Object.entries(files).map(([name, content]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(content) })),
  );
  const count = Object.keys(files).length;
  await page.locator('.corpus-name').filter({ hasText: `Your corpus: ${count} file${count === 1 ? '' : 's'}` }).waitFor({ timeout: 30_000 });
}

/** Selects an actor by typing in the search box and clicking its suggestion. */
export async function select(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search actors' }).fill(label);
  await page.getByRole('listbox', { name: 'Matching actors' }).getByRole('option').filter({ hasText: label }).first().click();
  await evidence(page).getByRole('heading', { level: 2, name: label, exact: true }).waitFor();
}

/** Clicks a download button and saves the file into `folder`; resolves to its path. */
export async function download(page: Page, button: string, folder: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(folder, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}
