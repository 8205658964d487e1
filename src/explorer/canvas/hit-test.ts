import { quadtree, type Quadtree } from 'd3-quadtree';
import type { GraphModel } from '../store/types.ts';

/**
 * Lookups answered by scanning every node before a quadtree is built for the same positions.
 * While the layout runs, positions change twenty times a second and a hovering pointer asks a
 * few times per change: rebuilding a 10,000-node quadtree for each change took 10–36 ms of the
 * main thread, a scan takes a few hundredths of one. Many lookups at the same positions (a
 * settled layout) get the tree.
 */
const SCANS_BEFORE_TREE = 8;

/** Finds nodes under the pointer; call invalidate() when positions or the visible set change. */
export class NodeHitTester {
  private tree: Quadtree<number> | null = null;
  private maxRadius = -1;
  private scans = 0;

  invalidate(): void { this.tree = null; this.maxRadius = -1; this.scans = 0; }

  /** Node index at layout point (x, y), allowing `slack` layout units around each disc; -1 if none. */
  find(x: number, y: number, slack: number, nodes: Uint32Array, positions: Float32Array, radii: Float32Array): number {
    if (this.maxRadius < 0) {
      this.maxRadius = 0;
      for (const node of nodes) this.maxRadius = Math.max(this.maxRadius, radii[node]!);
    }
    const reach = this.maxRadius + slack;
    let nearest: number;
    if (this.tree || ++this.scans > SCANS_BEFORE_TREE) {
      this.tree ??= quadtree<number>().x((node) => positions[node * 2]!).y((node) => positions[node * 2 + 1]!).addAll(Array.from(nodes));
      nearest = this.tree.find(x, y, reach) ?? -1;
    } else {
      nearest = nearestWithin(x, y, reach, nodes, positions);
    }
    if (nearest < 0) return -1;
    const dx = positions[nearest * 2]! - x;
    const dy = positions[nearest * 2 + 1]! - y;
    return Math.hypot(dx, dy) <= radii[nearest]! + slack ? nearest : -1;
  }
}

/** The node whose centre is nearest (x, y) and no farther than `reach`, or -1 (what Quadtree.find answers). */
export function nearestWithin(x: number, y: number, reach: number, nodes: Uint32Array, positions: Float32Array): number {
  let best = -1;
  let bestSquared = reach * reach;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const dx = positions[node * 2]! - x, dy = positions[node * 2 + 1]! - y;
    const squared = dx * dx + dy * dy;
    if (squared < bestSquared) { bestSquared = squared; best = node; }
  }
  return best;
}

/** Nearest visible edge to a layout point within `tolerance`, or -1. A linear scan: clicks are rare. */
export function findEdge(model: GraphModel, edges: Uint32Array, positions: Float32Array, x: number, y: number, tolerance: number): number {
  let best = -1;
  let bestDistance = tolerance;
  for (const edge of edges) {
    const s = model.edgeSource[edge]! * 2;
    const t = model.edgeTarget[edge]! * 2;
    const x1 = positions[s]!, y1 = positions[s + 1]!, x2 = positions[t]!, y2 = positions[t + 1]!;
    const dx = x2 - x1, dy = y2 - y1;
    const lengthSquared = dx * dx + dy * dy;
    const along = lengthSquared > 0 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared)) : 0;
    const distance = Math.hypot(x - (x1 + along * dx), y - (y1 + along * dy));
    if (distance < bestDistance) { bestDistance = distance; best = edge; }
  }
  return best;
}
