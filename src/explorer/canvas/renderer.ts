/**
 * Draws the network on two stacked canvases (see draw-plan.ts): the base layer with every
 * visible link, actor and label, and the focus layer with the selection, its neighbours, its
 * links and the hover ring. Each is redrawn only when its own inputs change: selecting or
 * hovering redraws the small focus layer and leaves the base (50,000 links on a big graph)
 * as it is. Works on typed arrays and pre-grouped index lists, so a frame makes no
 * allocations beyond the canvas calls themselves. The labels are placed and written by
 * base-labels.ts and focus-labels.ts, and recorded (for clicks and exports) in drawn-labels.ts.
 */
import { drawArrows } from './relation-arrows.ts';
import type { BasePlan, FocusPlan, NodeGroup } from './draw-plan.ts';
import { EDGE_BUDGET, fillNodes, MOVING_EDGE_BUDGET, OUTLINE_NODE_LIMIT, ring, strokeEdges } from './strokes.ts';
import { LABEL_MIDDLE } from './labels.ts';
import { DrawnLabels, type BaseLabels, type LabelBox } from './drawn-labels.ts';
import { LabelWidths } from './label-widths.ts';
import { BaseLabelWriter } from './base-labels.ts';
import { FocusLabelWriter } from './focus-labels.ts';
import type { RenderModel } from './render-model.ts';
import type { Viewport } from './view.ts';

// Other files import these from here.
export { LABEL_MIDDLE, MOVING_EDGE_BUDGET };
export { DISC_ON_TOP, type BaseLabels } from './drawn-labels.ts';
export type { RenderModel } from './render-model.ts';
export type { Viewport } from './view.ts';

export const BACKGROUND = '#f7f7f5';
/** CSS opacity of the base layer while something is selected: everything else recedes. */
export const DIMMED_BASE_OPACITY = 0.3;

export class NetworkRenderer {
  private readonly labels: DrawnLabels;
  private readonly widths: LabelWidths;
  private readonly baseLabelWriter: BaseLabelWriter;
  private readonly focusLabelWriter: FocusLabelWriter;
  /** Duration of the last draw call in ms (read by tests and benchmarks). */
  lastDrawMs = 0;

  constructor(private readonly base: CanvasRenderingContext2D, private readonly focus: CanvasRenderingContext2D, private readonly model: RenderModel) {
    this.labels = new DrawnLabels(model.graph.nodes.length);
    this.widths = new LabelWidths(base, model);
    this.baseLabelWriter = new BaseLabelWriter(base, model, this.widths, this.labels.base);
    this.focusLabelWriter = new FocusLabelWriter(focus, model, this.widths, this.labels.base, this.labels.focus);
  }

  /**
   * Where the last frame wrote each label (top-left corner, CSS pixels), on either layer: the
   * SVG export labels the same actors at the same spots.
   */
  labelPlacements(): Map<number, { left: number; top: number }> {
    return this.labels.placements();
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
    this.baseLabelWriter.write(view, positions, radii, plan);
    this.labels.base.placedAt(view);
    this.labels.base.current = true;
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
    this.labels.base.current = labelsInPlace;
    this.lastDrawMs = performance.now() - started;
  }

  /** The base's label spots of the last drawBase, for a drawing made elsewhere (the raster worker). */
  baseLabels(): BaseLabels {
    return this.labels.base.exported();
  }

  /** Takes over the label spots of a base drawn elsewhere at `view` (see baseLabels), as if drawBase had placed them. */
  adoptBaseLabels(labels: BaseLabels, view: { x: number; y: number; k: number }): void {
    this.labels.base.adopt(labels, view, (node) => this.widths.of(node, false, true));
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
    this.labels.focus.clear();
    if (plan.active) {
      strokeEdges(ctx, view, positions, this.model, plan.edgeGroups, 0);
      drawArrows(ctx, view, positions, radii, plan.arrows ?? [], '#1d232b');
      fillNodes(ctx, view, positions, radii, plan.nodeGroups, true);
      for (const node of plan.selected) ring(ctx, view, positions, radii, node, 2.5);
      ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
      this.focusLabelWriter.write(view, positions, radii, plan, baseNodes);
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
    return this.labels.at(x, y, view, discsOnTop);
  }

  /** Every drawn label's box (CSS pixels in the canvas, current `view`), top-most last: what labelAt hits. */
  labelBoxes(view: Viewport): LabelBox[] {
    return this.labels.boxes(view);
  }

  /**
   * Measures label widths ahead of need, a short slice at a time (idle time), so that
   * selecting an actor does not measure all its neighbours' labels inside the frame that shows
   * the selection. Returns true when every label has been measured.
   */
  warmLabelWidths(hasTime: () => boolean): boolean {
    return this.widths.warm(hasTime);
  }
}
