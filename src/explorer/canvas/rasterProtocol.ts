/** Messages between the page and the base raster worker (baseRaster.worker.ts). */
import type { BasePlan } from './drawPlan.ts';
import type { BaseLabels, Viewport } from './renderer.ts';

export type ToRaster =
  | { type: 'init'; labels: string[]; edgeSource: Uint32Array; edgeTarget: Uint32Array }
  /** `plan` null: the plan sent last still holds. */
  | { type: 'draw'; id: number; view: Viewport; positions: Float32Array; radii: Float32Array; plan: BasePlan | null; moving: boolean };

/** A failure is the `failed` reply of src/workers/messages.ts. */
export type FromRaster = { type: 'drawn'; id: number; bitmap: ImageBitmap; labels: BaseLabels };
