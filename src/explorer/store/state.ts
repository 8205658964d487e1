/**
 * The store's state and actions, slice by slice, as types only: the slices (slices.ts, and
 * the corpus, curation and timeline folders) and the pure changes (changes.ts) import them
 * from here, so no slice imports another's code.
 */
import type { ActorType, Graph } from '../../graph-format/index.ts';
import type { GraphMeasures } from '../../analysis/types.ts';
import type { ViewSnapshot } from './types.ts';
import type { CorpusSlice } from '../corpus/types.ts';
import type { CurationSlice } from '../curation/types.ts';
import type { TimelineSlice } from '../timeline/types.ts';
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
  /** The canvas says how to read what it shows (for the exports); the returned function takes that back. */
  registerView: (snapshot: () => ViewSnapshot) => () => void;
  /** The view as it is now, or null when no canvas is drawn (no 2D context, or nothing loaded). */
  currentView: () => ViewSnapshot | null;
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
  /** The measures of a big graph leave betweenness out until asked for: how to ask (null: nothing to ask for). */
  provideBetweenness: (request: (() => void) | null) => void;
  /** Computes betweenness for the current graph when it was left out; no-op otherwise. */
  computeBetweenness: () => void;
}

export type ExplorerState = GraphSlice & SelectionSlice & FiltersSlice & ViewSlice & AnalysisSlice & CorpusSlice & CurationSlice & TimelineSlice;
