/**
 * Draws a big graph's first picture (preview.ts) on a canvas: the backbone links as hairlines,
 * the actors as discs in their type colours, and the labels of the most mentioned placed like the
 * explorer places them (canvas/labels.ts). Fitted like the explorer fits a view. No interaction:
 * the explorer replaces it once the graph is checked and loaded.
 */
import { findSpot, LabelBoxes, LABEL_FONT, labelBudget, startLabels, writeLabel } from '../canvas/labels.ts';
import { TYPE_COLOURS } from '../canvas/scales.ts';
import type { Viewport } from '../canvas/view.ts';
import type { GraphPreview } from './preview.ts';

/** Performance mark and window event of the first picture (benchmarks read it). */
export const PREVIEW_DRAW_MARK = 'silkmap:preview-draw';
const PADDING_PX = 48;
/** Room on the right of the fitted picture for the outermost labels (layout units), as the explorer leaves. */
const LABEL_ROOM = 120;

/** The view that fits every actor of the picture into a canvas of this size. */
export function fitPreview(positions: Float32Array, radii: Float32Array, width: number, height: number, dpr: number): Viewport {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < radii.length; i++) {
    const x = positions[i * 2]!, y = positions[i * 2 + 1]!, r = radii[i]!;
    minX = Math.min(minX, x - r); maxX = Math.max(maxX, x + r);
    minY = Math.min(minY, y - r); maxY = Math.max(maxY, y + r);
  }
  if (!Number.isFinite(minX)) return { width, height, dpr, x: width / 2, y: height / 2, k: 1 };
  const spanX = maxX - minX + LABEL_ROOM, spanY = Math.max(1, maxY - minY);
  const k = Math.min(2, Math.max(0.03, Math.min((width - PADDING_PX * 2) / spanX, (height - PADDING_PX * 2) / spanY)));
  return { width, height, dpr, k, x: width / 2 - k * (minX + spanX / 2), y: height / 2 - k * (minY + spanY / 2) };
}

/** Draws the picture; returns the indices of the actors whose labels were written. */
export function drawPreview(ctx: CanvasRenderingContext2D, preview: GraphPreview, view: Viewport): number[] {
  const positions = preview.positions;
  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
  ctx.fillStyle = '#f7f7f5';
  ctx.fillRect(0, 0, view.width, view.height);
  if (!positions) return [];
  const sx = (i: number) => positions[i * 2]! * view.k + view.x;
  const sy = (i: number) => positions[i * 2 + 1]! * view.k + view.y;

  ctx.strokeStyle = 'rgba(90, 100, 112, 0.28)';
  ctx.lineWidth = 0.8;
  ctx.beginPath();
  for (let l = 0; l + 1 < preview.links.length; l += 2) {
    ctx.moveTo(sx(preview.links[l]!), sy(preview.links[l]!));
    ctx.lineTo(sx(preview.links[l + 1]!), sy(preview.links[l + 1]!));
  }
  ctx.stroke();

  // Least mentioned first, so the main actors end up on top.
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1;
  for (let i = preview.ids.length - 1; i >= 0; i--) {
    ctx.beginPath();
    ctx.arc(sx(i), sy(i), Math.max(1.5, preview.radii[i]! * view.k), 0, Math.PI * 2);
    ctx.fillStyle = TYPE_COLOURS[preview.types[i]!];
    ctx.fill();
    ctx.stroke();
  }

  const boxes = new LabelBoxes();
  const labelled: number[] = [];
  const budget = labelBudget(view);
  startLabels(ctx, LABEL_FONT);
  for (let i = 0; i < preview.ids.length && labelled.length < budget; i++) {
    const width = ctx.measureText(preview.labels[i]!).width;
    const spot = findSpot(boxes, view, positions, preview.radii, i, width);
    if (!spot) continue;
    writeLabel(ctx, preview.labels[i]!, spot.left, spot.top, width);
    labelled.push(i);
  }
  return labelled;
}
