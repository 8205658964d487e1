/**
 * Everything the network canvas does, outside React: sizing for the device pixel ratio,
 * pan/zoom (d3-zoom), hover, click, drag-to-pin, keyboard use, and drawing on animation
 * frames only when something changed. The React component just creates and disposes it.
 */
import { select, type Selection as D3Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../store/slices.ts';
import { nextTask } from '../store/nextTask.ts';
import type { GraphModel } from '../store/types.ts';
import { selectHighlighted, selectionNodes, selectVisibility, type Visibility } from '../store/visibility.ts';
import { disparityPValues, selectOverview } from '../store/overview.ts';
import type { LayoutHandle } from '../simulation/useLayout.ts';
import { buildBasePlan, buildFocusPlan, type BasePlan, type FocusPlan } from './drawPlan.ts';
import { findEdge, NodeHitTester } from './hitTest.ts';
import { arrowDirection, nextNodeInDirection, type Direction } from './keyboard.ts';
import { DIMMED_BASE_OPACITY, LABEL_MIDDLE, NetworkRenderer, type Viewport } from './renderer.ts';
import type { Position } from '../../export/types.ts';
import { nodeColours, nodeSizes, styleUsesMeasures, TYPE_NAMES } from './scales.ts';
import { registerView, type ViewSnapshot } from '../export/currentView.ts';
import { BaseLayer, type OffMainDrawing } from './baseLayer.ts';

/** Performance mark and window event of the first frame with the graph drawn (benchmarks read it). */
export const FIRST_DRAW_MARK = 'silkmap:first-draw';
/** Window event when the layout comes to rest (heavy background work waits for it). */
export const LAYOUT_SETTLED_EVENT = 'silkmap:layout-settled';

const DRAG_THRESHOLD_PX = 4;
const HIT_SLACK_PX = 3;
const EDGE_TOLERANCE_PX = 5;
/** Zoom step of the + and - keys (about what one wheel notch does). */
const KEY_ZOOM_FACTOR = 1.4;
/** A keyboard cursor closer than this to the canvas edge is brought back into view. */
const KEEP_IN_VIEW_PX = 40;
/**
 * A big graph, from this many actors (or links) on: its base layer is drawn by the raster
 * worker, or where there is none, a pan or zoom moves a copy of the base instead of redrawing
 * it every frame (see baseLayer.ts). Smaller graphs are drawn on the page, every frame. The
 * worker costs about 100 ms of first draw; it took away the last 50–78 ms tasks and dropped
 * frames of a 1,000-actor / 5,000-link graph and of a dense 200-actor / 1,000-link one (wide
 * links, stroked one by one on the page).
 */
const BIG_GRAPH_NODES = 1000;
const BIG_GRAPH_EDGES = 1000;

function isBigGraph(nodeCount: number, edgeCount: number): boolean {
  return nodeCount >= BIG_GRAPH_NODES || edgeCount >= BIG_GRAPH_EDGES;
}
const DIRECTION_WORDS: Record<Direction, string> = { left: 'to the left', right: 'to the right', up: 'above', down: 'below' };

interface Drag { node: number; pointerId: number; startX: number; startY: number; moved: boolean }

/**
 * Works out in tasks of their own what a new controller's first plans need on a big graph: the
 * visible set and sizes, then the colours and the links' strength order and width buckets (all
 * memoised, so the constructor finds them ready). Together with the constructor they made one 40–65 ms task
 * at 10,000 actors / 50,000 links.
 */
export async function prepareNetworkDrawing(model: GraphModel, store: StoreApi<ExplorerState>): Promise<void> {
  if (!isBigGraph(model.graph.nodes.length, model.graph.edges.length)) return;
  const { filters, sizeBy, colourBy, measures } = store.getState();
  selectVisibility(model, filters, store.getState().selection);
  disparityPValues(model);
  await nextTask();
  const visibility = shownVisibility(model, store.getState());
  nodeSizes(model, sizeBy, measures);
  await nextTask();
  buildBasePlan(model, visibility, filters.weightMode, nodeColours(model, colourBy, measures));
  await nextTask();
}

/** What the network shows: the filtered graph, cut down to its overview when it is big (store/overview.ts). */
export function shownVisibility(model: GraphModel, state: ExplorerState): Visibility {
  return selectOverview(model, selectVisibility(model, state.filters, state.selection), state.overviewSize, state.selection, state.filters.focus);
}

export class NetworkController {
  private readonly renderer: NetworkRenderer;
  private readonly view: Viewport = { width: 0, height: 0, dpr: 1, x: 0, y: 0, k: 1 };
  private readonly hits = new NodeHitTester();
  private readonly zoomBehaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly canvasSelection: D3Selection<HTMLCanvasElement, unknown, null, undefined>;
  private readonly cleanups: (() => void)[] = [];
  private visibility!: Visibility;
  private basePlan!: BasePlan;
  private focusPlan!: FocusPlan;
  /** The layout has sent positions the base layer has not drawn yet. */
  private layoutMoved = false;
  /**
   * A new selection waits to be shown: its frame draws only the focus layer, at the positions
   * the base was last drawn with, and the base catches up with the layout in the next frame.
   * On a big graph with the layout running, that keeps the click's frame short.
   */
  private focusFirst = false;
  /** How the base layer reaches the canvas: drawn here, by the raster worker, or a moved copy. */
  private readonly base: BaseLayer;
  /** Pan or zoom since the base was last drawn. */
  private viewMoved = false;
  /** Nothing is drawn on the focus layer (a new canvas starts blank). */
  private focusLayerBlank = true;
  /** A pan or zoom gesture is under way (between d3-zoom's start and end). */
  private zooming = false;
  /** The base layer must be redrawn in the next frame (the focus layer always is). */
  private baseDirty = true;
  /** Radius per node in layout units for the current size-by choice (the layout keeps its own for collisions). */
  private radii!: Float32Array;
  private colours!: string[];
  private frame = 0;
  private idle = 0;
  private userMoved = false;
  private drag: Drag | null = null;
  private suppressClick = false;
  private hitVersion = -1;
  drawCount = 0;
  private firstDrawMarked = false;
  private settledAnnounced = false;
  /** Node the keyboard last put the cursor on (shown through the store's hoveredNode), or -1. */
  private keyboardCursor = -1;

  /**
   * `canvas` is the base layer and takes all pointer and keyboard input; `focus` is a transparent
   * canvas stacked over it (see renderer.ts). `announcer` is a polite live region that names the
   * actor under the keyboard cursor for screen readers.
   */
  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly focus: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D },
    ctx: CanvasRenderingContext2D,
    private readonly model: GraphModel,
    private readonly layout: LayoutHandle,
    private readonly store: StoreApi<ExplorerState>,
    private readonly tooltip: HTMLElement | null,
    private readonly announcer: HTMLElement | null = null,
    offMain: OffMainDrawing = {},
  ) {
    this.renderer = new NetworkRenderer(ctx, focus.ctx, model);
    this.base = new BaseLayer(this.renderer, model, isBigGraph(model.graph.nodes.length, model.graph.edges.length), offMain, () => { if (!this.disposed) this.schedule(false); });
    this.restyle();
    this.rebuildPlans();
    this.cleanups.push(registerView(() => this.snapshot()));

    this.zoomBehaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.03, 16])
      .filter((event: Event) => {
        if (event.type === 'dblclick') return false;
        if (event.type === 'mousedown' || event.type === 'touchstart') return this.nodeAtEvent(event as MouseEvent) < 0 && !(event as MouseEvent).button;
        return !(event as MouseEvent).ctrlKey || event.type === 'wheel';
      })
      // A pan or zoom under way draws fewer links; its end draws them all again.
      .on('start', () => { this.zooming = true; })
      .on('end', () => { this.zooming = false; this.schedule(); })
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.view.x = event.transform.x;
        this.view.y = event.transform.y;
        this.view.k = event.transform.k;
        if (event.sourceEvent) this.userMoved = true;
        this.followKeyboardCursor();
        this.viewMoved = true;
        this.schedule(false);
      });
    this.canvasSelection = select(canvas);
    this.canvasSelection.call(this.zoomBehaviour);

    this.listen('pointerdown', this.onPointerDown as EventListener);
    this.listen('pointermove', this.onPointerMove as EventListener);
    this.listen('pointerup', this.onPointerUp as EventListener);
    this.listen('pointerleave', () => this.setHover(-1, null));
    this.listen('click', this.onClick as EventListener);
    this.listen('dblclick', this.onDoubleClick as EventListener);
    // Keys only while the canvas itself has focus: typing elsewhere on the page is never captured.
    this.listen('keydown', this.onKeyDown as EventListener);
    this.listen('blur', this.onBlur);

    this.cleanups.push(layout.subscribe(() => {
      if (!this.userMoved) this.fitToView(false);
      this.followKeyboardCursor();
      this.layoutMoved = true;
      this.schedule(false);
    }));
    this.cleanups.push(store.subscribe((state, previous) => {
      // Measures arrive from a worker while the page renders them into the table: the canvas
      // takes them in a task of its own, so the two together never make one long task.
      if (state.measures !== previous.measures && state.sizeBy === previous.sizeBy && state.colourBy === previous.colourBy &&
        styleUsesMeasures(state.sizeBy, state.colourBy)) this.restyleSoon();
      const restyled = state.sizeBy !== previous.sizeBy || state.colourBy !== previous.colourBy;
      if (restyled) this.restyle();
      if (restyled || state.filters !== previous.filters || state.model !== previous.model || state.overviewSize !== previous.overviewSize) {
        const focusChanged = state.filters.focus !== previous.filters.focus || (state.filters.focus > 0 && state.selection !== previous.selection);
        this.rebuildPlans();
        if (focusChanged || !this.userMoved) this.fitToView(false);
        this.schedule();
      } else if (state.selection !== previous.selection) {
        // Only the focus layer changes, unless the selection changes what is visible
        // (focus on its neighbourhood, or a filtered-out actor kept on screen).
        const visibilityChanged = this.rebuildFocus();
        if (visibilityChanged && (state.filters.focus > 0 || !this.userMoved)) this.fitToView(false);
        if (!visibilityChanged) this.focusFirst = true;
        this.schedule(visibilityChanged);
      } else if (state.hoveredNode !== previous.hoveredNode) {
        this.schedule(false);
      }
    }));

    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.resize());
    observer?.observe(canvas);
    this.cleanups.push(() => observer?.disconnect());
    this.resize();
  }

  private restyleQueued = false;
  private disposed = false;

  private restyleSoon(): void {
    if (this.restyleQueued) return;
    this.restyleQueued = true;
    void nextTask().then(() => {
      this.restyleQueued = false;
      if (this.disposed) return;
      this.restyle();
      this.rebuildPlans();
      this.schedule();
    });
  }

  private listen(type: string, handler: EventListener): void {
    this.canvas.addEventListener(type, handler);
    this.cleanups.push(() => this.canvas.removeEventListener(type, handler));
  }

  private restyle(): void {
    const { sizeBy, colourBy, measures } = this.store.getState();
    this.radii = nodeSizes(this.model, sizeBy, measures);
    this.colours = nodeColours(this.model, colourBy, measures);
    this.hits.invalidate();
  }

  /** The view as the exporters need it (see export/currentView.ts). */
  snapshot(): ViewSnapshot {
    const nodes = this.model.graph.nodes;
    const positions = new Map<string, { x: number; y: number }>();
    const radii = new Map<string, number>();
    const colours = new Map<string, string>();
    nodes.forEach((node, index) => {
      positions.set(node.id, { x: this.layout.positions[index * 2]!, y: this.layout.positions[index * 2 + 1]! });
      radii.set(node.id, this.radii[index]! * this.view.k);
      colours.set(node.id, this.colours[index]!);
    });
    const visibleNodeIds = new Set(Array.from(this.visibility.visibleNodes, (index) => nodes[index]!.id));
    const labelPositions = new Map<string, Position>();
    for (const [index, spot] of this.renderer.labelPlacements()) labelPositions.set(nodes[index]!.id, { x: spot.left, y: spot.top + LABEL_MIDDLE });
    const labelledNodeIds = new Set(labelPositions.keys());
    return { width: this.view.width, height: this.view.height, transform: { x: this.view.x, y: this.view.y, k: this.view.k }, positions, radii, colours, visibleNodeIds, labelledNodeIds, labelPositions };
  }

  private rebuildPlans(): void {
    const state = this.store.getState();
    this.visibility = shownVisibility(this.model, state);
    this.layout.follow(this.visibility.visibleNodes, this.visibility.visibleEdges);
    this.basePlan = buildBasePlan(this.model, this.visibility, state.filters.weightMode, this.colours);
    this.focusPlan = this.buildFocusPlan();
    this.hits.invalidate();
  }

  /** After a selection change: rebuilds the focus plan, and the base too when the visible set changed (returned). */
  private rebuildFocus(): boolean {
    const state = this.store.getState();
    if (shownVisibility(this.model, state) !== this.visibility) {
      this.rebuildPlans();
      return true;
    }
    this.focusPlan = this.buildFocusPlan();
    return false;
  }

  private buildFocusPlan(): FocusPlan {
    const { filters, selection } = this.store.getState();
    return buildFocusPlan(this.model, this.visibility, selectHighlighted(this.model, selection), filters.weightMode, selection, selectionNodes(this.model, selection), this.colours);
  }

  resize(): void {
    const rect = this.canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    if (rect.width === this.view.width && rect.height === this.view.height && dpr === this.view.dpr) return;
    this.view.width = rect.width;
    this.view.height = rect.height;
    this.view.dpr = dpr;
    for (const canvas of [this.canvas, this.focus.canvas]) {
      canvas.width = Math.max(1, Math.round(rect.width * dpr));
      canvas.height = Math.max(1, Math.round(rect.height * dpr));
    }
    if (!this.userMoved) this.fitToView(false);
    this.schedule();
  }

  /** Zooms so that every visible actor is on screen. */
  fitToView(byUser: boolean): void {
    if (byUser) this.userMoved = false;
    const { positions } = this.layout;
    const radii = this.radii;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const node of this.visibility.visibleNodes) {
      const x = positions[node * 2]!, y = positions[node * 2 + 1]!, r = radii[node]!;
      minX = Math.min(minX, x - r); maxX = Math.max(maxX, x + r);
      minY = Math.min(minY, y - r); maxY = Math.max(maxY, y + r);
    }
    if (!Number.isFinite(minX) || this.view.width === 0) return;
    const padding = 48;
    // Leave room on the right for labels of the outermost actors.
    const width = maxX - minX + 120;
    const height = maxY - minY;
    const k = Math.min(2, Math.max(0.03, Math.min((this.view.width - padding * 2) / width, (this.view.height - padding * 2) / height)));
    const x = this.view.width / 2 - k * (minX + width / 2);
    const y = this.view.height / 2 - k * (minY + height / 2);
    this.canvasSelection.call(this.zoomBehaviour.transform, zoomIdentity.translate(x, y).scale(k));
  }

  /** Draws in the next animation frame: the focus layer, and the base layer too unless `base` is false. */
  private schedule(base = true): void {
    if (base) this.baseDirty = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const { positions } = this.layout;
      const changed = this.baseDirty || (this.layoutMoved && !this.focusFirst);
      const bigView = isBigGraph(this.visibility.visibleNodes.length, this.visibility.visibleEdges.length);
      this.base.frame({
        view: this.view, positions, radii: this.radii, plan: this.basePlan, changed, viewMoved: this.viewMoved,
        copyWillDo: this.zooming && bigView, moving: this.zooming || !this.layout.settled,
      });
      if (changed) this.layoutMoved = false;
      this.viewMoved = false;
      this.baseDirty = false;
      this.focusFirst = false;
      const hovered = this.store.getState().hoveredNode;
      // A blank focus layer that would stay blank is left alone: redrawing even a cleared
      // canvas makes the compositor take a new copy of it every frame.
      const focusBlank = !this.focusPlan.active && hovered < 0;
      if (!focusBlank || !this.focusLayerBlank) this.renderer.drawFocus(this.view, this.base.positions ?? positions, this.radii, this.focusPlan, hovered);
      this.focusLayerBlank = focusBlank;
      if (this.layoutMoved) this.schedule(false);
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
    });
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

  private toLayout(clientX: number, clientY: number): [number, number] {
    const rect = this.canvas.getBoundingClientRect();
    return [(clientX - rect.left - this.view.x) / this.view.k, (clientY - rect.top - this.view.y) / this.view.k];
  }

  private nodeAt(clientX: number, clientY: number): number {
    if (this.hitVersion !== this.layout.version) { this.hits.invalidate(); this.hitVersion = this.layout.version; }
    const [x, y] = this.toLayout(clientX, clientY);
    return this.hits.find(x, y, HIT_SLACK_PX / this.view.k, this.visibility.visibleNodes, this.layout.positions, this.radii);
  }

  private nodeAtEvent(event: MouseEvent | TouchEvent): number {
    const point = 'touches' in event ? event.touches[0] : event;
    return point ? this.nodeAt(point.clientX, point.clientY) : -1;
  }

  /** Screen position (client pixels) of a node, for tests and tooltips. */
  screenPosition(node: number): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect();
    return {
      x: rect.left + this.layout.positions[node * 2]! * this.view.k + this.view.x,
      y: rect.top + this.layout.positions[node * 2 + 1]! * this.view.k + this.view.y,
    };
  }

  isNodeVisible(node: number): boolean { return this.visibility.nodeVisible[node] === 1; }

  private setHover(node: number, event: PointerEvent | null): void {
    this.store.getState().setHoveredNode(node);
    this.canvas.style.cursor = node >= 0 ? 'pointer' : '';
    this.showTooltip(node, event);
  }

  /** Shows the tooltip of `node` just below and right of `at` (client pixels), or hides it. */
  private showTooltip(node: number, at: { clientX: number; clientY: number } | null): void {
    const tooltip = this.tooltip;
    if (!tooltip) return;
    if (node < 0 || !at) { tooltip.hidden = true; return; }
    const actor = this.model.graph.nodes[node]!;
    const links = this.model.degree[node]!;
    tooltip.hidden = false;
    tooltip.querySelector('[data-field="name"]')!.textContent = actor.label;
    tooltip.querySelector('[data-field="type"]')!.textContent = TYPE_NAMES[actor.type];
    tooltip.querySelector('[data-field="counts"]')!.textContent =
      `${actor.mentionCount} mention${actor.mentionCount === 1 ? '' : 's'} · ${actor.documentCount} document${actor.documentCount === 1 ? '' : 's'} · ${links} link${links === 1 ? '' : 's'}`;
    const rect = this.canvas.getBoundingClientRect();
    tooltip.style.transform = `translate(${Math.round(at.clientX - rect.left + 14)}px, ${Math.round(at.clientY - rect.top + 14)}px)`;
  }

  /** Where the tooltip of a node goes when no pointer is involved: at the node's lower right edge. */
  private nodeTooltipPoint(node: number): { clientX: number; clientY: number } {
    const { x, y } = this.screenPosition(node);
    // Offset by the radius along the diagonal so the tooltip never covers the actor itself.
    const offset = (this.radii[node] ?? 0) * this.view.k * Math.SQRT1_2;
    return { clientX: x + offset, clientY: y + offset };
  }

  /** The node the keyboard acts on: the one shown as hovered, whether the keyboard or the pointer put it there. */
  private cursorNode(): number {
    const hovered = this.store.getState().hoveredNode;
    return hovered >= 0 && this.isNodeVisible(hovered) ? hovered : -1;
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    // Browser and system shortcuts (Ctrl + to zoom the page, Alt+arrows for history) stay theirs.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const direction = arrowDirection(event.key);
    if (direction || event.key === 'Home') {
      event.preventDefault();
      this.moveKeyboardCursor(direction);
      return;
    }
    switch (event.key) {
      case 'Enter':
      case ' ': {
        const node = this.cursorNode();
        if (node < 0) return;
        event.preventDefault();
        const actor = this.model.graph.nodes[node]!;
        this.store.getState().selectNode(actor.id);
        this.announce(`${actor.label} selected`);
        return;
      }
      case 'Escape':
        if (!this.store.getState().selection) return;
        event.preventDefault();
        this.store.getState().clearSelection();
        this.announce('Selection cleared');
        return;
      case '+':
      case '=':
        event.preventDefault();
        this.zoomByKey(KEY_ZOOM_FACTOR);
        return;
      case '-':
        event.preventDefault();
        this.zoomByKey(1 / KEY_ZOOM_FACTOR);
        return;
      case '0':
        event.preventDefault();
        this.fitToView(true);
        return;
      default:
    }
  };

  /**
   * Moves the keyboard cursor to the nearest visible actor in `direction`; with no cursor yet, or
   * for Home (`direction` null), to the most mentioned visible actor.
   */
  private moveKeyboardCursor(direction: Direction | null): void {
    const visible = this.visibility.visibleNodes;
    if (visible.length === 0 || this.layout.positions.length === 0) return;
    const from = this.cursorNode();
    const next = from < 0 || !direction ? visible[0]! : nextNodeInDirection(this.layout.positions, visible, from, direction);
    if (next < 0) {
      this.announce(`No actor ${DIRECTION_WORDS[direction!]} of ${this.model.graph.nodes[from]!.label}`);
      return;
    }
    this.keyboardCursor = next;
    this.revealNode(next);
    this.store.getState().setHoveredNode(next);
    this.showTooltip(next, this.nodeTooltipPoint(next));
    this.announce(this.describeNode(next));
  }

  /** Pans so that `node` is centred when it is off screen or too close to an edge to see it. */
  private revealNode(node: number): void {
    const { x, y } = this.screenPosition(node);
    const rect = this.canvas.getBoundingClientRect();
    const left = x - rect.left, top = y - rect.top;
    const margin = Math.min(KEEP_IN_VIEW_PX, this.view.width / 4, this.view.height / 4);
    if (left >= margin && left <= this.view.width - margin && top >= margin && top <= this.view.height - margin) return;
    // The user now owns the view: the layout must not fit it back and lose the cursor again.
    this.userMoved = true;
    this.canvasSelection.call(this.zoomBehaviour.translateTo, this.layout.positions[node * 2]!, this.layout.positions[node * 2 + 1]!);
  }

  private zoomByKey(factor: number): void {
    this.userMoved = true;
    // Without a point, d3-zoom scales around the centre of the canvas.
    this.canvasSelection.call(this.zoomBehaviour.scaleBy, factor);
  }

  /** Keeps the keyboard cursor's tooltip on its actor while the view or the layout moves. */
  private followKeyboardCursor(): void {
    const node = this.keyboardCursor;
    if (node < 0 || this.store.getState().hoveredNode !== node) return;
    if (this.isNodeVisible(node)) this.showTooltip(node, this.nodeTooltipPoint(node));
    else this.showTooltip(-1, null);
  }

  /** "Kazakhstan, state, 26 links": the same facts as the tooltip, for the live region. */
  private describeNode(node: number): string {
    const actor = this.model.graph.nodes[node]!;
    const links = this.model.degree[node]!;
    return `${actor.label}, ${TYPE_NAMES[actor.type].toLowerCase()}, ${links} link${links === 1 ? '' : 's'}`;
  }

  private announce(text: string): void {
    if (this.announcer) this.announcer.textContent = text;
  }

  /** Leaving the canvas takes the keyboard cursor away, so no ring is left behind where focus is not. */
  private onBlur = (): void => {
    const node = this.keyboardCursor;
    this.keyboardCursor = -1;
    if (node >= 0 && this.store.getState().hoveredNode === node) {
      this.store.getState().setHoveredNode(-1);
      this.showTooltip(-1, null);
    }
  };

  private onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const node = this.nodeAt(event.clientX, event.clientY);
    if (node < 0) return;
    this.drag = { node, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
    this.canvas.setPointerCapture?.(event.pointerId);
  };

  private onPointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (drag && drag.pointerId === event.pointerId) {
      if (!drag.moved && Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < DRAG_THRESHOLD_PX) return;
      drag.moved = true;
      this.userMoved = true;
      const [x, y] = this.toLayout(event.clientX, event.clientY);
      this.layout.pin(drag.node, x, y);
      this.hits.invalidate();
      this.schedule();
      return;
    }
    if (event.buttons) return;
    this.setHover(this.nodeAt(event.clientX, event.clientY), event);
  };

  private onPointerUp = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.drag = null;
    if (drag.moved) {
      this.layout.dragEnd();
      this.suppressClick = true;
    }
  };

  /** What a click at this client point would select: a node first, else the nearest link. */
  pick(clientX: number, clientY: number): { kind: 'node' | 'edge'; id: string } | null {
    const node = this.nodeAt(clientX, clientY);
    if (node >= 0) return { kind: 'node', id: this.model.graph.nodes[node]!.id };
    const [x, y] = this.toLayout(clientX, clientY);
    const edge = findEdge(this.model, this.visibility.visibleEdges, this.layout.positions, x, y, EDGE_TOLERANCE_PX / this.view.k);
    return edge >= 0 ? { kind: 'edge', id: this.model.graph.edges[edge]!.id } : null;
  }

  private onClick = (event: MouseEvent): void => {
    if (this.suppressClick) { this.suppressClick = false; return; }
    const picked = this.pick(event.clientX, event.clientY);
    const state = this.store.getState();
    if (picked?.kind === 'node') state.selectNode(picked.id);
    else if (picked?.kind === 'edge') state.selectEdge(picked.id);
  };

  private onDoubleClick = (event: MouseEvent): void => {
    const node = this.nodeAt(event.clientX, event.clientY);
    if (node >= 0) this.layout.unpin(node);
  };

  dispose(): void {
    this.disposed = true;
    this.base.dispose();
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.idle) cancelIdleCallback(this.idle);
    this.canvasSelection.on('.zoom', null);
    for (const cleanup of this.cleanups) cleanup();
  }
}
