/**
 * Draws the network on two stacked canvases (see draw-plan.ts): the base layer with every
 * visible link, actor and label, and the focus layer with the selection, its neighbours, its
 * links and the hover ring. Each is redrawn only when its own inputs change: selecting or
 * hovering redraws the small focus layer and leaves the base (50,000 links on a big graph)
 * as it is. Works on typed arrays and pre-grouped index lists, so a frame makes no
 * allocations beyond the canvas calls themselves.
 */
import { drawArrows } from './relation-arrows.ts';
import type { BasePlan, FocusPlan, NodeGroup } from './draw-plan.ts';
import { EDGE_BUDGET, fillNodes, MOVING_EDGE_BUDGET, OUTLINE_NODE_LIMIT, ring, strokeEdges } from './strokes.ts';
import { AVERAGE_CHAR_WIDTH, DiscIndex, findSpot, inLabel, LABEL_FONT, LABEL_FONT_STRONG, LABEL_HEIGHT, LABEL_MIDDLE, LABEL_PAD, LabelBoxes, labelBudget, MAX_LABELS, NEIGHBOUR_LABELS, startLabels, writeLabel } from './labels.ts';

export { LABEL_MIDDLE, MOVING_EDGE_BUDGET };

export type { Viewport } from './view.ts';
import type { Viewport } from './view.ts';

/** What drawing needs of the graph model: labels and link ends (a worker holds just this). */
export interface RenderModel {
  graph: { nodes: readonly { label: string }[] };
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
}

/**
 * Where the base layer wrote its labels: node, top-left corner and width in CSS pixels, per slot
 * (`width` absent: estimated from the label's length).
 */
export interface BaseLabels { nodes: Int32Array; left: Float32Array; top: Float32Array; width?: Float32Array; punched?: Float32Array }

/** Room (CSS pixels) around a disc drawn over a label in which a click still answers for it. */
const PUNCH_SLACK = 2;

/**
 * labelAt's answer where a disc drawn again over a label is under the point: the discs decide
 * (the nearest centre, as everywhere else), not the label. Overlapping discs made "the last
 * punched disc whose reach holds the point" answer for a neighbour's centre on a phone.
 */
export const DISC_ON_TOP = -2;

/** Whether (x, y) is within reach of a punched disc (node, x, y, r packed by fours, CSS pixels). */
function onPunched(punched: readonly number[], x: number, y: number): boolean {
  for (let i = punched.length - 4; i >= 0; i -= 4) {
    const reach = Math.max(punched[i + 3]!, 2) + PUNCH_SLACK;
    const dx = x - punched[i + 1]!, dy = y - punched[i + 2]!;
    if (dx * dx + dy * dy <= reach * reach) return true;
  }
  return false;
}

export const BACKGROUND = '#f7f7f5';
/** CSS opacity of the base layer while something is selected: everything else recedes. */
export const DIMMED_BASE_OPACITY = 0.3;
/** Longest stretch of label measuring in one idle slice: a slice must never become a long task. */
const WARM_SLICE_MS = 8;

export class NetworkRenderer {
  private readonly baseBoxes = new LabelBoxes();
  private readonly focusBoxes = new LabelBoxes();
  /** The base's drawn discs, which no label may cover (one index per layer: each is asked at its own view and positions). */
  private readonly baseDiscs = new DiscIndex();
  private readonly focusDiscs = new DiscIndex();
  /** Where the base layer put each label, so the focus layer can write over the same spot. */
  private readonly baseLabelSlot: Int32Array;
  private readonly baseLabelNodes: number[] = [];
  private readonly baseLabelLeft = new Float32Array(MAX_LABELS);
  private readonly baseLabelTop = new Float32Array(MAX_LABELS);
  private readonly baseLabelWidth = new Float32Array(MAX_LABELS);
  /** The view the base's label spots were placed at (a worker's drawing may be shown moved to another). */
  private readonly baseLabelView = { x: 0, y: 0, k: 1 };
  private readonly focusLabelNodes: number[] = [];
  private readonly focusLabelSpots: { left: number; top: number }[] = [];
  private readonly focusLabelWidths: number[] = [];
  /** Discs drawn again over a label of each layer (node, x, y, r by fours; the base's at baseLabelView). */
  private basePunched: number[] = [];
  private readonly focusPunched: number[] = [];
  private readonly labelWidths: Float32Array;
  private readonly labelWidthsStrong: Float32Array;
  private warmCursor = 0;
  /**
   * The base's label spots belong to the view the focus layer is drawn at. While a gesture
   * shows a moved image of the base (drawBaseImage), they do not, and the focus layer
   * places its labels afresh.
   */
  private baseLabelsCurrent = true;
  /** Duration of the last draw call in ms (read by tests and benchmarks). */
  lastDrawMs = 0;

  constructor(private readonly base: CanvasRenderingContext2D, private readonly focus: CanvasRenderingContext2D, private readonly model: RenderModel) {
    this.labelWidths = new Float32Array(model.graph.nodes.length).fill(-1);
    this.labelWidthsStrong = new Float32Array(model.graph.nodes.length).fill(-1);
    this.baseLabelSlot = new Int32Array(model.graph.nodes.length).fill(-1);
  }

  /**
   * Where the last frame wrote each label (top-left corner, CSS pixels), on either layer: the
   * SVG export labels the same actors at the same spots.
   */
  labelPlacements(): Map<number, { left: number; top: number }> {
    const placements = new Map<number, { left: number; top: number }>();
    this.baseLabelNodes.forEach((node, slot) => placements.set(node, { left: this.baseLabelLeft[slot]!, top: this.baseLabelTop[slot]! }));
    this.focusLabelNodes.forEach((node, index) => placements.set(node, this.focusLabelSpots[index]!));
    return placements;
  }

  /** Redraws the base layer; the focus layer must be redrawn after it (it reuses the label spots). */
  drawBase(view: Viewport, positions: Float32Array, radii: Float32Array, plan: BasePlan, moving = false): void {
    const started = performance.now();
    const ctx = this.base;
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, view.width, view.height);
    strokeEdges(ctx, view, positions, this.model, plan.edgeGroups, moving ? MOVING_EDGE_BUDGET : EDGE_BUDGET);
    fillNodes(ctx, view, positions, radii, plan.nodeGroups, plan.nodeCount <= OUTLINE_NODE_LIMIT);
    this.drawBaseLabels(view, positions, radii, plan);
    this.baseLabelView.x = view.x; this.baseLabelView.y = view.y; this.baseLabelView.k = view.k;
    this.baseLabelsCurrent = true;
    this.lastDrawMs = performance.now() - started;
  }

  /**
   * Copies the base layer as last drawn into `snapshot` (a canvas of the same pixel size), for
   * drawBaseImage to move around during a pan or zoom.
   */
  snapshotBase(snapshot: CanvasRenderingContext2D): void {
    const source = this.base.canvas;
    if (snapshot.canvas.width !== source.width || snapshot.canvas.height !== source.height) {
      snapshot.canvas.width = source.width;
      snapshot.canvas.height = source.height;
    }
    snapshot.setTransform(1, 0, 0, 1, 0, 0);
    snapshot.drawImage(source, 0, 0);
  }

  /**
   * Redraws the base as an image of it (a snapshot, or a drawing made by the raster worker)
   * scaled by `scale` and shifted by (`dx`, `dy`) CSS pixels: one bitmap copy instead of
   * rasterising every link and actor (on a 10,000-actor graph that raster took 15–60 ms of the
   * main thread per frame). Uncovered margins show the background. `labelsInPlace`: the image
   * is shown at the view it was drawn for, so its label spots hold for the focus layer.
   */
  drawBaseImage(view: Viewport, image: CanvasImageSource, scale: number, dx: number, dy: number, labelsInPlace = false): void {
    const started = performance.now();
    const ctx = this.base;
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, view.width, view.height);
    // The image is in device pixels: scale it about the origin, shift in device pixels.
    ctx.setTransform(scale, 0, 0, scale, dx * view.dpr, dy * view.dpr);
    ctx.drawImage(image, 0, 0);
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    this.baseLabelsCurrent = labelsInPlace;
    this.lastDrawMs = performance.now() - started;
  }

  /** The base's label spots of the last drawBase, for a drawing made elsewhere (the raster worker). */
  baseLabels(): BaseLabels {
    const count = this.baseLabelNodes.length;
    return { nodes: Int32Array.from(this.baseLabelNodes), left: this.baseLabelLeft.slice(0, count), top: this.baseLabelTop.slice(0, count), width: this.baseLabelWidth.slice(0, count), punched: Float32Array.from(this.basePunched) };
  }

  /** Takes over the label spots of a base drawn elsewhere at `view` (see baseLabels), as if drawBase had placed them. */
  adoptBaseLabels(labels: BaseLabels, view: { x: number; y: number; k: number }): void {
    this.baseLabelView.x = view.x; this.baseLabelView.y = view.y; this.baseLabelView.k = view.k;
    for (const node of this.baseLabelNodes) this.baseLabelSlot[node] = -1;
    this.baseLabelNodes.length = 0;
    this.basePunched = Array.from(labels.punched ?? []);
    labels.nodes.forEach((node, slot) => {
      if (slot >= MAX_LABELS) return;
      this.baseLabelSlot[node] = slot;
      this.baseLabelNodes.push(node);
      this.baseLabelLeft[slot] = labels.left[slot]!;
      this.baseLabelTop[slot] = labels.top[slot]!;
      this.baseLabelWidth[slot] = labels.width?.[slot] ?? this.width(node, false, true);
    });
  }

  /**
   * Redraws the focus layer. `baseNodes`: the discs the base layer draws (its plan's node
   * groups), which a focus label placed afresh must not cover either.
   */
  drawFocus(view: Viewport, positions: Float32Array, radii: Float32Array, plan: FocusPlan, hovered: number, baseNodes: readonly NodeGroup[] = []): void {
    const started = performance.now();
    const ctx = this.focus;
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    ctx.clearRect(0, 0, view.width, view.height);
    this.focusLabelNodes.length = 0;
    this.focusLabelSpots.length = 0;
    this.focusLabelWidths.length = 0;
    this.focusPunched.length = 0;
    if (plan.active) {
      strokeEdges(ctx, view, positions, this.model, plan.edgeGroups, 0);
      drawArrows(ctx, view, positions, radii, plan.arrows ?? [], '#1d232b');
      fillNodes(ctx, view, positions, radii, plan.nodeGroups, true);
      for (const node of plan.selected) ring(ctx, view, positions, radii, node, 2.5);
      ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
      this.drawFocusLabels(view, positions, radii, plan, baseNodes);
    }
    if (hovered >= 0) ring(ctx, view, positions, radii, hovered, 1.5);
    this.lastDrawMs += performance.now() - started;
  }

  /**
   * The actor whose label is drawn at (`x`, `y`) (CSS pixels in the canvas, `view` the current
   * view), or -1: the focus layer's labels first (they are on top), then the base's, mapped from
   * the view they were placed at, so a drawing shown moved during a gesture is hit where it shows.
   * DISC_ON_TOP where a disc drawn again over a label is (unless `discsOnTop` is false).
   */
  labelAt(x: number, y: number, view: Viewport, discsOnTop = true): number {
    if (discsOnTop && onPunched(this.focusPunched, x, y)) return DISC_ON_TOP;
    for (let i = this.focusLabelNodes.length - 1; i >= 0; i--) {
      const spot = this.focusLabelSpots[i]!;
      if (inLabel(x, y, spot.left, spot.top, this.focusLabelWidths[i]!)) return this.focusLabelNodes[i]!;
    }
    const from = this.baseLabelView;
    const scale = from.k / view.k;
    const bx = (x - view.x) * scale + from.x, by = (y - view.y) * scale + from.y;
    if (discsOnTop && onPunched(this.basePunched, bx, by)) return DISC_ON_TOP;
    for (let slot = this.baseLabelNodes.length - 1; slot >= 0; slot--) {
      if (inLabel(bx, by, this.baseLabelLeft[slot]!, this.baseLabelTop[slot]!, this.baseLabelWidth[slot]!)) return this.baseLabelNodes[slot]!;
    }
    return -1;
  }

  /** Every drawn label's box (CSS pixels in the canvas, current `view`), top-most last: what labelAt hits. */
  labelBoxes(view: Viewport): { node: number; left: number; top: number; width: number; height: number }[] {
    const boxes: { node: number; left: number; top: number; width: number; height: number }[] = [];
    const from = this.baseLabelView;
    const scale = view.k / from.k;
    for (let slot = 0; slot < this.baseLabelNodes.length; slot++) {
      const left = (this.baseLabelLeft[slot]! - LABEL_PAD - from.x) * scale + view.x;
      const top = (this.baseLabelTop[slot]! - from.y) * scale + view.y;
      boxes.push({ node: this.baseLabelNodes[slot]!, left, top, width: (this.baseLabelWidth[slot]! + LABEL_PAD * 2) * scale, height: LABEL_HEIGHT * scale });
    }
    this.focusLabelNodes.forEach((node, i) => {
      const spot = this.focusLabelSpots[i]!;
      boxes.push({ node, left: spot.left - LABEL_PAD, top: spot.top, width: this.focusLabelWidths[i]! + LABEL_PAD * 2, height: LABEL_HEIGHT });
    });
    return boxes;
  }

  /**
   * Width of a label in its font. `estimate`: a label not measured yet is given a width from
   * its length instead, so the first frames of a big graph (before warmLabelWidths has run)
   * do not measure hundreds of labels; the layout moves them for seconds anyway.
   */
  private width(node: number, strong: boolean, estimate = false): number {
    const cache = strong ? this.labelWidthsStrong : this.labelWidths;
    let width = cache[node]!;
    if (width < 0 && estimate) return this.model.graph.nodes[node]!.label.length * AVERAGE_CHAR_WIDTH;
    if (width < 0) {
      width = this.base.measureText(this.model.graph.nodes[node]!.label).width;
      cache[node] = width;
    }
    return width;
  }

  /**
   * Measures label widths ahead of need, a short slice at a time (idle time), so that
   * selecting an actor does not measure all its neighbours' labels inside the frame that shows
   * the selection. Returns true when every label has been measured.
   */
  warmLabelWidths(hasTime: () => boolean): boolean {
    const ctx = this.base;
    const saved = ctx.font;
    ctx.font = LABEL_FONT;
    const widths = this.labelWidths;
    const nodes = this.model.graph.nodes;
    const until = performance.now() + WARM_SLICE_MS;
    let done = true;
    for (let count = 0; this.warmCursor < widths.length; this.warmCursor++, count++) {
      if ((count & 31) === 31 && (performance.now() > until || !hasTime())) { done = false; break; }
      if (widths[this.warmCursor]! < 0) widths[this.warmCursor] = ctx.measureText(nodes[this.warmCursor]!.label).width;
    }
    ctx.font = saved;
    return done;
  }

  /**
   * Greedy placement: biggest actors first, each label placed right of its node unless it
   * would overlap one already placed. Zooming in spreads nodes apart, so more labels fit;
   * the budget also grows with zoom.
   */
  private drawBaseLabels(view: Viewport, positions: Float32Array, radii: Float32Array, plan: BasePlan): void {
    const ctx = this.base;
    for (const node of this.baseLabelNodes) this.baseLabelSlot[node] = -1;
    this.baseLabelNodes.length = 0;
    this.basePunched = [];
    this.baseBoxes.count = 0;
    const punching: number[] = [];
    const budget = labelBudget(view);
    const discs = this.baseDiscs.use(view, positions, radii, plan.nodeGroups);
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    startLabels(ctx, LABEL_FONT);
    const order = plan.labelOrder;
    const tries = Math.min(order.length, 600);
    for (let i = 0; i < tries && this.baseLabelNodes.length < budget; i++) {
      const node = order[i]!;
      const width = this.width(node, false, true);
      const spot = findSpot(this.baseBoxes, view, positions, radii, node, width, discs);
      if (!spot) continue;
      const slot = this.baseLabelNodes.length;
      this.baseLabelSlot[node] = slot;
      this.baseLabelNodes.push(node);
      this.baseLabelLeft[slot] = spot.left;
      this.baseLabelTop[slot] = spot.top;
      this.baseLabelWidth[slot] = width;
      writeLabel(ctx, this.model.graph.nodes[node]!.label, spot.left, spot.top, width);
      if (spot.punches) punching.push(slot);
    }
    // Actors under a label that found no spot clear of them are drawn again over all the labels.
    for (const slot of punching) {
      const left = this.baseLabelLeft[slot]!, top = this.baseLabelTop[slot]!;
      discs.punch(ctx, left - LABEL_PAD, top, left + this.baseLabelWidth[slot]! + LABEL_PAD, top + LABEL_HEIGHT, this.baseLabelNodes[slot]!, this.basePunched);
    }
  }

  /**
   * The selection is always labelled, its neighbours up to a budget somewhat larger than the
   * base's, so a hub's ninety neighbours do not fill the screen with text. A label the base
   * already shows is written over the same spot; others take a free spot among the focus
   * labels (their halo hides the dimmed base labels underneath).
   */
  private drawFocusLabels(view: Viewport, positions: Float32Array, radii: Float32Array, plan: FocusPlan, baseNodes: readonly NodeGroup[]): void {
    const ctx = this.focus;
    const boxes = this.focusBoxes;
    // Every disc on screen: the base's (dimmed, still clickable) and the focus plan's.
    const discs = this.focusDiscs.use(view, positions, radii, baseNodes, plan.nodeGroups);
    boxes.count = 0;
    // The selected actors' discs count as occupied, so no label is drawn across them. The
    // margin stays below the 2 px gap findSpot leaves around a disc: with 3 px (until
    // 2026-12-06) every spot around a selected actor overlapped its own disc, and it had a
    // label only when the base layer happened to have placed one.
    for (const node of plan.selected) {
      const sx = positions[node * 2]! * view.k + view.x;
      const sy = positions[node * 2 + 1]! * view.k + view.y;
      const r = radii[node]! * view.k + 1;
      boxes.add(sx - r, sy - r, sx + r, sy + r);
    }
    const budget = Math.max(labelBudget(view), NEIGHBOUR_LABELS);
    let font = '';
    let neighbours = 0;
    for (let i = 0; i < plan.labelOrder.length && boxes.count < MAX_LABELS * 2; i++) {
      const node = plan.labelOrder[i]!;
      const strong = i < plan.selected.length;
      if (!strong && neighbours >= budget) break;
      const wanted = strong ? LABEL_FONT_STRONG : LABEL_FONT;
      // Setting ctx.font re-parses the font string: only do it when it changes.
      if (wanted !== font) { startLabels(ctx, wanted); font = wanted; }
      const width = this.width(node, strong);
      const slot = this.baseLabelsCurrent ? this.baseLabelSlot[node]! : -1;
      let spot: { left: number; top: number } | null = slot >= 0 ? { left: this.baseLabelLeft[slot]!, top: this.baseLabelTop[slot]! } : null;
      if (spot) boxes.add(spot.left - 2, spot.top, spot.left + width + 2, spot.top + LABEL_HEIGHT);
      else spot = findSpot(boxes, view, positions, radii, node, width, discs);
      if (!spot) continue;
      if (!strong) neighbours++;
      this.focusLabelNodes.push(node);
      this.focusLabelSpots.push(spot);
      this.focusLabelWidths.push(width);
      writeLabel(ctx, this.model.graph.nodes[node]!.label, spot.left, spot.top, width);
    }
    // Every actor under a focus label (one placed over it, or a base spot taken over the dimmed
    // base's own punched discs) is drawn again over the labels: it stays on top, and first for a click.
    this.focusLabelNodes.forEach((node, i) => {
      const spot = this.focusLabelSpots[i]!;
      discs.punch(ctx, spot.left - LABEL_PAD, spot.top, spot.left + this.focusLabelWidths[i]! + LABEL_PAD, spot.top + LABEL_HEIGHT, node, this.focusPunched);
    });
  }
}
