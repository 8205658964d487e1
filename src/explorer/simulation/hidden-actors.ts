/**
 * Hidden hubs leave the layout: with Hubs set to Hide the simulation restarts on the remaining
 * actors and links, so the rest spreads out into the structure the hub was holding together,
 * instead of keeping the hole and the spokes it left. Shown again, a hub rejoins beside its
 * neighbours. Done here, on the layout's inputs; the canvas only follows the positions.
 */
import { useEffect } from 'react';
import { explorerStore } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { placedNeighbours } from '../../layout/placed-neighbours.ts';
import type { LayoutInput } from './forces.ts';
import { layoutInputFor, type LayoutHandle } from './use-layout.ts';

/** Starting alpha of a layout that restarts after hubs left or rejoined it (1 = a fresh layout). */
export const RELAYOUT_ALPHA = 0.7;

/** What the restart needs from the running layout. */
export interface CurrentLayout {
  positions: Float32Array;
  pinned: ReadonlySet<number>;
  settled: boolean;
}

/**
 * Layout input without the `hidden` actors: their links are left out and their radius is 0, so
 * they neither pull nor push the others (beyond one small unlinked body each, pulled to the
 * centre). Everyone starts where they are now, except actors that were hidden before
 * (`wasHidden`) and are shown again: they start at the centroid of their placed neighbours.
 */
export function relayoutInput(model: GraphModel, hidden: Uint8Array | null, wasHidden: Uint8Array | null, current: CurrentLayout): LayoutInput {
  const full = layoutInputFor(model);
  const count = model.graph.nodes.length;
  const out = (node: number) => hidden !== null && hidden[node] === 1;
  const kept: number[] = [];
  for (let edge = 0; edge < full.linkWeights.length; edge++) {
    if (!out(full.links[edge * 2]!) && !out(full.links[edge * 2 + 1]!)) kept.push(edge);
  }
  const links = new Uint32Array(kept.length * 2);
  const linkWeights = new Float32Array(kept.length);
  kept.forEach((edge, index) => {
    links[index * 2] = full.links[edge * 2]!;
    links[index * 2 + 1] = full.links[edge * 2 + 1]!;
    linkWeights[index] = full.linkWeights[edge]!;
  });
  const radii = Float32Array.from(full.radii, (radius, node) => (out(node) ? 0 : radius));
  const positions = new Float32Array(current.positions.length === count * 2 ? current.positions : new Float32Array(count * 2));
  if (wasHidden) placeReturning(positions, wasHidden, links, count);
  const pinned = new Uint8Array(count);
  for (const node of current.pinned) if (node < count) pinned[node] = 1;
  return { ...full, links, linkWeights, radii, initialPositions: positions, pinned, alpha: current.settled ? RELAYOUT_ALPHA : 1 };
}

/** Moves each returning actor to the centroid of its neighbours that stayed, a little apart from each other. */
function placeReturning(positions: Float32Array, returning: Uint8Array, links: Uint32Array, count: number): void {
  const stayed = Uint8Array.from({ length: count }, (_, node) => (returning[node] ? 0 : 1));
  const { sumX, sumY, count: neighbours } = placedNeighbours(positions, stayed, links, count);
  let placed = 0;
  for (let node = 0; node < count; node++) {
    if (!returning[node] || neighbours[node] === 0) continue;
    // Two returning hubs with the same neighbours must not start on the same spot.
    const angle = placed * 2.399963;
    positions[node * 2] = sumX[node]! / neighbours[node]! + 12 * Math.cos(angle);
    positions[node * 2 + 1] = sumY[node]! / neighbours[node]! + 12 * Math.sin(angle);
    placed++;
  }
}

/** Restarts the layout whenever Hubs changes to or from Hide (and at start when the URL asks for it). */
export function useHiddenHubsLayout(model: GraphModel | null, layout: LayoutHandle | null): void {
  useEffect(() => {
    if (!model || !layout) return undefined;
    const hubs = model.isHub.some((flag) => flag === 1) ? model.isHub : null;
    let hidden: Uint8Array | null = null;
    const apply = (hide: boolean) => {
      const next = hide ? hubs : null;
      if (next === hidden) return;
      layout.restart(relayoutInput(model, next, hidden, layout));
      hidden = next;
    };
    apply(explorerStore.getState().filters.hubs === 'hide');
    return explorerStore.subscribe((state, previous) => {
      if (state.filters.hubs !== previous.filters.hubs) apply(state.filters.hubs === 'hide');
    });
  }, [model, layout]);
}
