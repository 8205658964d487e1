import { describe, expect, it } from 'vitest';
import { quadtree } from 'd3-quadtree';
import { nearestWithin, NodeHitTester } from '../../src/explorer/canvas/hit-test.ts';

/** Deterministic pseudo-random numbers (a linear congruential generator). */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

function scatter(count: number, seed: number) {
  const next = random(seed);
  const positions = Float32Array.from({ length: count * 2 }, () => next() * 1000);
  const radii = Float32Array.from({ length: count }, () => 2 + next() * 8);
  const nodes = Uint32Array.from({ length: count }, (_, index) => index);
  return { positions, radii, nodes, next };
}

describe('finding the node under the pointer', () => {
  it('scans to the same nearest node as the quadtree, at every distance', () => {
    const { positions, nodes, next } = scatter(3000, 7);
    const tree = quadtree<number>().x((node) => positions[node * 2]!).y((node) => positions[node * 2 + 1]!).addAll(Array.from(nodes));
    for (let query = 0; query < 500; query++) {
      const x = next() * 1000, y = next() * 1000, reach = next() * 30;
      expect(nearestWithin(x, y, reach, nodes, positions)).toBe(tree.find(x, y, reach) ?? -1);
    }
  });

  it('answers alike before and after it switches to a tree, and sees new positions after invalidate()', () => {
    const { positions, radii, nodes, next } = scatter(2000, 11);
    const tester = new NodeHitTester();
    const queries = Array.from({ length: 40 }, () => [next() * 1000, next() * 1000] as const);
    // The first lookups scan, later ones use the tree: the answers are those of a scan throughout.
    const answers = queries.map(([x, y]) => tester.find(x, y, 3, nodes, positions, radii));
    const reach = Math.max(...radii) + 3;
    const expected = queries.map(([x, y]) => {
      const nearest = nearestWithin(x, y, reach, nodes, positions);
      return nearest >= 0 && Math.hypot(positions[nearest * 2]! - x, positions[nearest * 2 + 1]! - y) <= radii[nearest]! + 3 ? nearest : -1;
    });
    expect(answers).toEqual(expected);
    expect(answers.some((node) => node >= 0)).toBe(true);
    // A node moved under the pointer is found once the tester is told positions changed.
    positions[0] = 500; positions[1] = 500;
    tester.invalidate();
    expect(tester.find(500.5, 500.5, 0, nodes, positions, radii)).toBe(0);
  });
});
