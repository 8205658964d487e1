/**
 * Curation is kept per corpus in IndexedDB, so a reload keeps every change. Stored
 * documents are validated again when read (lazily imported validator).
 */
import { del, get, set } from 'idb-keyval';
import type { Overrides } from '../../graph-format/index.ts';

const keyOf = (corpusKey: string) => `silkmap:overrides:${corpusKey}`;

export async function saveOverrides(corpusKey: string, overrides: Overrides): Promise<void> {
  await set(keyOf(corpusKey), overrides);
}

export async function clearOverrides(corpusKey: string): Promise<void> {
  await del(keyOf(corpusKey));
}

export type StoredOverrides = { ok: true; overrides: Overrides | null } | { ok: false; errors: string[] };

export async function loadOverrides(corpusKey: string): Promise<StoredOverrides> {
  let stored: unknown;
  try {
    stored = await get(keyOf(corpusKey));
  } catch (error) {
    return { ok: false, errors: [`saved changes could not be read from this browser's storage (${(error as Error).message})`] };
  }
  if (stored === undefined) return { ok: true, overrides: null };
  const { parseOverrides } = await import('../../graph-format/overrides.ts');
  const parsed = parseOverrides(stored);
  return parsed.ok ? { ok: true, overrides: parsed.overrides } : { ok: false, errors: parsed.errors.map((error) => `saved changes are damaged: ${error}`) };
}
