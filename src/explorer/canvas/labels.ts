/**
 * Labels on the canvas: their fonts and boxes, where they go (greedy placement without
 * overlaps: right of the disc, left, above, below, then the diagonals; never over the middle
 * of another drawn actor's disc), how they are written (on a pill of the background colour, so no link
 * runs through the letters) and where they are hit.
 */
import type { Viewport } from './view.ts';
import { DiscIndex } from './disc-index.ts';

export { DiscIndex };

export const LABEL_FONT = '500 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const LABEL_FONT_STRONG = '650 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const LABEL_HEIGHT = 16;
/** Room left and right of a label's text, inside its pill and its hit box. */
export const LABEL_PAD = 2;
export const LABEL_BACKGROUND = 'rgba(247, 247, 245, 0.9)';
/** A label's text is centred this far below the top of its box. */
export const LABEL_MIDDLE = LABEL_HEIGHT / 2;
/** Average advance of a character in LABEL_FONT, for labels not measured yet. */
export const AVERAGE_CHAR_WIDTH = 6.8;
export const MAX_LABELS = 160;
export const NEIGHBOUR_LABELS = 24;

/** Screen rectangles already taken by labels (and selected discs) in one layer. */
export class LabelBoxes {
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

/**
 * Labels allowed on screen at this zoom: more as you zoom in (level of detail). Placement
 * without overlaps limits them further where the picture is crowded.
 */
export function labelBudget(view: Viewport): number {
  return Math.min(MAX_LABELS, Math.round(30 + 16 * view.k * view.k));
}

/** Whether (x, y) falls in the box of a label written at (left, top) with this text width (the pill around it included). */
export function inLabel(x: number, y: number, left: number, top: number, width: number): boolean {
  return x >= left - LABEL_PAD && x <= left + width + LABEL_PAD && y >= top && y <= top + LABEL_HEIGHT;
}

export function startLabels(ctx: CanvasRenderingContext2D, font: string): void {
  ctx.font = font;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1d232b';
}

/**
 * Text on a pill of the background colour, so no link ink runs through the letters (a halo
 * left the links showing between them on a dense graph). The pill is the label's hit box too.
 */
export function writeLabel(ctx: CanvasRenderingContext2D, label: string, left: number, top: number, width: number): void {
  ctx.fillStyle = LABEL_BACKGROUND;
  ctx.fillRect(left - LABEL_PAD, top + 1, width + LABEL_PAD * 2, LABEL_HEIGHT - 2);
  ctx.fillStyle = '#1d232b';
  ctx.fillText(label, left, top + LABEL_MIDDLE);
}

/**
 * Candidate spots: right of the disc, left of it, above, below, then the four diagonals; the
 * first free one is taken (and recorded). Free: inside the view (its pill too), clear of the labels placed
 * already and, given `discs`, of the middle of every other drawn actor's disc (all of a small
 * one; disc-index.ts protectedRadius). Labels win clicks (they are drawn on top), so a label
 * over another actor's disc made that actor impossible to click there: on a phone the United
 * States' label lay over China's node. Where every spot clear of labels covers some actor (the
 * dense middle of a real corpus's overview: keeping off them all left 6 of its 30 most mentioned
 * actors labelled, 23 before), the first spot clear of labels is taken with `punches`: the
 * discs it covers are drawn again over it (DiscIndex.punch) and answer a click there first.
 */
export function findSpot(boxes: LabelBoxes, view: Viewport, positions: Float32Array, radii: Float32Array, node: number, width: number, discs?: DiscIndex): { left: number; top: number; punches?: true } | null {
  const sx = positions[node * 2]! * view.k + view.x;
  const sy = positions[node * 2 + 1]! * view.k + view.y;
  const r = radii[node]! * view.k;
  const d = r * Math.SQRT1_2;
  let fallback: { left: number; top: number; punches: true } | null = null;
  for (let spot = 0; spot < 8; spot++) {
    const left = spot === 0 ? sx + r + 4 : spot === 1 ? sx - r - 4 - width : spot < 4 ? sx - width / 2 : spot % 2 === 0 ? sx + d + 2 : sx - d - 2 - width;
    const top = spot < 2 ? sy - 8 : spot === 2 ? sy - r - 18 : spot === 3 ? sy + r + 2 : spot < 6 ? sy - d - 16 : sy + d;
    const right = left + width;
    const bottom = top + LABEL_HEIGHT;
    // The pill around the text (LABEL_PAD each side) must fit too: a label at the edge was clipped there.
    if (left - LABEL_PAD < 0 || right + LABEL_PAD > view.width || top < 0 || bottom > view.height) continue;
    if (boxes.overlaps(left - 2, top, right + 2, bottom)) continue;
    if (discs?.covers(left - LABEL_PAD, top, right + LABEL_PAD, bottom, node)) {
      fallback ??= { left, top, punches: true };
      continue;
    }
    boxes.add(left - 2, top, right + 2, bottom);
    return { left, top };
  }
  if (fallback) boxes.add(fallback.left - 2, fallback.top, fallback.left + width + 2, fallback.top + LABEL_HEIGHT);
  return fallback;
}
