/**
 * The focus layer's labels: the selection is always labelled, its neighbours up to a budget
 * somewhat larger than the base's, so a hub's ninety neighbours do not fill the screen with
 * text. A label the base already shows is written over the same spot; others take a free spot
 * among the focus labels (their pill hides the dimmed base labels underneath).
 */
import type { FocusPlan, NodeGroup } from './draw-plan.ts';
import type { BaseLabelSpots, FocusLabelSpots } from './drawn-labels.ts';
import type { LabelWidths } from './label-widths.ts';
import { DiscIndex } from './disc-index.ts';
import { findSpot, LABEL_FONT, LABEL_FONT_STRONG, LABEL_HEIGHT, LABEL_PAD, LabelBoxes, labelBudget, MAX_LABELS, NEIGHBOUR_LABELS, startLabels, writeLabel } from './labels.ts';
import type { RenderModel } from './render-model.ts';
import type { Viewport } from './view.ts';

export class FocusLabelWriter {
  private readonly boxes = new LabelBoxes();
  /** Every disc on screen, asked at this layer's own view and positions. */
  private readonly discs = new DiscIndex();

  constructor(private readonly ctx: CanvasRenderingContext2D, private readonly model: RenderModel, private readonly widths: LabelWidths, private readonly base: BaseLabelSpots, private readonly spots: FocusLabelSpots) {}

  /** `baseNodes`: the discs the base layer draws, which a label placed afresh must not cover either. Adds to the spots (cleared by the caller). */
  write(view: Viewport, positions: Float32Array, radii: Float32Array, plan: FocusPlan, baseNodes: readonly NodeGroup[]): void {
    const ctx = this.ctx;
    const boxes = this.boxes;
    const base = this.base;
    const spots = this.spots;
    // Every disc on screen: the base's (dimmed, still clickable) and the focus plan's.
    const discs = this.discs.use(view, positions, radii, baseNodes, plan.nodeGroups);
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
      const width = this.widths.of(node, strong);
      const slot = base.current ? base.slotOf[node]! : -1;
      let spot: { left: number; top: number } | null = slot >= 0 ? { left: base.left[slot]!, top: base.top[slot]! } : null;
      if (spot) boxes.add(spot.left - 2, spot.top, spot.left + width + 2, spot.top + LABEL_HEIGHT);
      else spot = findSpot(boxes, view, positions, radii, node, width, discs);
      if (!spot) continue;
      if (!strong) neighbours++;
      spots.add(node, spot, width);
      writeLabel(ctx, this.model.graph.nodes[node]!.label, spot.left, spot.top, width);
    }
    // Every actor under a focus label (one placed over it, or a base spot taken over the dimmed
    // base's own punched discs) is drawn again over the labels: it stays on top, and first for a click.
    spots.nodes.forEach((node, i) => {
      const spot = spots.spots[i]!;
      discs.punch(ctx, spot.left - LABEL_PAD, spot.top, spot.left + spots.widths[i]! + LABEL_PAD, spot.top + LABEL_HEIGHT, node, spots.punched);
    });
  }
}
