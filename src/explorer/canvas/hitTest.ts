import { quadtree, type Quadtree } from 'd3-quadtree';
import type { GraphModel } from '../store/types.ts';

/** Finds nodes under the pointer; rebuilt lazily when positions or the visible set change. */
export class NodeHitTester {
  private tree: Quadtree<number> | null = null;
  private maxRadius = 0;

  invalidate(): void { this.tree = null; }

  private build(nodes: Uint32Array, positions: Float32Array, radii: Float32Array): Quadtree<number> {
    this.maxRadius = 0;
    for (const node of nodes) this.maxRadius = Math.max(this.maxRadius, radii[node]!);
    return quadtree<number>()
      .x((node) => positions[node * 2]!)
      .y((node) => positions[node * 2 + 1]!)
      .addAll(Array.from(nodes));
  }

  /** Node index at layout point (x, y), allowing `slack` layout units around each disc; -1 if none. */
  find(x: number, y: number, slack: number, nodes: Uint32Array, positions: Float32Array, radii: Float32Array): number {
    this.tree ??= this.build(nodes, positions, radii);
    const node = this.tree.find(x, y, this.maxRadius + slack);
    if (node === undefined) return -1;
    const dx = positions[node * 2]! - x;
    const dy = positions[node * 2 + 1]! - y;
    return Math.hypot(dx, dy) <= radii[node]! + slack ? node : -1;
  }
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
