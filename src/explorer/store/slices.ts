/**
 * The store is split into slices by concern. Each slice owns its state and the actions
 * that change it; none reaches into another's state except through the shared `set`.
 */
import type { StateCreator } from 'zustand';
import type { ActorType, Graph } from '../../graph-format/index.ts';
import type { GraphMeasures } from '../../analysis/types.ts';
import type { CorpusSlice } from '../corpus/types.ts';
import type { CurationSlice } from '../curation/types.ts';
import type { TimelineSlice } from '../timeline/types.ts';
import { DEFAULT_FILTERS, DEFAULT_SORT } from './defaults.ts';
import { buildGraphModel } from './model.ts';
import { OVERVIEW_ACTORS } from './overview.ts';
import type { ColourBy, Filters, GraphModel, LoadState, Selection, SizeBy, SortKey, TableSort } from './types.ts';

export interface GraphSlice {
  model: GraphModel | null;
  load: LoadState;
  /** `keep`: the selection and open passage to show with the new graph (curation swaps graphs under them) instead of none. */
  setGraph: (graph: Graph, source: string, keep?: { selection: Selection; readerPassageId: string | null }) => void;
  setLoadError: (source: string, title: string, errors: string[]) => void;
  setLoading: (source: string) => void;
}

export interface SelectionSlice {
  selection: Selection;
  selectNode: (id: string) => void;
  selectEdge: (id: string) => void;
  clearSelection: () => void;
}

export interface FiltersSlice {
  filters: Filters;
  setFilters: (changes: Partial<Filters>) => void;
  toggleType: (type: ActorType, on: boolean) => void;
  resetFilters: () => void;
}

export interface ViewSlice {
  hoveredNode: number;
  /** Passage shown in the source reader, or null when it is closed. */
  readerPassageId: string | null;
  tableSort: TableSort;
  /** Most actors the network shows of a big graph (store/overview.ts); 0 = all of them. */
  overviewSize: number;
  setOverviewSize: (size: number) => void;
  setHoveredNode: (node: number) => void;
  openReader: (passageId: string) => void;
  closeReader: () => void;
  sortTable: (key: SortKey) => void;
}

/** Network measures of the loaded graph and how nodes are sized and coloured. */
export interface AnalysisSlice {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** null until the measures worker answers for the current graph. */
  measures: GraphMeasures | null;
  measuresError: string | null;
  /** False while only the quick pass (no betweenness) has arrived for a big graph. */
  measuresComplete: boolean;
  setSizeBy: (sizeBy: SizeBy) => void;
  setColourBy: (colourBy: ColourBy) => void;
  /** Ignored unless `model` is still the loaded graph (a late answer for an old graph is dropped). */
  setMeasures: (model: GraphModel, measures: GraphMeasures, complete?: boolean) => void;
  setMeasuresError: (model: GraphModel, message: string) => void;
}

export type ExplorerState = GraphSlice & SelectionSlice & FiltersSlice & ViewSlice & AnalysisSlice & CorpusSlice & CurationSlice & TimelineSlice;
type Slice<T> = StateCreator<ExplorerState, [], [], T>;

export const createGraphSlice: Slice<GraphSlice> = (set) => ({
  model: null,
  load: { status: 'loading', source: '' },
  setGraph: (graph, source, keep) => set({ model: buildGraphModel(graph), load: { status: 'ready', source }, selection: keep?.selection ?? null, hoveredNode: -1, readerPassageId: keep?.readerPassageId ?? null, measures: null, measuresError: null, measuresComplete: false }),
  setLoadError: (source, title, errors) => set({ model: null, load: { status: 'error', source, title, errors } }),
  setLoading: (source) => set({ load: { status: 'loading', source } }),
});

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selection: null,
  selectNode: (id) => { if (get().model?.nodeIndex.has(id)) set({ selection: { kind: 'node', id } }); },
  selectEdge: (id) => { if (get().model?.edgeIndex.has(id)) set({ selection: { kind: 'edge', id } }); },
  // Focus is about the selection: without one it would keep a setting that shows nothing of itself.
  clearSelection: () => set({ selection: null, filters: get().filters.focus === 0 ? get().filters : { ...get().filters, focus: 0 } }),
});

export const createFiltersSlice: Slice<FiltersSlice> = (set, get) => ({
  filters: DEFAULT_FILTERS,
  setFilters: (changes) => set({ filters: { ...get().filters, ...changes } }),
  toggleType: (type, on) => {
    const current = get().filters.types;
    const types = DEFAULT_FILTERS.types.filter((t) => (t === type ? on : current.includes(t)));
    set({ filters: { ...get().filters, types } });
  },
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
});

export const createViewSlice: Slice<ViewSlice> = (set, get) => ({
  hoveredNode: -1,
  readerPassageId: null,
  tableSort: DEFAULT_SORT,
  overviewSize: OVERVIEW_ACTORS,
  setOverviewSize: (overviewSize) => set({ overviewSize }),
  setHoveredNode: (node) => { if (get().hoveredNode !== node) set({ hoveredNode: node }); },
  openReader: (passageId) => set({ readerPassageId: passageId }),
  closeReader: () => set({ readerPassageId: null }),
  sortTable: (key) => {
    const current = get().tableSort;
    const direction = current.key === key
      ? (current.direction === 'ascending' ? 'descending' : 'ascending')
      : (key === 'name' || key === 'community' ? 'ascending' : 'descending');
    set({ tableSort: { key, direction } });
  },
});

export const createAnalysisSlice: Slice<AnalysisSlice> = (set, get) => ({
  sizeBy: 'mentions',
  colourBy: 'type',
  measures: null,
  measuresError: null,
  measuresComplete: false,
  setSizeBy: (sizeBy) => set({ sizeBy }),
  setColourBy: (colourBy) => set({ colourBy }),
  setMeasures: (model, measures, complete = true) => { if (get().model === model) set({ measures, measuresComplete: complete, measuresError: null }); },
  setMeasuresError: (model, message) => { if (get().model === model) set({ measuresError: message }); },
});
