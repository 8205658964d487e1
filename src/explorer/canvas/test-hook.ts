/**
 * `window.__silkmap`: what the browser tests and the benchmarks read of the drawn network
 * (tests/e2e, bench/). Kept out of the components: NetworkView only installs it.
 */
import type { LayoutHandle } from '../simulation/use-layout.ts';
import type { GraphModel } from '../store/types.ts';
import type { NetworkController } from './controller.ts';

/** Test and benchmark hook: where a node is drawn, and whether the layout has settled. */
export interface SilkmapTestHook {
  nodeScreenPosition: (id: string) => { x: number; y: number } | null;
  layoutSettled: () => boolean;
  drawCount: () => number;
  /** Frames that redrew the base layer (all links and actors), as opposed to the focus layer only. */
  baseDrawCount: () => number;
  /** Frames that showed a moved copy of the base instead (pan or zoom of a big graph). */
  baseCopyCount: () => number;
  /** The base layer is drawn by the raster worker (a big graph where OffscreenCanvas works). */
  baseDrawnInWorker: () => boolean;
  /** What a click at this client point would select. */
  hitTest: (x: number, y: number) => { kind: 'node' | 'edge'; id: string } | null;
  /** Ids of the actors whose labels the last frame drew (either layer). */
  labelledNodes: () => string[];
  /** Every drawn label's box in client pixels (top-most last). */
  labelBoxes: () => { id: string; x: number; y: number; width: number; height: number }[];
  /** Every actor the base layer draws with its centre on the canvas: centre and radius in client pixels. */
  drawnNodes: () => { id: string; x: number; y: number; r: number }[];
}

declare global {
  interface Window { __silkmap?: SilkmapTestHook }
}

/** Puts the hook on `window` for this controller; the returned function takes it off. */
export function installTestHook(controller: NetworkController, model: GraphModel, layout: LayoutHandle): () => void {
  const hook: SilkmapTestHook = {
    nodeScreenPosition: (id) => {
      const index = model.nodeIndex.get(id);
      return index === undefined || !controller.isNodeVisible(index) ? null : controller.screenPosition(index);
    },
    layoutSettled: () => layout.settled,
    drawCount: () => controller.drawCount,
    baseDrawCount: () => controller.baseDrawCount,
    baseCopyCount: () => controller.baseCopyCount,
    baseDrawnInWorker: () => controller.baseDrawnInWorker,
    hitTest: (x, y) => controller.pick(x, y),
    labelledNodes: () => [...(controller.snapshot().labelledNodeIds ?? [])],
    labelBoxes: () => controller.labelBoxes(),
    drawnNodes: () => controller.drawnNodes(),
  };
  window.__silkmap = hook;
  return () => { if (window.__silkmap === hook) delete window.__silkmap; };
}
