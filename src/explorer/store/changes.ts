/**
 * The store's state changes as pure functions: `(state, args) => Partial<State>`, tested
 * without a store (tests/explorer/store-changes.test.ts). The slices only wire them to `set`.
 * A change that returns `{}` leaves the state as it is (no subscriber hears of it).
 */
import type { ActorType, Graph } from '../../graph-format/index.ts';
import type { GraphMeasures } from '../../analysis/types.ts';
import { DEFAULT_FILTERS } from './defaults.ts';
import { buildGraphModel } from './model.ts';
import type { ExplorerState } from './state.ts';
import type { Filters, GraphModel, Selection, SortKey, TableSort } from './types.ts';

type Change = Partial<ExplorerState>;

/** A new graph on screen: nothing selected or hovered and no measures yet, unless `keep` carries a selection over. */
export function graphShown(graph: Graph, source: string, keep?: { selection: Selection; readerPassageId: string | null }): Change {
  return {
    model: buildGraphModel(graph), load: { status: 'ready', source }, selection: keep?.selection ?? null, hoveredNode: -1,
    readerPassageId: keep?.readerPassageId ?? null, measures: null, measuresError: null, measuresComplete: false,
  };
}

/** Selects an actor or a link of the loaded graph; an unknown id changes nothing. */
export function selected(state: Pick<ExplorerState, 'model'>, kind: 'node' | 'edge', id: string): Change {
  const index = kind === 'node' ? state.model?.nodeIndex : state.model?.edgeIndex;
  return index?.has(id) ? { selection: { kind, id } } : {};
}

/** No selection, and no Focus: without a selection it would keep a setting that shows nothing of itself. */
export function selectionCleared(state: Pick<ExplorerState, 'filters'>): Change {
  return { selection: null, filters: state.filters.focus === 0 ? state.filters : { ...state.filters, focus: 0 } };
}

export function filtersChanged(state: Pick<ExplorerState, 'filters'>, changes: Partial<Filters>): Change {
  return { filters: { ...state.filters, ...changes } };
}

/** Ticks or unticks one actor type; the list keeps the order of DEFAULT_FILTERS.types. */
export function typeToggled(state: Pick<ExplorerState, 'filters'>, type: ActorType, on: boolean): Change {
  const current = state.filters.types;
  return { filters: { ...state.filters, types: DEFAULT_FILTERS.types.filter((t) => (t === type ? on : current.includes(t))) } };
}

export function hovered(state: Pick<ExplorerState, 'hoveredNode'>, node: number): Change {
  return state.hoveredNode === node ? {} : { hoveredNode: node };
}

/** The same column again turns the order round; a new one starts A→Z for names and communities, largest first otherwise. */
export function tableSorted(state: Pick<ExplorerState, 'tableSort'>, key: SortKey): Change {
  const current = state.tableSort;
  const direction: TableSort['direction'] = current.key === key
    ? (current.direction === 'ascending' ? 'descending' : 'ascending')
    : (key === 'name' || key === 'community' ? 'ascending' : 'descending');
  return { tableSort: { key, direction } };
}

/** Measures for `model`; a late answer for a graph no longer loaded changes nothing. */
export function measuresArrived(state: Pick<ExplorerState, 'model'>, model: GraphModel, measures: GraphMeasures, complete = true): Change {
  return state.model === model ? { measures, measuresComplete: complete, measuresError: null } : {};
}

export function measuresFailed(state: Pick<ExplorerState, 'model'>, model: GraphModel, message: string): Change {
  return state.model === model ? { measuresError: message } : {};
}
