/**
 * Where each layer wrote its labels, and which actor a point on them hits. The base layer's
 * spots are kept in fixed typed arrays (one slot per label, at most MAX_LABELS), with the view
 * they were placed at: a drawing shown moved during a gesture, or made by the raster worker,
 * is hit where it shows. The focus layer's are placed afresh every time it is drawn.
 */
import { inLabel, LABEL_HEIGHT, LABEL_PAD, MAX_LABELS } from './labels.ts';
import type { Viewport } from './view.ts';

/**
 * Where the base layer wrote its labels: node, top-left corner and width in CSS pixels, per slot
 * (`width` absent: estimated from the label's length).
 */
export interface BaseLabels { nodes: Int32Array; left: Float32Array; top: Float32Array; width?: Float32Array; punched?: Float32Array }

/** A drawn label's box (CSS pixels in the canvas), as labelAt hits it. */
export interface LabelBox { node: number; left: number; top: number; width: number; height: number }

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

/** The base layer's label spots, so the focus layer can write over the same spot. */
export class BaseLabelSpots {
  /** Slot of each actor's label, -1 where it has none. */
  readonly slotOf: Int32Array;
  readonly nodes: number[] = [];
  readonly left = new Float32Array(MAX_LABELS);
  readonly top = new Float32Array(MAX_LABELS);
  readonly width = new Float32Array(MAX_LABELS);
  /** The view the spots were placed at (a worker's drawing may be shown moved to another). */
  readonly view = { x: 0, y: 0, k: 1 };
  /** Discs drawn again over a label (node, x, y, r by fours, at `view`). */
  punched: number[] = [];
  /**
   * The spots belong to the view the focus layer is drawn at. While a gesture shows a moved
   * image of the base (NetworkRenderer.drawBaseImage), they do not, and the focus layer
   * places its labels afresh.
   */
  current = true;

  constructor(nodeCount: number) {
    this.slotOf = new Int32Array(nodeCount).fill(-1);
  }

  clear(): void {
    for (const node of this.nodes) this.slotOf[node] = -1;
    this.nodes.length = 0;
    this.punched = [];
  }

  /** Records a label written at (left, top); returns its slot. */
  add(node: number, left: number, top: number, width: number): number {
    const slot = this.nodes.length;
    this.slotOf[node] = slot;
    this.nodes.push(node);
    this.left[slot] = left;
    this.top[slot] = top;
    this.width[slot] = width;
    return slot;
  }

  placedAt(view: { x: number; y: number; k: number }): void {
    this.view.x = view.x; this.view.y = view.y; this.view.k = view.k;
  }

  /** The spots as plain arrays, for a drawing made elsewhere (the raster worker). */
  exported(): BaseLabels {
    const count = this.nodes.length;
    return { nodes: Int32Array.from(this.nodes), left: this.left.slice(0, count), top: this.top.slice(0, count), width: this.width.slice(0, count), punched: Float32Array.from(this.punched) };
  }

  /** Takes over the spots of a base drawn elsewhere at `view`; `estimatedWidth` stands in for widths not sent. */
  adopt(labels: BaseLabels, view: { x: number; y: number; k: number }, estimatedWidth: (node: number) => number): void {
    this.placedAt(view);
    this.clear();
    this.punched = Array.from(labels.punched ?? []);
    labels.nodes.forEach((node, slot) => {
      if (slot >= MAX_LABELS) return;
      this.add(node, labels.left[slot]!, labels.top[slot]!, labels.width?.[slot] ?? estimatedWidth(node));
    });
  }
}

/** The focus layer's label spots, in the order written (top-most last). */
export class FocusLabelSpots {
  readonly nodes: number[] = [];
  readonly spots: { left: number; top: number }[] = [];
  readonly widths: number[] = [];
  /** Discs drawn again over a label (node, x, y, r by fours, CSS pixels). */
  readonly punched: number[] = [];

  clear(): void {
    this.nodes.length = 0;
    this.spots.length = 0;
    this.widths.length = 0;
    this.punched.length = 0;
  }

  add(node: number, spot: { left: number; top: number }, width: number): void {
    this.nodes.push(node);
    this.spots.push(spot);
    this.widths.push(width);
  }
}

/** Both layers' labels, and what is hit on them. */
export class DrawnLabels {
  readonly base: BaseLabelSpots;
  readonly focus = new FocusLabelSpots();

  constructor(nodeCount: number) {
    this.base = new BaseLabelSpots(nodeCount);
  }

  /** Where the last frame wrote each label (top-left corner, CSS pixels), on either layer. */
  placements(): Map<number, { left: number; top: number }> {
    const placements = new Map<number, { left: number; top: number }>();
    const base = this.base;
    base.nodes.forEach((node, slot) => placements.set(node, { left: base.left[slot]!, top: base.top[slot]! }));
    this.focus.nodes.forEach((node, index) => placements.set(node, this.focus.spots[index]!));
    return placements;
  }

  /**
   * The actor whose label is drawn at (`x`, `y`) (CSS pixels in the canvas, `view` the current
   * view), or -1: the focus layer's labels first (they are on top), then the base's, mapped from
   * the view they were placed at. DISC_ON_TOP where a disc drawn again over a label is (unless
   * `discsOnTop` is false).
   */
  at(x: number, y: number, view: Viewport, discsOnTop: boolean): number {
    const focus = this.focus;
    if (discsOnTop && onPunched(focus.punched, x, y)) return DISC_ON_TOP;
    for (let i = focus.nodes.length - 1; i >= 0; i--) {
      const spot = focus.spots[i]!;
      if (inLabel(x, y, spot.left, spot.top, focus.widths[i]!)) return focus.nodes[i]!;
    }
    const base = this.base;
    const from = base.view;
    const scale = from.k / view.k;
    const bx = (x - view.x) * scale + from.x, by = (y - view.y) * scale + from.y;
    if (discsOnTop && onPunched(base.punched, bx, by)) return DISC_ON_TOP;
    for (let slot = base.nodes.length - 1; slot >= 0; slot--) {
      if (inLabel(bx, by, base.left[slot]!, base.top[slot]!, base.width[slot]!)) return base.nodes[slot]!;
    }
    return -1;
  }

  /** Every drawn label's box (CSS pixels in the canvas, current `view`), top-most last: what `at` hits. */
  boxes(view: Viewport): LabelBox[] {
    const boxes: LabelBox[] = [];
    const base = this.base;
    const from = base.view;
    const scale = view.k / from.k;
    for (let slot = 0; slot < base.nodes.length; slot++) {
      const left = (base.left[slot]! - LABEL_PAD - from.x) * scale + view.x;
      const top = (base.top[slot]! - from.y) * scale + view.y;
      boxes.push({ node: base.nodes[slot]!, left, top, width: (base.width[slot]! + LABEL_PAD * 2) * scale, height: LABEL_HEIGHT * scale });
    }
    const focus = this.focus;
    focus.nodes.forEach((node, i) => {
      const spot = focus.spots[i]!;
      boxes.push({ node, left: spot.left - LABEL_PAD, top: spot.top, width: focus.widths[i]! + LABEL_PAD * 2, height: LABEL_HEIGHT });
    });
    return boxes;
  }
}
