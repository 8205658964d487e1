/**
 * Draws the network on two stacked canvases (see drawPlan.ts): the base layer with every
 * visible link, actor and label, and the focus layer with the selection, its neighbours, its
 * links and the hover ring. Each is redrawn only when its own inputs change: selecting or
 * hovering redraws the small focus layer and leaves the base (50,000 links on a big graph)
 * as it is. Works on typed arrays and pre-grouped index lists, so a frame makes no
 * allocations beyond the canvas calls themselves.
 */
import { drawArrows } from './relationArrows.ts';
import type { BasePlan, EdgeGroup, FocusPlan, NodeGroup } from './drawPlan.ts';

export interface Viewport { width: number; height: number; dpr: number; x: number; y: number; k: number }

/** What drawing needs of the graph model: labels and link ends (a worker holds just this). */
export interface RenderModel {
  graph: { nodes: readonly { label: string }[] };
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
}

/** Where the base layer wrote its labels: node, and top-left corner in CSS pixels, per slot. */
export interface BaseLabels { nodes: Int32Array; left: Float32Array; top: Float32Array }

export const BACKGROUND = '#f7f7f5';
/** CSS opacity of the base layer while something is selected: everything else recedes. */
export const DIMMED_BASE_OPACITY = 0.3;
const LABEL_FONT = '500 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_FONT_STRONG = '650 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_HEIGHT = 16;
/** A label's text is centred this far below the top of its box. */
export const LABEL_MIDDLE = LABEL_HEIGHT / 2;
/** Average advance of a character in LABEL_FONT, for labels not measured yet. */
const AVERAGE_CHAR_WIDTH = 6.8;
const MAX_LABELS = 160;
const NEIGHBOUR_LABELS = 24;
/**
 * Most links drawn per frame, strongest first (after viewport culling). Dense graphs
 * zoomed out become a grey fog well before this; the budget keeps frames under ~30 ms.
 */
const EDGE_BUDGET = 5000;
/**
 * The budget while the picture moves (layout running, pan or zoom under way): the eye cannot
 * follow thousands of moving hairlines, and rasterising them made a frame of a 50,000-link
 * graph the longest task on the page. The full budget is drawn once the picture is still.
 */
export const MOVING_EDGE_BUDGET = 1500;
const TAU = Math.PI * 2;
/**
 * Segments per stroke/fill call. One huge path is slow to rasterise (the rasteriser works on
 * the whole path at once), one call per item is slow on call overhead; chunks sit between.
 */
const PATH_CHUNK = 400;
/**
 * Links wider than a device pixel are stroked one by one: the rasteriser outlines a wide stroke
 * path as a whole, and a path of 400 crossing segments took ten times longer than 400 strokes of
 * one segment (78 vs 8 ms for 1,000 links of 1.3 px in headless Chromium, measured by hand).
 */
const WIDE_PATH_CHUNK = 1;
const NODE_CHUNK = 100;
/** Discs smaller than this on screen are drawn as squares: indistinguishable, and far cheaper to rasterise than arcs. */
const MIN_ARC_RADIUS_PX = 2.5;
/** Above this many visible actors, nodes lose their white outline (a second full raster pass). */
const OUTLINE_NODE_LIMIT = 3000;
/** Longest stretch of label measuring in one idle slice: a slice must never become a long task. */
const WARM_SLICE_MS = 8;

/** Screen rectangles already taken by labels (and selected discs) in one layer. */
class LabelBoxes {
  private readonly boxes = new Float32Array(MAX_LABELS * 2 * 4);
  count = 0;
  add(left: number, top: number, right: number, bottom: number): void {
    const b = this.count++ * 4;
    this.boxes[b] = left; this.boxes[b + 1] = top; this.boxes[b + 2] = right; this.boxes[b + 3] = bottom;
  }
  overlaps(left: number, top: number, right: number, bottom: number): boolean {
    const boxes = this.boxes;
    for (let b = 0; b < this.count * 4; b += 4) {
      if (left < boxes[b + 2]! && right > boxes[b]! && top < boxes[b + 3]! && bottom > boxes[b + 1]!) return true;
    }
    return false;
  }
}

export class NetworkRenderer {
  private readonly baseBoxes = new LabelBoxes();
  private readonly focusBoxes = new LabelBoxes();
  /** Where the base layer put each label, so the focus layer can write over the same spot. */
  private readonly baseLabelSlot: Int32Array;
  private readonly baseLabelNodes: number[] = [];
  private readonly baseLabelLeft = new Float32Array(MAX_LABELS);
  private readonly baseLabelTop = new Float32Array(MAX_LABELS);
  private readonly focusLabelNodes: number[] = [];
  private readonly focusLabelSpots: { left: number; top: number }[] = [];
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
    return { nodes: Int32Array.from(this.baseLabelNodes), left: this.baseLabelLeft.slice(0, count), top: this.baseLabelTop.slice(0, count) };
  }

  /** Takes over the label spots of a base drawn elsewhere (see baseLabels), as if drawBase had placed them. */
  adoptBaseLabels(labels: BaseLabels): void {
    for (const node of this.baseLabelNodes) this.baseLabelSlot[node] = -1;
    this.baseLabelNodes.length = 0;
    labels.nodes.forEach((node, slot) => {
      if (slot >= MAX_LABELS) return;
      this.baseLabelSlot[node] = slot;
      this.baseLabelNodes.push(node);
      this.baseLabelLeft[slot] = labels.left[slot]!;
      this.baseLabelTop[slot] = labels.top[slot]!;
    });
  }

  drawFocus(view: Viewport, positions: Float32Array, radii: Float32Array, plan: FocusPlan, hovered: number): void {
    const started = performance.now();
    const ctx = this.focus;
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    ctx.clearRect(0, 0, view.width, view.height);
    this.focusLabelNodes.length = 0;
    this.focusLabelSpots.length = 0;
    if (plan.active) {
      strokeEdges(ctx, view, positions, this.model, plan.edgeGroups, 0);
      drawArrows(ctx, view, positions, radii, plan.arrows ?? [], '#1d232b');
      fillNodes(ctx, view, positions, radii, plan.nodeGroups, true);
      for (const node of plan.selected) ring(ctx, view, positions, radii, node, 2.5);
      ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
      this.drawFocusLabels(view, positions, radii, plan);
    }
    if (hovered >= 0) ring(ctx, view, positions, radii, hovered, 1.5);
    this.lastDrawMs += performance.now() - started;
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
    this.baseBoxes.count = 0;
    const budget = labelBudget(view);
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    startLabels(ctx, LABEL_FONT);
    const order = plan.labelOrder;
    const tries = Math.min(order.length, 600);
    for (let i = 0; i < tries && this.baseLabelNodes.length < budget; i++) {
      const node = order[i]!;
      const spot = findSpot(this.baseBoxes, view, positions, radii, node, this.width(node, false, true));
      if (!spot) continue;
      const slot = this.baseLabelNodes.length;
      this.baseLabelSlot[node] = slot;
      this.baseLabelNodes.push(node);
      this.baseLabelLeft[slot] = spot.left;
      this.baseLabelTop[slot] = spot.top;
      writeLabel(ctx, this.model.graph.nodes[node]!.label, spot.left, spot.top);
    }
  }

  /**
   * The selection is always labelled, its neighbours up to a budget somewhat larger than the
   * base's, so a hub's ninety neighbours do not fill the screen with text. A label the base
   * already shows is written over the same spot; others take a free spot among the focus
   * labels (their halo hides the dimmed base labels underneath).
   */
  private drawFocusLabels(view: Viewport, positions: Float32Array, radii: Float32Array, plan: FocusPlan): void {
    const ctx = this.focus;
    const boxes = this.focusBoxes;
    boxes.count = 0;
    // The selected actors' discs count as occupied, so no label is drawn across them.
    for (const node of plan.selected) {
      const sx = positions[node * 2]! * view.k + view.x;
      const sy = positions[node * 2 + 1]! * view.k + view.y;
      const r = radii[node]! * view.k + 3;
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
      else spot = findSpot(boxes, view, positions, radii, node, width);
      if (!spot) continue;
      if (!strong) neighbours++;
      this.focusLabelNodes.push(node);
      this.focusLabelSpots.push(spot);
      writeLabel(ctx, this.model.graph.nodes[node]!.label, spot.left, spot.top);
    }
  }
}

/** Labels allowed on screen at this zoom. */
function labelBudget(view: Viewport): number {
  return Math.min(MAX_LABELS, Math.round(12 + 16 * view.k * view.k));
}

function startLabels(ctx: CanvasRenderingContext2D, font: string): void {
  ctx.font = font;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(247, 247, 245, 0.92)';
  ctx.fillStyle = '#1d232b';
}

/** Text with a halo in the background colour, so it stays readable over links. */
function writeLabel(ctx: CanvasRenderingContext2D, label: string, left: number, top: number): void {
  ctx.strokeText(label, left, top + LABEL_MIDDLE);
  ctx.fillText(label, left, top + LABEL_MIDDLE);
}

/** Candidate spots: right of the disc, left of it, above, below; the first free one is taken (and recorded). */
function findSpot(boxes: LabelBoxes, view: Viewport, positions: Float32Array, radii: Float32Array, node: number, width: number): { left: number; top: number } | null {
  const sx = positions[node * 2]! * view.k + view.x;
  const sy = positions[node * 2 + 1]! * view.k + view.y;
  const r = radii[node]! * view.k;
  for (let spot = 0; spot < 4; spot++) {
    const left = spot === 0 ? sx + r + 4 : spot === 1 ? sx - r - 4 - width : sx - width / 2;
    const top = spot < 2 ? sy - 8 : spot === 2 ? sy - r - 18 : sy + r + 2;
    const right = left + width;
    const bottom = top + LABEL_HEIGHT;
    if (left < 0 || right > view.width || top < 0 || bottom > view.height) continue;
    if (boxes.overlaps(left - 2, top, right + 2, bottom)) continue;
    boxes.add(left - 2, top, right + 2, bottom);
    return { left, top };
  }
  return null;
}

/**
 * Links are drawn in screen space (identity scale): a one-pixel line under a scaled
 * transform misses the rasteriser's hairline fast path and costs several times more.
 * `budget`: most non-essential links drawn, strongest groups first.
 */
function strokeEdges(ctx: CanvasRenderingContext2D, view: Viewport, positions: Float32Array, model: RenderModel, groups: EdgeGroup[], budget: number): void {
  const { dpr, k } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  // Butt caps: round caps also take lines off the fast path (about 5× slower).
  ctx.lineCap = 'butt';
  let edgeBudget = budget;
  const { edgeSource, edgeTarget } = model;
  const tx = view.x, ty = view.y;
  const left = -40, top = -40, right = view.width + 40, bottom = view.height + 40;
  for (const group of groups) {
    ctx.strokeStyle = group.colour;
    ctx.lineWidth = group.hairline ? 1 / dpr : group.width;
    const chunk = group.hairline || group.width * dpr <= 1 ? PATH_CHUNK : WIDE_PATH_CHUNK;
    ctx.beginPath();
    let inPath = 0;
    const edges = group.edges;
    const budgeted = !group.essential;
    for (let i = 0; i < edges.length && (edgeBudget > 0 || !budgeted); i++) {
      const edge = edges[i]!;
      const s = edgeSource[edge]! * 2;
      const t = edgeTarget[edge]! * 2;
      const x1 = positions[s]! * k + tx, y1 = positions[s + 1]! * k + ty;
      const x2 = positions[t]! * k + tx, y2 = positions[t + 1]! * k + ty;
      if ((x1 < left && x2 < left) || (x1 > right && x2 > right) || (y1 < top && y2 < top) || (y1 > bottom && y2 > bottom)) continue;
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
      if (budgeted) edgeBudget--;
      if (++inPath === chunk) { ctx.stroke(); ctx.beginPath(); inPath = 0; }
    }
    if (inPath > 0) ctx.stroke();
  }
}

/** Nodes in layout space, culled to the viewport; `outlines`: a white rim on fully opaque discs. */
function fillNodes(ctx: CanvasRenderingContext2D, view: Viewport, positions: Float32Array, radii: Float32Array, groups: NodeGroup[], outlines: boolean): void {
  const { dpr, k } = view;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  ctx.lineWidth = 1 / k;
  ctx.strokeStyle = '#ffffff';
  const margin = 40 / k;
  const minX = -view.x / k - margin;
  const minY = -view.y / k - margin;
  const maxX = (view.width - view.x) / k + margin;
  const maxY = (view.height - view.y) / k + margin;
  const minArcRadius = MIN_ARC_RADIUS_PX / k;
  for (const group of groups) {
    ctx.globalAlpha = group.alpha;
    ctx.fillStyle = group.colour;
    const outline = outlines && group.alpha === 1;
    ctx.beginPath();
    let inPath = 0;
    const nodes = group.nodes;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const x = positions[node * 2]!, y = positions[node * 2 + 1]!, r = radii[node]!;
      if (x + r < minX || x - r > maxX || y + r < minY || y - r > maxY) continue;
      if (r < minArcRadius) {
        ctx.rect(x - r, y - r, r * 2, r * 2);
      } else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, TAU);
      }
      if (++inPath === NODE_CHUNK) {
        ctx.fill();
        if (outline) ctx.stroke();
        ctx.beginPath();
        inPath = 0;
      }
    }
    if (inPath > 0) {
      ctx.fill();
      if (outline) ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

/** A dark ring around a node (selection or hover), `width` in CSS pixels. */
function ring(ctx: CanvasRenderingContext2D, view: Viewport, positions: Float32Array, radii: Float32Array, node: number, width: number): void {
  const { dpr, k } = view;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  ctx.beginPath();
  ctx.arc(positions[node * 2]!, positions[node * 2 + 1]!, radii[node]! + 3 / k, 0, TAU);
  ctx.strokeStyle = '#1d232b';
  ctx.lineWidth = width / k;
  ctx.stroke();
}
