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
import type { LayoutHandle } from '../simulation/use-layout.ts';
import { DIMMED_BASE_OPACITY, NetworkRenderer } from './renderer.ts';
import { styleUsesMeasures } from './scales.ts';
import type { ViewSnapshot } from '../export/current-view.ts';
import { BaseLayer, type OffMainDrawing } from './base-layer.ts';
import { FrameLoop, type FrameWork } from './frame-loop.ts';
import { KeyboardInput } from './keyboard-input.ts';
import { Picker, type Scene } from './picker.ts';
import { PointerInput } from './pointer-input.ts';
import { Tooltip } from './tooltip.ts';
import { ViewportControl } from './viewport.ts';
import { CoveredInsets, type Covered } from './covered-edges.ts';
import { isBigGraph, ShownPlans } from './shown-plans.ts';
import { drawnNodes, labelBoxes, screenPosition, viewSnapshot, type DrawnPicture } from './view-queries.ts';

export { prepareNetworkDrawing, shownVisibility } from './shown-plans.ts';

/** Performance mark and window event of the first frame with the graph drawn (benchmarks read it). */
export const FIRST_DRAW_MARK = 'silkmap:first-draw';
/** Window event when the layout comes to rest (heavy background work waits for it). */
export const LAYOUT_SETTLED_EVENT = 'silkmap:layout-settled';

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
  private readonly plans: ShownPlans;
  private readonly viewport: ViewportControl;
  private readonly frames: FrameLoop;
  private readonly picker: Picker;
  private readonly keyboard: KeyboardInput;
  private readonly pointer: PointerInput;
  /** How the base layer reaches the canvas: drawn here, by the raster worker, or a moved copy. */
  private readonly base: BaseLayer;
  /** How much of the canvas's top and bottom the overlays hide (the fit keeps clear of it). */
  private readonly covered: CoveredInsets;
  private readonly cleanups: (() => void)[] = [];
  private idle = 0;
  private restyleQueued = false;
  private disposed = false;
  /** Nothing is drawn on the focus layer (a new canvas starts blank). */
  private focusLayerBlank = true;
  private firstDrawMarked = false;
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
    this.plans = new ShownPlans(model, store, layout, () => this.picker.invalidate());
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
    const scene = (): Scene => ({ visibility: this.plans.visibility, positions: this.drawnPositions, radii: this.plans.radii });
    this.picker = new Picker(model, this.renderer, this.viewport, scene);
    this.keyboard = new KeyboardInput(canvas, { model, store, viewport: this.viewport, tooltip, announcer: options.announcer ?? null, scene, fit: () => this.fitToView(true) });
    this.pointer = new PointerInput(canvas, { model, store, layout, picker: this.picker, viewport: this.viewport, tooltip, dragged: () => this.frames.request() });
    this.plans.restyle();
    this.plans.rebuild();
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
    // Called at once when an overlay is already there, before `this.covered` is set: hence the insets passed.
    this.covered = new CoveredInsets(canvas, (insets) => {
      if (!this.viewport.userMoved) { this.fitToView(false, insets); this.frames.request(); }
    });
    this.resize();
  }

  private storeChanged(state: ExplorerState, previous: ExplorerState): void {
    // Measures arrive from a worker while the page renders them into the table: the canvas
    // takes them in a task of its own, so the two together never make one long task.
    if (state.measures !== previous.measures && state.sizeBy === previous.sizeBy && state.colourBy === previous.colourBy &&
      styleUsesMeasures(state.sizeBy, state.colourBy)) this.restyleSoon();
    const restyled = state.sizeBy !== previous.sizeBy || state.colourBy !== previous.colourBy;
    if (restyled) this.plans.restyle();
    if (restyled || state.filters !== previous.filters || state.model !== previous.model || state.overviewSize !== previous.overviewSize) {
      const focusChanged = state.filters.focus !== previous.filters.focus || (state.filters.focus > 0 && state.selection !== previous.selection);
      this.plans.rebuild();
      if (focusChanged || !this.viewport.userMoved) this.fitToView(false);
      this.frames.request();
    } else if (state.selection !== previous.selection) {
      // Only the focus layer changes, unless the selection changes what is visible
      // (focus on its neighbourhood, or an actor outside the overview or the filters).
      const visibilityChanged = this.plans.rebuildFocus();
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
      this.plans.restyle();
      this.plans.rebuild();
      this.frames.request();
    });
  }

  /** The positions the picture on screen was drawn at: the base's while it waits for the worker's drawing, else the layout's. */
  private get drawnPositions(): Float32Array { return this.base.positions ?? this.layout.positions; }

  private get picture(): DrawnPicture {
    return { canvas: this.canvas, model: this.model, viewport: this.viewport, renderer: this.renderer, plans: this.plans, layoutPositions: this.layout.positions, drawnPositions: this.drawnPositions };
  }

  /** The view as the exporters need it (see export/current-view.ts). */
  snapshot(): ViewSnapshot { return viewSnapshot(this.picture); }

  resize(): void {
    if (!this.viewport.resize([this.canvas, this.focusCanvas])) return;
    if (!this.viewport.userMoved) this.fitToView(false);
    this.frames.request();
  }

  /** Zooms so that every visible actor is on screen; `byUser` hands the view back to the layout. */
  fitToView(byUser: boolean, insets: Covered | undefined = this.covered?.current): void {
    this.viewport.fit(this.plans.visibility.visibleNodes, this.layout.positions, this.plans.radii, byUser, insets);
  }

  /** One frame: the base as the frame loop asks, the focus layer, and the page's bookkeeping. */
  private drawFrame(work: FrameWork): void {
    const { view } = this.viewport;
    const { visibility, basePlan, focusPlan, radii } = this.plans;
    const bigView = isBigGraph(visibility.visibleNodes.length, visibility.visibleEdges.length);
    this.base.frame({
      view, positions: this.layout.positions, radii, plan: basePlan, changed: work.baseChanged, viewMoved: work.viewMoved,
      copyWillDo: this.viewport.zooming && bigView, moving: this.viewport.zooming || !this.layout.settled,
    });
    const hovered = this.store.getState().hoveredNode;
    // A blank focus layer that would stay blank is left alone: redrawing even a cleared
    // canvas makes the compositor take a new copy of it every frame.
    const focusBlank = !focusPlan.active && hovered < 0;
    if (!focusBlank || !this.focusLayerBlank) this.renderer.drawFocus(view, this.drawnPositions, radii, focusPlan, hovered, basePlan.nodeGroups);
    this.focusLayerBlank = focusBlank;
    // Dimming the base is a compositor change: no pixels of the base are redrawn.
    const opacity = focusPlan.active ? String(DIMMED_BASE_OPACITY) : '';
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
  screenPosition(node: number): { x: number; y: number } { return screenPosition(this.picture, node); }

  /** Every actor the base layer draws whose centre is on the canvas (see view-queries.ts). */
  drawnNodes(): { id: string; x: number; y: number; r: number }[] { return drawnNodes(this.picture); }

  isNodeVisible(node: number): boolean { return this.plans.visibility.nodeVisible[node] === 1; }

  /** What a click at this client point would select: a label or a node first, else the nearest link. */
  pick(clientX: number, clientY: number): { kind: 'node' | 'edge'; id: string } | null {
    const picked = this.picker.pick(clientX, clientY);
    if (!picked) return null;
    return picked.kind === 'node' ? { kind: 'node', id: this.model.graph.nodes[picked.node]!.id } : { kind: 'edge', id: this.model.graph.edges[picked.edge]!.id };
  }

  /** Every drawn label's box in client pixels, top-most last (tests click them). */
  labelBoxes(): { id: string; x: number; y: number; width: number; height: number }[] { return labelBoxes(this.picture); }

  dispose(): void {
    this.disposed = true;
    this.base.dispose();
    this.frames.dispose();
    if (this.idle) cancelIdleCallback(this.idle);
    this.viewport.dispose();
    this.pointer.dispose();
    this.keyboard.dispose();
    this.covered.dispose();
    for (const cleanup of this.cleanups) cleanup();
  }
}
