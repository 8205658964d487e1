/** Messages between the page and the base raster worker (base-raster.worker.ts). */
import type { BasePlan } from './draw-plan.ts';
import type { BaseLabels, Viewport } from './renderer.ts';

export type ToRaster =
  | { type: 'init'; labels: string[]; edgeSource: Uint32Array; edgeTarget: Uint32Array }
  /** `plan` null: the plan sent last still holds. */
  | { type: 'draw'; id: number; view: Viewport; positions: Float32Array; radii: Float32Array; plan: BasePlan | null; moving: boolean };

/** A failure is the `failed` reply of src/workers/messages.ts. */
export type FromRaster = { type: 'drawn'; id: number; bitmap: ImageBitmap; labels: BaseLabels };
