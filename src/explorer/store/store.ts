import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createCorpusSlice } from '../corpus/slice.ts';
import { createCurationSlice } from '../curation/slice.ts';
import { createTimelineSlice, followGraphChanges } from '../timeline/slice.ts';
import { createAnalysisSlice, createFiltersSlice, createGraphSlice, createSelectionSlice, createViewSlice, type ExplorerState } from './slices.ts';

/** One store for the app; a vanilla store so that tests and the canvas can use it without React. */
export const explorerStore = createStore<ExplorerState>()((...args) => ({
  ...createGraphSlice(...args),
  ...createSelectionSlice(...args),
  ...createFiltersSlice(...args),
  ...createViewSlice(...args),
  ...createAnalysisSlice(...args),
  ...createCorpusSlice(...args),
  ...createCurationSlice(...args),
  ...createTimelineSlice(...args),
}));
followGraphChanges(explorerStore);

const initialState = explorerStore.getState();

/** Back to the state at start-up (tests call this between cases). */
export function resetExplorerStore(): void {
  explorerStore.setState(initialState, true);
}

export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(explorerStore, selector);
}
