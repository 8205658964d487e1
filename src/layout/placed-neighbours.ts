/**
 * Where an actor without a position starts: the mean position of its linked actors that have one. One home for
 * seeding a new model's layout from the one it replaces (forces.ts seedPositions) and for placing hubs shown again
 * (explorer/simulation/hidden-actors.ts).
 */

/** Per actor not placed: the sums of its placed neighbours' x and y, and how many they are (0 for a placed actor). */
export interface PlacedNeighbours {
  sumX: Float64Array;
  sumY: Float64Array;
  count: Uint32Array;
}

/** `links` as [a, b, a, b, …] indices into `positions` ([x0, y0, x1, y1, …]); `placed[node]` is 1 where it has a position. */
export function placedNeighbours(positions: Float32Array, placed: Uint8Array, links: Uint32Array, nodeCount: number): PlacedNeighbours {
  const sumX = new Float64Array(nodeCount), sumY = new Float64Array(nodeCount), count = new Uint32Array(nodeCount);
  for (let index = 0; index + 1 < links.length; index += 2) {
    const a = links[index]!, b = links[index + 1]!;
    if (placed[b] && !placed[a]) { sumX[a]! += positions[b * 2]!; sumY[a]! += positions[b * 2 + 1]!; count[a]! += 1; }
    if (placed[a] && !placed[b]) { sumX[b]! += positions[a * 2]!; sumY[b]! += positions[a * 2 + 1]!; count[b]! += 1; }
  }
  return { sumX, sumY, count };
}
