/**
 * The renderer's strokes and fills (renderer.ts decides what goes on which layer): links in
 * screen space, culled and budgeted, actors as discs or tiny squares in chunks, and rings.
 * Plain functions of a context, a view and typed arrays: no allocation per frame.
 */
import type { EdgeGroup, NodeGroup } from './draw-plan.ts';
import type { Viewport } from './view.ts';

/**
 * Most links drawn per frame, strongest first (after viewport culling). Dense graphs
 * zoomed out become a grey fog well before this; the budget keeps frames under ~30 ms.
 */
export const EDGE_BUDGET = 5000;
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
export const OUTLINE_NODE_LIMIT = 3000;
/**
 * A canvas of this size (square root of its area, CSS pixels) or more draws links at their plan's
 * widths; a smaller one thinner, in proportion. The fit puts the same network into whatever canvas
 * there is, so on a phone (390 × 422 px) the widths meant for 680 × 830 px inked the 170 px
 * overview into a teal blob.
 */
export const FULL_WIDTH_CANVAS_PX = 600;

/** The factor on link widths for a canvas `width` × `height` CSS pixels. */
export function linkWidthScale(width: number, height: number): number {
  return Math.min(1, Math.sqrt(width * height) / FULL_WIDTH_CANVAS_PX);
}

/**
 * Links are drawn in screen space (identity scale): a one-pixel line under a scaled
 * transform misses the rasteriser's hairline fast path and costs several times more.
 * `budget`: most non-essential links drawn, strongest groups first.
 */
export function strokeEdges(ctx: CanvasRenderingContext2D, view: Viewport, positions: Float32Array, model: { edgeSource: Uint32Array; edgeTarget: Uint32Array }, groups: EdgeGroup[], budget: number): void {
  const { dpr, k } = view;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  // Butt caps: round caps also take lines off the fast path (about 5× slower).
  ctx.lineCap = 'butt';
  let edgeBudget = budget;
  const { edgeSource, edgeTarget } = model;
  const tx = view.x, ty = view.y;
  const left = -40, top = -40, right = view.width + 40, bottom = view.height + 40;
  const widthScale = linkWidthScale(view.width, view.height);
  for (const group of groups) {
    ctx.strokeStyle = group.colour;
    const width = group.width * widthScale;
    ctx.lineWidth = group.hairline ? 1 / dpr : width;
    const chunk = group.hairline || width * dpr <= 1 ? PATH_CHUNK : WIDE_PATH_CHUNK;
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
export function fillNodes(ctx: CanvasRenderingContext2D, view: Viewport, positions: Float32Array, radii: Float32Array, groups: NodeGroup[], outlines: boolean): void {
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
export function ring(ctx: CanvasRenderingContext2D, view: Viewport, positions: Float32Array, radii: Float32Array, node: number, width: number): void {
  const { dpr, k } = view;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  ctx.beginPath();
  ctx.arc(positions[node * 2]!, positions[node * 2 + 1]!, radii[node]! + 3 / k, 0, TAU);
  ctx.strokeStyle = '#1d232b';
  ctx.lineWidth = width / k;
  ctx.stroke();
}
