/**
 * The base layer's labels: placed greedily, biggest actors first, each right of its node
 * unless it would overlap one already placed (labels.ts findSpot), and recorded in
 * BaseLabelSpots for the focus layer and for clicks.
 */
import type { BasePlan } from './draw-plan.ts';
import type { BaseLabelSpots } from './drawn-labels.ts';
import type { LabelWidths } from './label-widths.ts';
import { DiscIndex } from './disc-index.ts';
import { findSpot, LABEL_FONT, LABEL_HEIGHT, LABEL_PAD, LabelBoxes, labelBudget, startLabels, writeLabel } from './labels.ts';
import type { RenderModel } from './render-model.ts';
import type { Viewport } from './view.ts';

/** Labels tried at most per frame: the rest of the order is too small to win a spot. */
const MAX_TRIES = 600;

export class BaseLabelWriter {
  private readonly boxes = new LabelBoxes();
  /** The base's drawn discs, which no label may cover (asked at this layer's own view and positions). */
  private readonly discs = new DiscIndex();

  constructor(private readonly ctx: CanvasRenderingContext2D, private readonly model: RenderModel, private readonly widths: LabelWidths, private readonly spots: BaseLabelSpots) {}

  /**
   * Zooming in spreads nodes apart, so more labels fit; the budget also grows with zoom.
   * Replaces the spots of the last call.
   */
  write(view: Viewport, positions: Float32Array, radii: Float32Array, plan: BasePlan): void {
    const ctx = this.ctx;
    const spots = this.spots;
    spots.clear();
    this.boxes.count = 0;
    const punching: number[] = [];
    const budget = labelBudget(view);
    const discs = this.discs.use(view, positions, radii, plan.nodeGroups);
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    startLabels(ctx, LABEL_FONT);
    const order = plan.labelOrder;
    const tries = Math.min(order.length, MAX_TRIES);
    for (let i = 0; i < tries && spots.nodes.length < budget; i++) {
      const node = order[i]!;
      const width = this.widths.of(node, false, true);
      const spot = findSpot(this.boxes, view, positions, radii, node, width, discs);
      if (!spot) continue;
      const slot = spots.add(node, spot.left, spot.top, width);
      writeLabel(ctx, this.model.graph.nodes[node]!.label, spot.left, spot.top, width);
      if (spot.punches) punching.push(slot);
    }
    // Actors under a label that found no spot clear of them are drawn again over all the labels.
    for (const slot of punching) {
      const left = spots.left[slot]!, top = spots.top[slot]!;
      discs.punch(ctx, left - LABEL_PAD, top, left + spots.width[slot]! + LABEL_PAD, top + LABEL_HEIGHT, spots.nodes[slot]!, spots.punched);
    }
  }
}
