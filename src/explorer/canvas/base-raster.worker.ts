/// <reference lib="webworker" />
/**
 * Draws the base layer of a big graph on an OffscreenCanvas, off the main thread. In
 * Chromium without a GPU a 2D canvas rasterises when its frame is committed, on the main
 * thread: 10,000 actors took 15–40 ms there in every redraw. Here the same NetworkRenderer
 * draws, the raster happens in transferToImageBitmap, and the page only copies the bitmap.
 */
import { serve } from '../../workers/messages.ts';
import { webWorkerScope } from '../../workers/web.ts';
import { NetworkRenderer, type RenderModel } from './renderer.ts';
import type { BasePlan } from './draw-plan.ts';
import type { FromRaster, ToRaster } from './raster-protocol.ts';

let canvas: OffscreenCanvas | null = null;
let renderer: NetworkRenderer | null = null;
let plan: BasePlan | null = null;

// A throw (no 2D context, a draw before init) is posted as the `failed` reply.
serve<ToRaster, FromRaster>(webWorkerScope(self as unknown as DedicatedWorkerGlobalScope), (message, post) => {
  if (message.type === 'init') {
    canvas = new OffscreenCanvas(1, 1);
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('no 2D context on an OffscreenCanvas');
    const model: RenderModel = { graph: { nodes: message.labels.map((label) => ({ label })) }, edgeSource: message.edgeSource, edgeTarget: message.edgeTarget };
    // drawBase uses only calls the two contexts share; the worker draws no focus layer.
    const context = ctx as unknown as CanvasRenderingContext2D;
    renderer = new NetworkRenderer(context, context, model);
    return;
  }
  if (!canvas || !renderer) throw new Error('draw before init');
  if (message.plan) plan = message.plan;
  if (!plan) throw new Error('draw without a plan');
  const { view } = message;
  const width = Math.max(1, Math.round(view.width * view.dpr));
  const height = Math.max(1, Math.round(view.height * view.dpr));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  renderer.drawBase(view, message.positions, message.radii, plan, message.moving);
  const bitmap = canvas.transferToImageBitmap();
  post({ type: 'drawn', id: message.id, bitmap, labels: renderer.baseLabels() }, [bitmap]);
  // Labels not measured yet are placed by an estimate of their width: measure a slice of
  // them after each drawing (not before the first, which would delay it).
  renderer.warmLabelWidths(() => true);
});
