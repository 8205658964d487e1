/**
 * Texts of the fresh entity set (tests/fixtures/fresh): web-page excerpts gathered outside the
 * project and never redistributed, so the repository holds only the annotations and each file's
 * SHA-256. The eval finds the texts in the folder named by SILKMAP_FRESH_TEXTS (or --corpus); there
 * is deliberately no default beside the checkout, so a clone without them skips instead of failing.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SourceFile } from '../index.ts';
import type { GoldFile } from '../eval/index.ts';
import { readGoldFiles } from './gold-files.ts';

export const FRESH_TEXTS_ENV = 'SILKMAP_FRESH_TEXTS';

export type FreshTexts = { status: 'skipped'; reason: string } | { status: 'ok'; dir: string; files: SourceFile[] };

/** The fresh-text folder from --corpus, else SILKMAP_FRESH_TEXTS; null when neither names an existing folder. */
export function resolveFreshTexts(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  const named = explicit ?? env[FRESH_TEXTS_ENV];
  if (named === undefined || named === '') return null;
  const dir = resolve(named);
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true ? dir : null;
}

/**
 * Every listed file of a fresh gold set, read and checked against its recorded SHA-256 (a changed
 * or different text throws, naming the file); a skip with the reason when the folder is absent.
 */
export function loadFreshTexts(gold: { files: GoldFile[] }, explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): FreshTexts {
  const dir = resolveFreshTexts(explicit, env);
  if (dir === null) {
    const named = explicit ?? env[FRESH_TEXTS_ENV];
    const where = named === undefined || named === '' ? `${FRESH_TEXTS_ENV} is not set` : `${named} is not a folder`;
    return { status: 'skipped', reason: `fresh texts not found (${where}; they are kept outside the repository, e.g. ${FRESH_TEXTS_ENV}=/work/fresh/entity)` };
  }
  const missingHash = gold.files.find((f) => f.sha256 === undefined);
  if (missingHash !== undefined) throw new Error(`gold file ${missingHash.file}: a fresh gold set must record each text's sha256`);
  return { status: 'ok', dir, files: readGoldFiles(dir, gold.files) };
}
