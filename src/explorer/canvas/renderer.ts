/**
 * Draws one frame of the network. Called only when something changed (positions, zoom,
 * hover, selection); works on typed arrays and pre-grouped index lists so a frame makes
 * no allocations beyond the canvas calls themselves.
 */
import type { GraphModel } from '../store/types.ts';
import type { DrawPlan } from './drawPlan.ts';

export interface Viewport { width: number; height: number; dpr: number; x: number; y: number; k: number }

export const BACKGROUND = '#f7f7f5';
const LABEL_FONT = '500 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LABEL_FONT_STRONG = '650 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const MAX_LABELS = 160;
const NEIGHBOUR_LABELS = 24;
/**
 * Most links drawn per frame, strongest first (after viewport culling). Dense graphs
 * zoomed out become a grey fog well before this; the budget keeps frames under ~30 ms.
 */
const EDGE_BUDGET = 5000;
const TAU = Math.PI * 2;
/**
 * Segments per stroke/fill call. One huge path is slow to rasterise (the rasteriser works on
 * the whole path at once), one call per item is slow on call overhead; chunks sit between.
 */
const PATH_CHUNK = 400;
const NODE_CHUNK = 100;
/** Discs smaller than this on screen are drawn as squares: indistinguishable, and far cheaper to rasterise than arcs. */
const MIN_ARC_RADIUS_PX = 2.5;
/** Above this many visible actors, nodes lose their white outline (a second full raster pass). */
const OUTLINE_NODE_LIMIT = 3000;

export class NetworkRenderer {
  private readonly labelBoxes = new Float32Array(MAX_LABELS * 4);
  /** Nodes labelled in the last frame (the SVG export labels the same actors). */
  readonly labelledNodes: number[] = [];
  private labelWidths: Float32Array;
  private labelWidthsStrong: Float32Array;

  constructor(private readonly ctx: CanvasRenderingContext2D, private readonly model: GraphModel) {
    this.labelWidths = new Float32Array(model.graph.nodes.length).fill(-1);
    this.labelWidthsStrong = new Float32Array(model.graph.nodes.length).fill(-1);
  }

  /** Duration of the last draw call in ms (read by tests and benchmarks). */
  lastDrawMs = 0;

  draw(view: Viewport, positions: Float32Array, radii: Float32Array, plan: DrawPlan, hovered: number): void {
    const started = performance.now();
    this.drawFrame(view, positions, radii, plan, hovered);
    this.lastDrawMs = performance.now() - started;
  }

  private drawFrame(view: Viewport, positions: Float32Array, radii: Float32Array, plan: DrawPlan, hovered: number): void {
    const { ctx } = this;
    const { dpr, k } = view;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, view.width, view.height);

    // Visible area in layout units, with a margin, for culling.
    const margin = 40 / k;
    const minX = -view.x / k - margin;
    const minY = -view.y / k - margin;
    const maxX = (view.width - view.x) / k + margin;
    const maxY = (view.height - view.y) / k + margin;

    // Links are drawn in screen space (identity scale): a one-pixel line under a scaled
    // transform misses the rasteriser's hairline fast path and costs several times more.
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    // Butt caps: round caps also take lines off the fast path (about 5× slower).
    ctx.lineCap = 'butt';
    let edgeBudget = EDGE_BUDGET;
    const { edgeSource, edgeTarget } = this.model;
    const tx = view.x, ty = view.y;
    const left = -40, top = -40, right = view.width + 40, bottom = view.height + 40;
    for (const group of plan.edgeGroups) {
      ctx.strokeStyle = group.colour;
      ctx.lineWidth = group.hairline ? 1 / dpr : group.width;
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
        if (++inPath === PATH_CHUNK) { ctx.stroke(); ctx.beginPath(); inPath = 0; }
      }
      if (inPath > 0) ctx.stroke();
    }

    ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
    ctx.lineWidth = 1 / k;
    ctx.strokeStyle = '#ffffff';
    const outlines = plan.nodeCount <= OUTLINE_NODE_LIMIT;
    const minArcRadius = MIN_ARC_RADIUS_PX / k;
    for (const group of plan.nodeGroups) {
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

    for (const node of plan.selected) this.ring(positions, radii, node, '#1d232b', 2.5 / k, k);
    if (hovered >= 0) this.ring(positions, radii, hovered, '#1d232b', 1.5 / k, k);

    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.drawLabels(view, positions, radii, plan);
  }

  private ring(positions: Float32Array, radii: Float32Array, node: number, colour: string, width: number, k: number): void {
    const { ctx } = this;
    ctx.beginPath();
    ctx.arc(positions[node * 2]!, positions[node * 2 + 1]!, radii[node]! + 3 / k, 0, TAU);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke();
  }

  private width(node: number, strong: boolean): number {
    const cache = strong ? this.labelWidthsStrong : this.labelWidths;
    let width = cache[node]!;
    if (width < 0) {
      width = this.ctx.measureText(this.model.graph.nodes[node]!.label).width;
      cache[node] = width;
    }
    return width;
  }

  /**
   * Measures label widths ahead of need, a slice at a time (idle time), so that selecting an
   * actor does not measure all its neighbours' labels inside the frame that shows the selection.
   * Returns true when every label has been measured.
   */
  warmLabelWidths(hasTime: () => boolean): boolean {
    const { ctx } = this;
    const saved = ctx.font;
    ctx.font = LABEL_FONT;
    const widths = this.labelWidths;
    const nodes = this.model.graph.nodes;
    let done = true;
    for (let count = 0; this.warmCursor < widths.length; this.warmCursor++, count++) {
      if ((count & 31) === 31 && !hasTime()) { done = false; break; }
      if (widths[this.warmCursor]! < 0) widths[this.warmCursor] = ctx.measureText(nodes[this.warmCursor]!.label).width;
    }
    ctx.font = saved;
    return done;
  }
  private warmCursor = 0;

  /**
   * Greedy placement: biggest actors first, each label placed right of its node unless it
   * would overlap one already placed. Zooming in spreads nodes apart, so more labels fit;
   * the budget also grows with zoom.
   */
  private drawLabels(view: Viewport, positions: Float32Array, radii: Float32Array, plan: DrawPlan): void {
    const { ctx } = this;
    this.labelledNodes.length = 0;
    const boxes = this.labelBoxes;
    const budget = Math.min(MAX_LABELS, Math.round(12 + 16 * view.k * view.k));
    let placed = 0;
    // The selected actors' discs count as occupied, so no label is drawn across them.
    for (const node of plan.selected) {
      if (placed >= MAX_LABELS) break;
      const sx = positions[node * 2]! * view.k + view.x;
      const sy = positions[node * 2 + 1]! * view.k + view.y;
      const r = radii[node]! * view.k + 3;
      boxes[placed * 4] = sx - r;
      boxes[placed * 4 + 1] = sy - r;
      boxes[placed * 4 + 2] = sx + r;
      boxes[placed * 4 + 3] = sy + r;
      placed++;
    }
    const reserved = placed;
    const dimmedLabels = plan.selected.length > 0;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(247, 247, 245, 0.92)';
    ctx.fillStyle = '#1d232b';
    let font = '';
    const order = plan.labelOrder;
    const tries = Math.min(order.length, plan.priorityLabels + 600);
    for (let i = 0; i < tries && placed < MAX_LABELS; i++) {
      const priority = i < plan.priorityLabels;
      // With a selection, labels of actors outside it are drawn grey, like their dimmed discs.
      if (i === plan.priorityLabels && dimmedLabels) ctx.fillStyle = '#8d96a1';
      // The selection itself is always labelled; its neighbours get a somewhat larger budget
      // than everyone else, so a hub's ninety neighbours do not fill the screen with text.
      if (i >= plan.selected.length && placed - reserved >= (priority ? Math.max(budget, NEIGHBOUR_LABELS) : budget)) {
        if (priority) continue;
        break;
      }
      const node = order[i]!;
      const strong = plan.selected.includes(node);
      const wanted = strong ? LABEL_FONT_STRONG : LABEL_FONT;
      // Setting ctx.font re-parses the font string: only do it when it changes.
      if (wanted !== font) { ctx.font = wanted; font = wanted; }
      const sx = positions[node * 2]! * view.k + view.x;
      const sy = positions[node * 2 + 1]! * view.k + view.y;
      const r = radii[node]! * view.k;
      const width = this.width(node, strong);
      // Candidate spots: right of the disc, left of it, above, below; the first free one wins.
      let left = 0, top = 0, found = false;
      for (let spot = 0; spot < 4 && !found; spot++) {
        left = spot === 0 ? sx + r + 4 : spot === 1 ? sx - r - 4 - width : sx - width / 2;
        top = spot < 2 ? sy - 8 : spot === 2 ? sy - r - 18 : sy + r + 2;
        const right = left + width;
        const bottom = top + 16;
        if (left < 0 || right > view.width || top < 0 || bottom > view.height) continue;
        let overlaps = false;
        for (let b = 0; b < placed * 4; b += 4) {
          if (left < boxes[b + 2]! && right > boxes[b]! && top < boxes[b + 3]! && bottom > boxes[b + 1]!) { overlaps = true; break; }
        }
        found = !overlaps;
      }
      if (!found) continue;
      boxes[placed * 4] = left - 2;
      boxes[placed * 4 + 1] = top;
      boxes[placed * 4 + 2] = left + width + 2;
      boxes[placed * 4 + 3] = top + 16;
      placed++;
      const label = this.model.graph.nodes[node]!.label;
      this.labelledNodes.push(node);
      ctx.strokeText(label, left, top + 8);
      ctx.fillText(label, left, top + 8);
    }
  }
}
