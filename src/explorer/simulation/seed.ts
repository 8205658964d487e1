/**
 * Where a big graph's layout starts: the positions of its first picture, laid out by the
 * loader worker with the same simulation and inputs (load/preview.ts, layout/overview-layout.ts). Offered
 * when the picture arrives, taken once by the layout of the graph's model (use-layout.ts), and
 * only when every actor of the picture is in that model.
 */
import type { GraphModel } from '../store/types.ts';

export interface LayoutSeed {
  /** Graph indices of the seeded actors, and their positions [x0, y0, …] in layout units. */
  nodes: Uint32Array;
  positions: Float32Array;
  /** The alpha the picture's layout stopped at. */
  alpha: number;
}

let offered: { ids: readonly string[]; positions: Float32Array; alpha: number } | null = null;

/** Offers the first picture's positions (null withdraws an offer, when another graph starts loading). */
export function offerLayoutSeed(preview: { ids: readonly string[]; positions?: Float32Array; alpha?: number } | null): void {
  offered = preview?.positions && preview.positions.length === preview.ids.length * 2
    ? { ids: preview.ids, positions: preview.positions, alpha: preview.alpha ?? 1 }
    : null;
}

/** The offered positions as graph indices of `model`, once; null when none fit it. */
export function takeLayoutSeed(model: GraphModel): LayoutSeed | null {
  const seed = offered;
  offered = null;
  if (!seed) return null;
  const nodes = new Uint32Array(seed.ids.length);
  for (let i = 0; i < seed.ids.length; i++) {
    const index = model.nodeIndex.get(seed.ids[i]!);
    if (index === undefined) return null;
    nodes[i] = index;
  }
  return { nodes, positions: seed.positions, alpha: seed.alpha };
}
