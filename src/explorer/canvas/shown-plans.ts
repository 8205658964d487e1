/**
 * What the network shows and how it is drawn: the visible sets (the filtered graph, cut down to
 * its overview when it is big), the base and focus draw plans, and the sizes and colours of the
 * current size-by and colour-by choices. The controller decides when these are rebuilt; this
 * file knows how, and which of them a change of selection touches.
 */
import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../store/slices.ts';
import { nextTask } from '../store/next-task.ts';
import type { GraphModel } from '../store/types.ts';
import { selectHighlighted, selectionNodes, selectVisibility, type Visibility } from '../store/visibility.ts';
import { disparityPValues, selectOverview, selectOverviewBase } from '../store/overview.ts';
import type { LayoutHandle } from '../simulation/use-layout.ts';
import { buildBasePlan, buildFocusPlan, type BasePlan, type FocusPlan } from './draw-plan.ts';
import { nodeColours, nodeSizes } from './scales.ts';

/**
 * A big graph, from this many actors (or links) on: its base layer is drawn by the raster
 * worker, or where there is none, a pan or zoom moves a copy of the base instead of redrawing
 * it every frame (see base-layer.ts). Smaller graphs are drawn on the page, every frame. The
 * worker costs about 100 ms of first draw; it took away the last 50–78 ms tasks and dropped
 * frames of a 1,000-actor / 5,000-link graph and of a dense 200-actor / 1,000-link one (wide
 * links, stroked one by one on the page).
 */
const BIG_GRAPH_NODES = 1000;
const BIG_GRAPH_EDGES = 1000;

export function isBigGraph(nodeCount: number, edgeCount: number): boolean {
  return nodeCount >= BIG_GRAPH_NODES || edgeCount >= BIG_GRAPH_EDGES;
}

/** What the network shows: the filtered graph, cut down to its overview when it is big (store/overview.ts). */
export function shownVisibility(model: GraphModel, state: ExplorerState): Visibility {
  return selectOverview(model, selectVisibility(model, state.filters, state.selection), state.overviewSize, state.selection, state.filters.focus);
}

/** What the layout runs over and the base layer draws: shownVisibility less a shown selection's extra links (store/overview.ts). */
function baseVisibility(model: GraphModel, state: ExplorerState): Visibility {
  return selectOverviewBase(model, selectVisibility(model, state.filters, state.selection), state.overviewSize, state.selection, state.filters.focus);
}

/**
 * Works out in tasks of their own what a new controller's first plans need on a big graph: the
 * filtered set and the links' significance, the overview and sizes, then the colours and the
 * links' strength order and width buckets (all memoised, so the constructor finds them ready).
 */
export async function prepareNetworkDrawing(model: GraphModel, store: StoreApi<ExplorerState>): Promise<void> {
  if (!isBigGraph(model.graph.nodes.length, model.graph.edges.length)) return;
  selectVisibility(model, store.getState().filters, store.getState().selection);
  disparityPValues(model);
  await nextTask();
  const { filters, sizeBy, colourBy, measures } = store.getState();
  const visibility = baseVisibility(model, store.getState());
  nodeSizes(model, sizeBy, measures);
  await nextTask();
  buildBasePlan(model, visibility, filters.weightMode, nodeColours(model, colourBy, measures));
  await nextTask();
}

export class ShownPlans {
  /** What the network shows: the focus layer and the picker read it. */
  visibility!: Visibility;
  /** The same without a shown selection's extra links: the layout and the base layer follow it. */
  baseVisibility!: Visibility;
  basePlan!: BasePlan;
  focusPlan!: FocusPlan;
  /** Radius per node in layout units for the current size-by choice (the layout keeps its own for collisions). */
  radii!: Float32Array;
  colours!: string[];

  /** `changed`: the visible set, positions' meaning or sizes changed (the picker's index is stale). */
  constructor(private readonly model: GraphModel, private readonly store: StoreApi<ExplorerState>, private readonly layout: LayoutHandle, private readonly changed: () => void) {}

  /** Sizes and colours for the store's size-by and colour-by choices. */
  restyle(): void {
    const { sizeBy, colourBy, measures } = this.store.getState();
    this.radii = nodeSizes(this.model, sizeBy, measures);
    this.colours = nodeColours(this.model, colourBy, measures);
    this.changed();
  }

  /** Both visible sets and both plans; the layout follows the base's set. */
  rebuild(): void {
    const state = this.store.getState();
    this.visibility = shownVisibility(this.model, state);
    this.baseVisibility = baseVisibility(this.model, state);
    this.layout.follow(this.baseVisibility.visibleNodes, this.baseVisibility.visibleEdges);
    this.basePlan = buildBasePlan(this.model, this.baseVisibility, state.filters.weightMode, this.colours);
    this.focusPlan = this.buildFocus();
    this.changed();
  }

  /** After a selection change: rebuilds the focus plan, and the base too when what it draws changed (returned). */
  rebuildFocus(): boolean {
    const state = this.store.getState();
    if (baseVisibility(this.model, state) !== this.baseVisibility) {
      this.rebuild();
      return true;
    }
    const shown = shownVisibility(this.model, state);
    if (shown !== this.visibility) { this.visibility = shown; this.changed(); }
    this.focusPlan = this.buildFocus();
    return false;
  }

  private buildFocus(): FocusPlan {
    const { filters, selection } = this.store.getState();
    return buildFocusPlan(this.model, this.visibility, selectHighlighted(this.model, selection), filters.weightMode, selection, selectionNodes(this.model, selection), this.colours);
  }
}
