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
  if (!new URLSearchParams(search).has('graph')) {
    const restored = await loadCustomCorpus();
    if (restored.status === 'ok') {
      await store.openCustomCorpus(restored.corpus);
      return;
    }
    if (restored.status === 'invalid') {
      await clearCustomCorpus().catch(() => undefined);
      store.addCorpusMessages([`Your saved corpus could not be restored and was set aside: ${restored.errors.slice(0, 3).join('; ')}`]);
    }
  }
  await store.openSampleCorpus(source.path, fetcher);
}
