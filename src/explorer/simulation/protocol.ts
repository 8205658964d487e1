import type { LayoutInput } from './forces.ts';

/** Messages from the page to the layout worker. */
export type ToWorker =
  | { type: 'start'; input: LayoutInput; generation: number }
  | { type: 'pin'; node: number; x: number; y: number }
  | { type: 'dragEnd' }
  | { type: 'unpin'; node: number };

/** Messages from the layout worker: positions as a transferred [x0, y0, ...] buffer. */
export type FromWorker = { type: 'positions'; positions: Float32Array; settled: boolean; generation: number };
