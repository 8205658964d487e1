/**
 * The network canvas outside React: wires the viewport (pan, zoom, fit), pointer and keyboard
 * input, the tooltip, and the frame loop to the store, the layout and the renderer. What to
 * draw comes from draw-plan.ts, how the base reaches the canvas from base-layer.ts; this file
 * decides when plans are rebuilt and what each frame draws. The React component just creates
 * and disposes it.
 */
import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../store/slices.ts';
import { nextTask } from '../store/next-task.ts';
import type { GraphModel } from '../store/types.ts';
import { selectHighlighted, selectionNodes, selectVisibility, type Visibility } from '../store/visibility.ts';
import { disparityPValues, selectOverview, selectOverviewBase } from '../store/overview.ts';
import type { LayoutHandle } from '../simulation/use-layout.ts';
import { buildBasePlan, buildFocusPlan, type BasePlan, type FocusPlan } from './draw-plan.ts';
import { DIMMED_BASE_OPACITY, LABEL_MIDDLE, NetworkRenderer } from './renderer.ts';
import type { Position } from '../../export/types.ts';
import { nodeColours, nodeSizes, styleUsesMeasures } from './scales.ts';
import type { ViewSnapshot } from '../export/current-view.ts';
import { BaseLayer, type OffMainDrawing } from './base-layer.ts';
import { FrameLoop, type FrameWork } from './frame-loop.ts';
import { KeyboardInput } from './keyboard-input.ts';
import { Picker, type Scene } from './picker.ts';
import { PointerInput } from './pointer-input.ts';
import { Tooltip } from './tooltip.ts';
import { ViewportControl } from './viewport.ts';
import { coveredEdges, rememberedInsets, rememberInsets, watchCoveredEdges, type Covered } from './covered-edges.ts';

/** Performance mark and window event of the first frame with the graph drawn (benchmarks read it). */
export const FIRST_DRAW_MARK = 'silkmap:first-draw';
/** Window event when the layout comes to rest (heavy background work waits for it). */
export const LAYOUT_SETTLED_EVENT = 'silkmap:layout-settled';

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

function isBigGraph(nodeCount: number, edgeCount: number): boolean {
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

/** What the controller is made of: its canvases, the graph, the layout, the store and the page's helpers. */
export interface NetworkControllerOptions {
  /** The base layer; takes all pointer and keyboard input. */
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  /** A transparent canvas stacked over the base (see renderer.ts). */
  focus: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D };
  model: GraphModel;
  layout: LayoutHandle;
  store: StoreApi<ExplorerState>;
  tooltip?: HTMLElement | null;
  /** A polite live region that names the actor under the keyboard cursor. */
  announcer?: HTMLElement | null;
  offMain?: OffMainDrawing;
}

export class NetworkController {
  private readonly canvas: HTMLCanvasElement;
  private readonly focusCanvas: HTMLCanvasElement;
  private readonly model: GraphModel;
  private readonly layout: LayoutHandle;
  private readonly store: StoreApi<ExplorerState>;
  private readonly renderer: NetworkRenderer;
  private readonly viewport: ViewportControl;
  private readonly frames: FrameLoop;
  private readonly picker: Picker;
  private readonly keyboard: KeyboardInput;
  private readonly pointer: PointerInput;
  /** How the base layer reaches the canvas: drawn here, by the raster worker, or a moved copy. */
  private readonly base: BaseLayer;
  private readonly cleanups: (() => void)[] = [];
  /** What the network shows: the focus layer and the picker read it. */
  private visibility!: Visibility;
  /** The same without a shown selection's extra links: the layout and the base layer follow it. */
  private baseVisibility!: Visibility;
  private basePlan!: BasePlan;
  private focusPlan!: FocusPlan;
  /** Radius per node in layout units for the current size-by choice (the layout keeps its own for collisions). */
  private radii!: Float32Array;
  private colours!: string[];
  private idle = 0;
  private restyleQueued = false;
  private disposed = false;
  /** Nothing is drawn on the focus layer (a new canvas starts blank). */
  private focusLayerBlank = true;
  private firstDrawMarked = false;
  /** CSS pixels of the canvas's top and bottom under overlays (covered-edges.ts). */
  private covered: Covered = { top: 0, bottom: 0 };
  private settledAnnounced = false;
  drawCount = 0;

  constructor(options: NetworkControllerOptions) {
    const { canvas, model, layout, store, focus } = options;
    this.canvas = canvas;
    this.focusCanvas = focus.canvas;
    this.model = model;
    this.layout = layout;
    this.store = store;
    this.renderer = new NetworkRenderer(options.ctx, focus.ctx, model);
    this.frames = new FrameLoop((work) => this.drawFrame(work));
    this.base = new BaseLayer(this.renderer, model, isBigGraph(model.graph.nodes.length, model.graph.edges.length), options.offMain ?? {}, () => { if (!this.disposed) this.frames.request(false); });
    this.viewport = new ViewportControl(canvas, {
      mayPan: (event) => {
        const point = 'touches' in event ? event.touches[0] : event;
        return !point || this.picker.actorAt(point.clientX, point.clientY) < 0;
      },
      moved: () => { this.keyboard.followCursor(); this.frames.viewChanged(); },
      // A pan or zoom under way draws fewer links; its end draws them all again.
      gestureEnded: () => this.frames.request(),
    });
    const tooltip = new Tooltip(options.tooltip ?? null, canvas, model);
    const scene = (): Scene => ({ visibility: this.visibility, positions: this.base.positions ?? this.layout.positions, radii: this.radii });
    this.picker = new Picker(model, this.renderer, this.viewport, scene);
    this.keyboard = new KeyboardInput(canvas, { model, store, viewport: this.viewport, tooltip, announcer: options.announcer ?? null, scene, fit: () => this.fitToView(true) });
    this.pointer = new PointerInput(canvas, { model, store, layout, picker: this.picker, viewport: this.viewport, tooltip, dragged: () => this.frames.request() });
    this.restyle();
    this.rebuildPlans();
    this.cleanups.push(store.getState().registerView(() => this.snapshot()));
    this.cleanups.push(layout.subscribe(() => {
      if (!this.viewport.userMoved) this.fitToView(false);
      this.keyboard.followCursor();
      this.frames.layoutStepped();
    }));
    this.cleanups.push(store.subscribe((state, previous) => this.storeChanged(state, previous)));
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.resize());
    observer?.observe(canvas);
    this.cleanups.push(() => observer?.disconnect());
    this.covered = rememberedInsets(canvas);
    this.cleanups.push(watchCoveredEdges(canvas, () => {
      // The insets change, and the view is fitted again, only when an overlay first comes to an
      // edge (a big graph's Timeline appears once the network has settled). A change of size (the
      // Timeline's summary wraps when something is selected, its status line appears with a
      // window) and an overlay going away for a moment (the Timeline re-rendered while a window's
      // histogram is read) are ignored: taken into a fit, they moved every actor when a timeline
      // window was set (timeline.e2e: 14.7 px), and neither a selection nor a window may move them.
      const covered = coveredEdges(canvas);
      const came = (covered.top > 0 && this.covered.top === 0) || (covered.bottom > 0 && this.covered.bottom === 0);
      if (!came) return;
      this.covered = { top: Math.max(covered.top, this.covered.top), bottom: Math.max(covered.bottom, this.covered.bottom) };
      rememberInsets(canvas, this.covered);
      if (!this.viewport.userMoved) { this.fitToView(false); this.frames.request(); }
    }));
    this.resize();
  }

  private storeChanged(state: ExplorerState, previous: ExplorerState): void {
    // Measures arrive from a worker while the page renders them into the table: the canvas
    // takes them in a task of its own, so the two together never make one long task.
    if (state.measures !== previous.measures && state.sizeBy === previous.sizeBy && state.colourBy === previous.colourBy &&
      styleUsesMeasures(state.sizeBy, state.colourBy)) this.restyleSoon();
    const restyled = state.sizeBy !== previous.sizeBy || state.colourBy !== previous.colourBy;
    if (restyled) this.restyle();
    if (restyled || state.filters !== previous.filters || state.model !== previous.model || state.overviewSize !== previous.overviewSize) {
      const focusChanged = state.filters.focus !== previous.filters.focus || (state.filters.focus > 0 && state.selection !== previous.selection);
      this.rebuildPlans();
      if (focusChanged || !this.viewport.userMoved) this.fitToView(false);
      this.frames.request();
    } else if (state.selection !== previous.selection) {
      // Only the focus layer changes, unless the selection changes what is visible
      // (focus on its neighbourhood, or an actor outside the overview or the filters).
      const visibilityChanged = this.rebuildFocus();
      if (visibilityChanged && (state.filters.focus > 0 || !this.viewport.userMoved)) this.fitToView(false);
      if (visibilityChanged) this.frames.request();
      else this.frames.selectionFirst();
    } else if (state.hoveredNode !== previous.hoveredNode) {
      this.frames.request(false);
    }
  }

  private restyleSoon(): void {
    if (this.restyleQueued) return;
    this.restyleQueued = true;
    void nextTask().then(() => {
      this.restyleQueued = false;
      if (this.disposed) return;
      this.restyle();
      this.rebuildPlans();
      this.frames.request();
    });
  }

  private restyle(): void {
    const { sizeBy, colourBy, measures } = this.store.getState();
    this.radii = nodeSizes(this.model, sizeBy, measures);
    this.colours = nodeColours(this.model, colourBy, measures);
    this.picker.invalidate();
  }

  private rebuildPlans(): void {
    const state = this.store.getState();
    this.visibility = shownVisibility(this.model, state);
    this.baseVisibility = baseVisibility(this.model, state);
    this.layout.follow(this.baseVisibility.visibleNodes, this.baseVisibility.visibleEdges);
    this.basePlan = buildBasePlan(this.model, this.baseVisibility, state.filters.weightMode, this.colours);
    this.focusPlan = this.buildFocusPlan();
    this.picker.invalidate();
  }

  /** After a selection change: rebuilds the focus plan, and the base too when what it draws changed (returned). */
  private rebuildFocus(): boolean {
    const state = this.store.getState();
    if (baseVisibility(this.model, state) !== this.baseVisibility) {
      this.rebuildPlans();
      return true;
    }
    const shown = shownVisibility(this.model, state);
    if (shown !== this.visibility) { this.visibility = shown; this.picker.invalidate(); }
    this.focusPlan = this.buildFocusPlan();
    return false;
  }

  private buildFocusPlan(): FocusPlan {
    const { filters, selection } = this.store.getState();
    return buildFocusPlan(this.model, this.visibility, selectHighlighted(this.model, selection), filters.weightMode, selection, selectionNodes(this.model, selection), this.colours);
  }

  /** The view as the exporters need it (see export/current-view.ts). */
  snapshot(): ViewSnapshot {
    const nodes = this.model.graph.nodes;
    const { view } = this.viewport;
    const positions = new Map<string, { x: number; y: number }>();
    const radii = new Map<string, number>();
    const colours = new Map<string, string>();
    nodes.forEach((node, index) => {
      positions.set(node.id, { x: this.layout.positions[index * 2]!, y: this.layout.positions[index * 2 + 1]! });
      radii.set(node.id, this.radii[index]! * view.k);
      colours.set(node.id, this.colours[index]!);
    });
    const visibleNodeIds = new Set(Array.from(this.visibility.visibleNodes, (index) => nodes[index]!.id));
    const labelPositions = new Map<string, Position>();
    for (const [index, spot] of this.renderer.labelPlacements()) labelPositions.set(nodes[index]!.id, { x: spot.left, y: spot.top + LABEL_MIDDLE });
    const labelledNodeIds = new Set(labelPositions.keys());
    return { width: view.width, height: view.height, transform: { x: view.x, y: view.y, k: view.k }, positions, radii, colours, visibleNodeIds, labelledNodeIds, labelPositions };
  }

  resize(): void {
    if (!this.viewport.resize([this.canvas, this.focusCanvas])) return;
    if (!this.viewport.userMoved) this.fitToView(false);
    this.frames.request();
  }

  /** Zooms so that every visible actor is on screen; `byUser` hands the view back to the layout. */
  fitToView(byUser: boolean): void {
    this.viewport.fit(this.visibility.visibleNodes, this.layout.positions, this.radii, byUser, this.covered);
  }

  /** One frame: the base as the frame loop asks, the focus layer, and the page's bookkeeping. */
  private drawFrame(work: FrameWork): void {
    const { view } = this.viewport;
    const bigView = isBigGraph(this.visibility.visibleNodes.length, this.visibility.visibleEdges.length);
    this.base.frame({
      view, positions: this.layout.positions, radii: this.radii, plan: this.basePlan, changed: work.baseChanged, viewMoved: work.viewMoved,
      copyWillDo: this.viewport.zooming && bigView, moving: this.viewport.zooming || !this.layout.settled,
    });
    const hovered = this.store.getState().hoveredNode;
    // A blank focus layer that would stay blank is left alone: redrawing even a cleared
    // canvas makes the compositor take a new copy of it every frame.
    const focusBlank = !this.focusPlan.active && hovered < 0;
    if (!focusBlank || !this.focusLayerBlank) this.renderer.drawFocus(view, this.base.positions ?? this.layout.positions, this.radii, this.focusPlan, hovered, this.basePlan.nodeGroups);
    this.focusLayerBlank = focusBlank;
    // Dimming the base is a compositor change: no pixels of the base are redrawn.
    const opacity = this.focusPlan.active ? String(DIMMED_BASE_OPACITY) : '';
    if (this.canvas.style.opacity !== opacity) this.canvas.style.opacity = opacity;
    this.drawCount++;
    this.canvas.dataset.draws = String(this.drawCount);
    this.canvas.dataset.drawMs = this.renderer.lastDrawMs.toFixed(1);
    this.canvas.dataset.layout = this.layout.settled ? 'settled' : 'running';
    if (this.layout.settled !== this.settledAnnounced) {
      this.settledAnnounced = this.layout.settled;
      if (this.layout.settled) window.dispatchEvent(new Event(LAYOUT_SETTLED_EVENT));
    }
    // Benchmarks measure navigation → first drawn graph from this mark.
    if (!this.firstDrawMarked && this.base.positions && this.layout.positions.length > 0) {
      this.firstDrawMarked = true;
      this.warmLabels();
      performance.mark(FIRST_DRAW_MARK);
      window.dispatchEvent(new Event(FIRST_DRAW_MARK));
    }
  }

  /** Frames in which the base layer was redrawn, or showed a new drawing of the worker (tests check that selecting does not). */
  get baseDrawCount(): number { return this.base.drawCount; }
  /** Frames in which the base showed a moved copy of its last drawing (a pan or zoom of a big graph). */
  get baseCopyCount(): number { return this.base.copyCount; }
  get baseDrawnInWorker(): boolean { return this.base.inWorker; }

  /** Label widths measured in idle slices after the first frame (see NetworkRenderer.warmLabelWidths). */
  private warmLabels(): void {
    if (typeof requestIdleCallback !== 'function') return;
    const step = (deadline: IdleDeadline): void => {
      this.idle = 0;
      if (!this.renderer.warmLabelWidths(() => deadline.timeRemaining() > 2)) this.idle = requestIdleCallback(step);
    };
    this.idle = requestIdleCallback(step);
  }

  /** Where a node is drawn (client pixels), for tests and tooltips. */
  screenPosition(node: number): { x: number; y: number } {
    const positions = this.base.positions ?? this.layout.positions;
    return this.viewport.toClient(positions[node * 2]!, positions[node * 2 + 1]!);
  }

  /** Every actor the base layer draws whose centre is on the canvas: id, centre and radius in client pixels (tests click them all). */
  drawnNodes(): { id: string; x: number; y: number; r: number }[] {
    const rect = this.canvas.getBoundingClientRect();
    const drawn: { id: string; x: number; y: number; r: number }[] = [];
    for (const group of this.basePlan.nodeGroups) {
      for (const node of group.nodes) {
        const { x, y } = this.screenPosition(node);
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) drawn.push({ id: this.model.graph.nodes[node]!.id, x, y, r: this.radii[node]! * this.viewport.view.k });
      }
    }
    return drawn;
  }

  isNodeVisible(node: number): boolean { return this.visibility.nodeVisible[node] === 1; }

  /** What a click at this client point would select: a label or a node first, else the nearest link. */
  pick(clientX: number, clientY: number): { kind: 'node' | 'edge'; id: string } | null {
    const picked = this.picker.pick(clientX, clientY);
    if (!picked) return null;
    return picked.kind === 'node' ? { kind: 'node', id: this.model.graph.nodes[picked.node]!.id } : { kind: 'edge', id: this.model.graph.edges[picked.edge]!.id };
  }

  /** Every drawn label's box in client pixels, top-most last (tests click them). */
  labelBoxes(): { id: string; x: number; y: number; width: number; height: number }[] {
    const [left, top] = this.viewport.toCanvas(0, 0);
    return this.renderer.labelBoxes(this.viewport.view).map((box) => ({ id: this.model.graph.nodes[box.node]!.id, x: box.left - left, y: box.top - top, width: box.width, height: box.height }));
  }

  dispose(): void {
    this.disposed = true;
    this.base.dispose();
    this.frames.dispose();
    if (this.idle) cancelIdleCallback(this.idle);
    this.viewport.dispose();
    this.pointer.dispose();
    this.keyboard.dispose();
    for (const cleanup of this.cleanups) cleanup();
  }
}
