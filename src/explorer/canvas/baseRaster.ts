/**
 * The page's side of the base raster worker: one drawing in flight at a time, the latest
 * finished drawing kept with the view and positions it was drawn for (the controller shows it
 * moved to the current view until the next one arrives).
 */
import type { GraphModel } from '../store/types.ts';
import type { BasePlan } from './drawPlan.ts';
import type { FromRaster, ToRaster } from './rasterProtocol.ts';
import type { BaseLabels, Viewport } from './renderer.ts';

/** What BaseRaster needs of a Worker (tests give it a fake). */
export interface RasterPort {
  postMessage(message: ToRaster, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromRaster>) => void) | null;
  terminate(): void;
}

export interface RasterDrawing {
  image: CanvasImageSource & { close?: () => void };
  view: Viewport;
  positions: Float32Array;
  labels: BaseLabels;
}

/** A worker that draws base layers, or null where OffscreenCanvas or module workers are missing. */
export function startBaseRasterWorker(): RasterPort | null {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  return new Worker(new URL('./baseRaster.worker.ts', import.meta.url), { type: 'module' }) as unknown as RasterPort;
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
    port.onmessage = (event) => this.receive(event.data);
    port.postMessage({ type: 'init', labels: model.graph.nodes.map((node) => node.label), edgeSource: model.edgeSource, edgeTarget: model.edgeTarget });
  }

  /** A drawing has been asked for and has not arrived yet. */
  get busy(): boolean { return this.inFlight !== null; }

  /** Asks for the base drawn at `view` (the plan is sent only when it changed). */
  request(view: Viewport, positions: Float32Array, radii: Float32Array, plan: BasePlan, moving: boolean): void {
    const id = this.nextId++;
    const drawnView = { ...view };
    this.inFlight = { id, view: drawnView, positions };
    this.port.postMessage({ type: 'draw', id, view: drawnView, positions, radii, plan: plan === this.sentPlan ? null : plan, moving });
    this.sentPlan = plan;
  }

  private receive(message: FromRaster): void {
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
    this.port.onmessage = null;
    this.port.terminate();
    this.latest?.image.close?.();
    this.latest = null;
  }
}
