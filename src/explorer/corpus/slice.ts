/**
 * Which corpus is on screen (the sample, or the user's own files), and bringing files in:
 * the extraction runs in a worker behind the injected `ingestService`; progress, cancel and
 * the files that could not be used are state here. The user's corpus is kept in IndexedDB.
 */
import type { StateCreator } from 'zustand';
import { loadGraphOffThread } from '../load/loadGraphOffThread.ts';
import type { GraphPreview } from '../load/preview.ts';
import { offerLayoutSeed } from '../simulation/seed.ts';
import type { ExplorerState } from '../store/slices.ts';
import { clearOverrides, loadOverrides } from '../curation/storage.ts';
import { clearCustomCorpus, saveCustomCorpus } from './storage.ts';
import type { CorpusSlice, CorpusState, StoredCorpus } from './types.ts';


export const CUSTOM_CORPUS = 'custom';
const CUSTOM_SOURCE = 'your corpus';
export const sampleCorpusKey = (path: string) => `sample:${path}`;

export const INITIAL_CORPUS: CorpusState = {
  kind: 'sample', name: 'Sample corpus', samplePath: './graph.json', ingest: { status: 'idle' }, skipped: [], messages: [],
};

let lastSave: Promise<unknown> = Promise.resolve();

/** Resolves once the last corpus change is in IndexedDB. */
export function corpusSaved(): Promise<void> {
  return lastSave.then(() => undefined);
}

function describeFiles(count: number): string {
  return `Your corpus: ${count} file${count === 1 ? '' : 's'}`;
}

export const createCorpusSlice: StateCreator<ExplorerState, [], [], CorpusSlice> = (set, get) => {
  let running: AbortController | null = null;
  // Opening a corpus is asynchronous; only the most recent request may put its graph on screen.
  let generation = 0;
  const patch = (changes: Partial<CorpusState>) => set({ corpus: { ...get().corpus, ...changes } });

  return {
    corpus: INITIAL_CORPUS,
    ingestService: null,
    provideIngest: (ingest) => set({ ingestService: ingest }),

    openSampleCorpus: async (path, fetcher) => {
      const mine = ++generation;
      // A graph named in the address (?graph=) is shown under its file name.
      patch({ kind: 'sample', name: path === INITIAL_CORPUS.samplePath ? INITIAL_CORPUS.name : `Graph file: ${path.replace(/^\.\//, '')}`, samplePath: path });
      get().setLoading(path);
      const key = sampleCorpusKey(path);
      offerLayoutSeed(null);
      // A big graph's first picture, shown while it is checked; the explorer's layout starts from its positions.
      const showPreview = (preview: GraphPreview) => {
        const { load } = get();
        if (mine !== generation || load.status !== 'loading') return;
        offerLayoutSeed(preview);
        set({ load: { ...load, preview } });
      };
      const [result, stored] = await Promise.all([loadGraphOffThread(path, fetcher, showPreview), loadOverrides(key)]);
      // Benchmarks split navigation → first picture at these marks (bench/real.ts).
      performance.mark('silkmap:graph-loaded');
      if (mine !== generation) return;
      if (!result.ok) {
        get().setLoadError(path, result.title, result.errors);
        return;
      }
      await get().prepareCuration(result.graph, stored.ok ? stored.overrides : null);
      performance.mark('silkmap:model-ready');
      if (mine !== generation) return;
      get().beginCuration(key, result.graph, path, stored.ok ? stored.overrides : null);
      if (!stored.ok) get().addCurationErrors(stored.errors);
    },

    openCustomCorpus: async (corpus) => {
      const mine = ++generation;
      const stored = await loadOverrides(CUSTOM_CORPUS);
      await get().prepareCuration(corpus.graph, stored.ok ? stored.overrides : null);
      if (mine !== generation) return;
      patch({ kind: 'custom', name: corpus.name });
      get().beginCuration(CUSTOM_CORPUS, corpus.graph, CUSTOM_SOURCE, stored.ok ? stored.overrides : null);
      if (!stored.ok) get().addCurationErrors(stored.errors);
    },

    ingestFiles: async (files) => {
      const ingest = get().ingestService;
      if (!ingest) {
        patch({ messages: ['Reading your own files is not available in this page.'] });
        return;
      }
      running?.abort();
      const mine = new AbortController();
      running = mine;
      patch({ ingest: { status: 'running', done: 0, total: files.length, path: '' }, skipped: [], messages: [] });
      try {
        const result = await ingest(files, {
          signal: mine.signal,
          onProgress: (done, total, path) => { if (running === mine) patch({ ingest: { status: 'running', done, total, path } }); },
        });
        await get().prepareCuration(result.graph, null);
        if (running !== mine) return;
        running = null;
        generation++;
        const name = describeFiles(result.graph.documents.length);
        // A new corpus starts without changes; the clear is queued before any change to it is saved.
        lastSave = Promise.all([clearOverrides(CUSTOM_CORPUS), saveCustomCorpus({ graph: result.graph, name })]).catch((error: unknown) => {
          get().addCorpusMessages([`Your corpus could not be kept in this browser, so a reload will show the sample again (${(error as Error).message}).`]);
        });
        patch({ kind: 'custom', name, ingest: { status: 'idle' }, skipped: result.skipped, messages: result.notes });
        get().beginCuration(CUSTOM_CORPUS, result.graph, CUSTOM_SOURCE, null);
      } catch (error) {
        if (running !== mine) return;
        running = null;
        const cancelled = (error as Error).name === 'AbortError';
        patch({ ingest: { status: 'idle' }, messages: cancelled ? [] : [(error as Error).message] });
      }
    },

    cancelIngest: () => {
      running?.abort();
      running = null;
      patch({ ingest: { status: 'idle' } });
    },

    backToSample: async () => {
      get().cancelIngest();
      lastSave = Promise.all([clearCustomCorpus(), clearOverrides(CUSTOM_CORPUS)]).catch(() => undefined);
      patch({ skipped: [], messages: [] });
      await get().openSampleCorpus(get().corpus.samplePath);
    },

    addCorpusMessages: (messages) => patch({ messages: [...get().corpus.messages, ...messages] }),
    dismissCorpusNotice: () => patch({ skipped: [], messages: [] }),
  };
};
