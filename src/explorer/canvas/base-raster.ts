/**
 * The page's side of the base raster worker: one drawing in flight at a time, the latest
 * finished drawing kept with the view and positions it was drawn for (the controller shows it
 * moved to the current view until the next one arrives).
 */
import type { ReplyOrFailure, WorkerPort } from '../../workers/messages.ts';
import { webWorkerPort } from '../../workers/web.ts';
import type { GraphModel } from '../store/types.ts';
import type { BasePlan } from './draw-plan.ts';
import type { FromRaster, ToRaster } from './raster-protocol.ts';
import type { BaseLabels, Viewport } from './renderer.ts';

/** The raster worker as BaseRaster talks to it (tests give it a fake). */
export type RasterPort = WorkerPort<ToRaster, FromRaster>;

export interface RasterDrawing {
  image: CanvasImageSource & { close?: () => void };
  view: Viewport;
  positions: Float32Array;
  labels: BaseLabels;
}

/** A worker that draws base layers, or null where OffscreenCanvas or module workers are missing. */
export function startBaseRasterWorker(): RasterPort | null {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  return webWorkerPort(new Worker(new URL('./base-raster.worker.ts', import.meta.url), { type: 'module' }), 'the raster worker failed');
}

export class BaseRaster {
  private nextId = 1;
  private inFlight: { id: number; view: Viewport; positions: Float32Array } | null = null;
  private sentPlan: BasePlan | null = null;
  latest: RasterDrawing | null = null;

  constructor(
    private readonly port: RasterPort,
    model: GraphModel,
    private readonly onDrawn: (drawing: RasterDrawing) => void,
    private readonly onFailed: (reason: string) => void,
  ) {
    port.listen((reply) => this.receive(reply));
    port.post({ type: 'init', labels: model.graph.nodes.map((node) => node.label), edgeSource: model.edgeSource, edgeTarget: model.edgeTarget });
  }

  /** A drawing has been asked for and has not arrived yet. */
  get busy(): boolean { return this.inFlight !== null; }

  /** Asks for the base drawn at `view` (the plan is sent only when it changed). */
  request(view: Viewport, positions: Float32Array, radii: Float32Array, plan: BasePlan, moving: boolean): void {
    const id = this.nextId++;
    const drawnView = { ...view };
    this.inFlight = { id, view: drawnView, positions };
    this.port.post({ type: 'draw', id, view: drawnView, positions, radii, plan: plan === this.sentPlan ? null : plan, moving });
    this.sentPlan = plan;
  }

  private receive(message: ReplyOrFailure<FromRaster>): void {
    if (message.type === 'failed') {
      this.inFlight = null;
      this.onFailed(message.reason);
      return;
    }
    const request = this.inFlight;
    if (!request || request.id !== message.id) { message.bitmap.close(); return; }
    this.inFlight = null;
    this.latest?.image.close?.();
    this.latest = { image: message.bitmap, view: request.view, positions: request.positions, labels: message.labels };
    this.onDrawn(this.latest);
  }

  dispose(): void {
    this.port.listen(null);
    void this.port.terminate();
    this.latest?.image.close?.();
    this.latest = null;
  }
}
