/**
 * Arrowheads for directed links in the focus layer (the selected link, or a selected actor's
 * links): the arrow sits where the link meets the actor acted upon.
 */
import type { Viewport } from './view.ts';

/** Pairs of node indices: from, to. */
export type Arrows = readonly (readonly [number, number])[];

const ARROW_PX = 9;

export function drawArrows(ctx: CanvasRenderingContext2D, view: Viewport, positions: Float32Array, radii: Float32Array, arrows: Arrows, colour: string): void {
  if (arrows.length === 0) return;
  const { dpr, k } = view;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * view.x, dpr * view.y);
  ctx.fillStyle = colour;
  const size = ARROW_PX / k;
  for (const [from, to] of arrows) {
    const x0 = positions[from * 2]!;
    const y0 = positions[from * 2 + 1]!;
    const x1 = positions[to * 2]!;
    const y1 = positions[to * 2 + 1]!;
    const length = Math.hypot(x1 - x0, y1 - y0);
    if (!(length > radii[to]! + size)) continue;
    const ux = (x1 - x0) / length;
    const uy = (y1 - y0) / length;
    const tipX = x1 - ux * (radii[to]! + 2 / k);
    const tipY = y1 - uy * (radii[to]! + 2 / k);
    ctx.beginPath();
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - ux * size - uy * size * 0.55, tipY - uy * size + ux * size * 0.55);
    ctx.lineTo(tipX - ux * size + uy * size * 0.55, tipY - uy * size - ux * size * 0.55);
    ctx.closePath();
    ctx.fill();
  }
}
