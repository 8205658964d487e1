/**
 * The store is split into slices by concern. Each slice owns its state and the actions
 * that change it; none reaches into another's state except through the shared `set`. What
 * each action changes is a pure function of changes.ts; here they are only wired to `set`.
 */
import type { StateCreator } from 'zustand';
import { filtersChanged, graphShown, hovered, measuresArrived, measuresFailed, selected, selectionCleared, tableSorted, typeToggled } from './changes.ts';
import { DEFAULT_FILTERS, DEFAULT_SORT } from './defaults.ts';
import { OVERVIEW_ACTORS } from './overview.ts';
import type { ViewSnapshot } from './types.ts';
import type { AnalysisSlice, ExplorerState, FiltersSlice, GraphSlice, SelectionSlice, ViewSlice } from './state.ts';

export type { AnalysisSlice, ExplorerState, FiltersSlice, GraphSlice, SelectionSlice, ViewSlice } from './state.ts';

type Slice<T> = StateCreator<ExplorerState, [], [], T>;

/** Sets a change unless it is empty, so that subscribers do not hear of nothing. */
function change(set: Parameters<Slice<unknown>>[0], partial: Partial<ExplorerState>): void {
  if (Object.keys(partial).length > 0) set(partial);
}

export const createGraphSlice: Slice<GraphSlice> = (set) => ({
  model: null,
  load: { status: 'loading', source: '' },
  setGraph: (graph, source, keep) => set(graphShown(graph, source, keep)),
  setLoadError: (source, title, errors) => set({ model: null, load: { status: 'error', source, title, errors } }),
  setLoading: (source) => set({ load: { status: 'loading', source } }),
});

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selection: null,
  selectNode: (id) => change(set, selected(get(), 'node', id)),
  selectEdge: (id) => change(set, selected(get(), 'edge', id)),
  clearSelection: () => set(selectionCleared(get())),
});

export const createFiltersSlice: Slice<FiltersSlice> = (set, get) => ({
  filters: DEFAULT_FILTERS,
  setFilters: (changes) => set(filtersChanged(get(), changes)),
  toggleType: (type, on) => set(typeToggled(get(), type, on)),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
});

export const createViewSlice: Slice<ViewSlice> = (set, get) => {
  // A function, not state: nothing re-renders when the canvas comes or goes.
  let viewProvider: (() => ViewSnapshot) | null = null;
  return {
    hoveredNode: -1,
    readerPassageId: null,
    tableSort: DEFAULT_SORT,
    overviewSize: OVERVIEW_ACTORS,
    setOverviewSize: (overviewSize) => set({ overviewSize }),
    setHoveredNode: (node) => change(set, hovered(get(), node)),
    openReader: (passageId) => set({ readerPassageId: passageId }),
    closeReader: () => set({ readerPassageId: null }),
    sortTable: (key) => set(tableSorted(get(), key)),
    registerView: (snapshot) => {
      viewProvider = snapshot;
      return () => { if (viewProvider === snapshot) viewProvider = null; };
    },
    currentView: () => (viewProvider ? viewProvider() : null),
  };
};

export const createAnalysisSlice: Slice<AnalysisSlice> = (set, get) => {
  let betweennessRequest: (() => void) | null = null;
  return {
    sizeBy: 'mentions',
    colourBy: 'type',
    measures: null,
    measuresError: null,
    measuresComplete: false,
    setSizeBy: (sizeBy) => set({ sizeBy }),
    setColourBy: (colourBy) => set({ colourBy }),
    setMeasures: (model, measures, complete = true) => change(set, measuresArrived(get(), model, measures, complete)),
    setMeasuresError: (model, message) => change(set, measuresFailed(get(), model, message)),
    provideBetweenness: (request) => { betweennessRequest = request; },
    computeBetweenness: () => betweennessRequest?.(),
  };
};
