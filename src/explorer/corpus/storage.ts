/**
 * The user's own corpus survives a reload in IndexedDB (idb-keyval: one small key-value
 * store). Reads are validated again: a stored graph from an older version of the contract
 * must not break the page.
 */
import { del, get, set } from 'idb-keyval';
import type { StoredCorpus } from './types.ts';

const CUSTOM_CORPUS_KEY = 'silkmap:custom-corpus';

export async function saveCustomCorpus(corpus: StoredCorpus): Promise<void> {
  await set(CUSTOM_CORPUS_KEY, corpus);
}

export async function clearCustomCorpus(): Promise<void> {
  await del(CUSTOM_CORPUS_KEY);
}

export type RestoreResult = { status: 'none' } | { status: 'ok'; corpus: StoredCorpus } | { status: 'invalid'; errors: string[] };

/** The stored corpus, if any; the validator is imported lazily so the schema library stays out of the first bundle. */
export async function loadCustomCorpus(): Promise<RestoreResult> {
  let stored: unknown;
  try {
    stored = await get(CUSTOM_CORPUS_KEY);
  } catch (error) {
    return { status: 'invalid', errors: [`your corpus could not be read from this browser's storage (${(error as Error).message})`] };
  }
  if (stored === undefined) return { status: 'none' };
  const { validateGraph } = await import('../../graph-format/validate.ts');
  const record = stored as Partial<StoredCorpus> | null;
  const result = validateGraph(record?.graph);
  if (!result.ok) return { status: 'invalid', errors: result.errors };
  return { status: 'ok', corpus: { graph: result.graph, name: typeof record?.name === 'string' ? record.name : 'your corpus' } };
}
