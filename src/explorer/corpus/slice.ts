/**
 * Which corpus is on screen (the sample, or the user's own files), and bringing files in:
 * the extraction runs in a worker behind the injected `ingestService`; progress, cancel and
 * the files that could not be used are state here. The user's corpus is kept in IndexedDB.
 */
import type { StateCreator } from 'zustand';
import { loadGraphOffThread } from '../load/load-graph-off-thread.ts';
import type { ExplorerState } from '../store/state.ts';
import { PendingSaves } from '../store/pending-saves.ts';
import { clearOverrides, loadOverrides, type StoredOverrides } from '../curation/storage.ts';
import type { Graph } from '../../graph-format/index.ts';
import type { GraphPreview } from '../load/preview.ts';
import { offerLayoutSeed } from '../simulation/seed.ts';
import { clearCustomCorpus, saveCustomCorpus } from './storage.ts';
import type { CorpusSlice, CorpusState, StoredCorpus } from './types.ts';


export const CUSTOM_CORPUS = 'custom';
const CUSTOM_SOURCE = 'your corpus';
export const sampleCorpusKey = (path: string) => `sample:${path}`;

export const INITIAL_CORPUS: CorpusState = {
  kind: 'sample', name: 'Sample corpus', samplePath: './graph.json', ingest: { status: 'idle' }, skipped: [], messages: [],
};

function describeFiles(count: number): string {
  return `Your corpus: ${count} file${count === 1 ? '' : 's'}`;
}

export const createCorpusSlice: StateCreator<ExplorerState, [], [], CorpusSlice> = (set, get) => {
  let running: AbortController | null = null;
  // Opening a corpus is asynchronous; only the most recent request may put its graph on screen.
  let generation = 0;
  const saves = new PendingSaves();
  const patch = (changes: Partial<CorpusState>) => set({ corpus: { ...get().corpus, ...changes } });

  /**
   * Opening a corpus, the one action that runs across slices, in its order: the curation slice
   * builds the model of the graph with its saved changes, in short tasks; then, unless a newer
   * request came meanwhile (`stillWanted`), `take` does the corpus slice's part (its name, its
   * saving), the curation slice shows the graph (the graph slice takes it from there), and saved
   * changes that could not be read are reported with the curation messages.
   */
  const showCorpus = async (opened: { key: string; graph: Graph; source: string; stored: StoredOverrides }, stillWanted: () => boolean, take: () => void, afterModel?: () => void) => {
    const overrides = opened.stored.ok ? opened.stored.overrides : null;
    await get().prepareCuration(opened.graph, overrides);
    afterModel?.();
    if (!stillWanted()) return;
    take();
    get().beginCuration(opened.key, opened.graph, opened.source, overrides);
    if (!opened.stored.ok) get().addCurationErrors(opened.stored.errors);
  };

  return {
    corpus: INITIAL_CORPUS,
    corpusSaved: () => saves.settled(),
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
      await showCorpus({ key, graph: result.graph, source: path, stored }, () => mine === generation, () => {}, () => performance.mark('silkmap:model-ready'));
    },

    openCustomCorpus: async (corpus) => {
      const mine = ++generation;
      const stored = await loadOverrides(CUSTOM_CORPUS);
      await showCorpus({ key: CUSTOM_CORPUS, graph: corpus.graph, source: CUSTOM_SOURCE, stored }, () => mine === generation, () => patch({ kind: 'custom', name: corpus.name }));
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
        await showCorpus({ key: CUSTOM_CORPUS, graph: result.graph, source: CUSTOM_SOURCE, stored: { ok: true, overrides: null } }, () => running === mine, () => {
          running = null;
          generation++;
          const name = describeFiles(result.graph.documents.length);
          // A new corpus starts without changes; the clear is queued before any change to it is saved.
          saves.track(Promise.all([clearOverrides(CUSTOM_CORPUS), saveCustomCorpus({ graph: result.graph, name })]).catch((error: unknown) => {
            get().addCorpusMessages([`Your corpus could not be kept in this browser, so a reload will show the sample again (${(error as Error).message}).`]);
          }));
          patch({ kind: 'custom', name, ingest: { status: 'idle' }, skipped: result.skipped, messages: result.notes });
        });
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
      saves.track(Promise.all([clearCustomCorpus(), clearOverrides(CUSTOM_CORPUS)]).catch(() => undefined));
      patch({ skipped: [], messages: [] });
      await get().openSampleCorpus(get().corpus.samplePath);
    },

    addCorpusMessages: (messages) => patch({ messages: [...get().corpus.messages, ...messages] }),
    dismissCorpusNotice: () => patch({ skipped: [], messages: [] }),
  };
};
