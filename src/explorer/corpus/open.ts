import { explorerStore } from '../store/index.ts';
import { graphSourceFromSearch } from '../url/index.ts';
import { clearCustomCorpus, loadCustomCorpus } from './storage.ts';

/**
 * The corpus to show when the page opens: the graph named by `?graph=` if the address names
 * one; otherwise the user's own corpus if this browser keeps one; otherwise the sample.
 */
export async function openInitialCorpus(search: string, fetcher?: typeof fetch): Promise<void> {
  const store = explorerStore.getState();
  const source = graphSourceFromSearch(search);
  if (!source.ok) {
    store.setLoadError(source.path, 'The graph address is not allowed', [source.reason]);
    return;
  }
  if (new URLSearchParams(search).has('graph')) {
    await store.openSampleCorpus(source.path, fetcher);
    return;
  }
  // The sample starts loading while IndexedDB is asked for a kept corpus (a cold IndexedDB took
  // 300–600 ms, all of it before the first draw); a kept corpus that turns up supersedes it (the
  // slice drops a superseded load's result).
  const sample = store.openSampleCorpus(source.path, fetcher);
  const restored = await loadCustomCorpus();
  if (restored.status === 'ok') {
    await store.openCustomCorpus(restored.corpus);
    return;
  }
  if (restored.status === 'invalid') {
    await clearCustomCorpus().catch(() => undefined);
    store.addCorpusMessages([`Your saved corpus could not be restored and was set aside: ${restored.errors.slice(0, 3).join('; ')}`]);
  }
  await sample;
}
