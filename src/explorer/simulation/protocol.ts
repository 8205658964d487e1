import type { WorkerPort } from '../../workers/messages.ts';
import type { LayoutInput } from './forces.ts';

/** Messages from the page to the layout worker. */
export type ToWorker =
  | { type: 'start'; input: LayoutInput; generation: number }
  | { type: 'pin'; node: number; x: number; y: number }
  | { type: 'dragEnd' }
  | { type: 'unpin'; node: number };

/**
 * Messages from the layout worker: positions as a transferred [x0, y0, ...] buffer. A failure
 * is the `failed` reply of src/workers/messages.ts.
 */
export type FromWorker = { type: 'positions'; positions: Float32Array; settled: boolean; generation: number };

/** The layout worker as LayoutHandle talks to it (tests give it a fake). */
export type LayoutPort = WorkerPort<ToWorker, FromWorker>;
