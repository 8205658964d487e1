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
import { findSpot, LABEL_BACKGROUND, LABEL_FONT, LABEL_FONT_STRONG, LABEL_HEIGHT, LABEL_PAD, LabelBoxes, labelBudget, MAX_LABELS, NEIGHBOUR_LABELS, startLabels, writeLabel } from './labels.ts';
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
    let neighbours = 0;
    let strongPlaced = 0;
    for (let i = 0; i < plan.labelOrder.length && boxes.count < MAX_LABELS * 2; i++) {
      const node = plan.labelOrder[i]!;
      const strong = i < plan.selected.length;
      if (!strong && neighbours >= budget) break;
      const width = this.widths.of(node, strong);
      const slot = base.current ? base.slotOf[node]! : -1;
      let spot: { left: number; top: number } | null = slot >= 0 ? { left: base.left[slot]!, top: base.top[slot]! } : null;
      // The base's spot only while it is free here: a focus label placed afresh before it (the
      // selection's, or a stronger partner's) may lie there, and the two were written over each other.
      if (spot && boxes.overlaps(spot.left - 2, spot.top, spot.left + width + 2, spot.top + LABEL_HEIGHT)) spot = null;
      if (spot) boxes.add(spot.left - 2, spot.top, spot.left + width + 2, spot.top + LABEL_HEIGHT);
      else spot = findSpot(boxes, view, positions, radii, node, width, discs);
      if (!spot) continue;
      if (strong) strongPlaced++; else neighbours++;
      spots.add(node, spot, width);
    }
    if (base.current) this.eraseCoveredBaseLabels();
    let font = '';
    spots.nodes.forEach((node, i) => {
      const wanted = i < strongPlaced ? LABEL_FONT_STRONG : LABEL_FONT;
      // Setting ctx.font re-parses the font string: only do it when it changes.
      if (wanted !== font) { startLabels(ctx, wanted); font = wanted; }
      writeLabel(ctx, this.model.graph.nodes[node]!.label, spots.spots[i]!.left, spots.spots[i]!.top, spots.widths[i]!);
    });
    // Every actor under a focus label (one placed over it, or a base spot taken over the dimmed
    // base's own punched discs) is drawn again over the labels: it stays on top, and first for a click.
    spots.nodes.forEach((node, i) => {
      const spot = spots.spots[i]!;
      discs.punch(ctx, spot.left - LABEL_PAD, spot.top, spot.left + spots.widths[i]! + LABEL_PAD, spot.top + LABEL_HEIGHT, node, spots.punched);
    });
  }

  /**
   * Covers, with the background, each dimmed base label that a focus label overlaps in part: the
   * two were read as one jumble of words ("Switzerlan|Japan") on a phone, where a hub's partners
   * take new spots among the base's labels. A base label clear of the focus labels stays, dimmed,
   * as the rest of the network's landmarks.
   */
  private eraseCoveredBaseLabels(): void {
    const { base, spots, ctx } = this;
    ctx.fillStyle = LABEL_BACKGROUND;
    for (let slot = 0; slot < base.nodes.length; slot++) {
      const left = base.left[slot]! - LABEL_PAD, right = base.left[slot]! + base.width[slot]! + LABEL_PAD;
      const top = base.top[slot]!, bottom = top + LABEL_HEIGHT;
      const covered = spots.nodes.some((_, i) => {
        const spot = spots.spots[i]!;
        const same = spot.left === base.left[slot] && spot.top === top;
        return !same && left < spot.left + spots.widths[i]! + LABEL_PAD && right > spot.left - LABEL_PAD && top < spot.top + LABEL_HEIGHT && bottom > spot.top;
      });
      if (covered) ctx.fillRect(left, top, right - left, bottom - top);
    }
  }
}
