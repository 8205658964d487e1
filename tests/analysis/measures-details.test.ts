import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../src/analysis/index.ts';
import type { NetworkInput } from '../../src/analysis/types.ts';

/** A bare network (the measures read only ids and weighted links); nodes in the given order. */
function network(ids: string[], links: [string, string, number][]): NetworkInput {
  return {
    nodes: ids.map((id) => ({ id })),
    edges: links.map(([source, target, weight]) => ({ id: `${source}|${target}`, source, target, weight })),
  };
}

// Expected values below are worked by hand (comments give the arithmetic), not read from the code.
describe('computeMeasures, details', () => {
  it('counts betweenness in hops, not in weights read as distances', () => {
    // Square a-b-c-d-a. In hops every opposite pair has two shortest paths, so each corner
    // carries half of one pair: raw 0.5, normalised by 2/((n-1)(n-2)) = 1/3 → 1/6 each.
    // (Weights read as distances would route a→c through d alone: d 1/3, b 0.)
    const square = network(['a', 'b', 'c', 'd'], [['a', 'b', 5], ['b', 'c', 5], ['a', 'd', 1], ['c', 'd', 1]]);
    const measures = computeMeasures(square);
    for (const id of ['a', 'b', 'c', 'd']) expect(measures.nodes[id]!.betweenness).toBeCloseTo(1 / 6, 10);
  });

  it('reports betweenness 0 everywhere when asked to skip it', () => {
    const path = network(['a', 'b', 'c'], [['a', 'b', 1], ['b', 'c', 1]]);
    const measures = computeMeasures(path, { betweenness: false });
    expect(measures.nodes.b!.betweenness).toBe(0);
    expect(measures.nodes.b!.degree).toBe(2);
    expect(computeMeasures(path, { betweenness: true }).nodes.b!.betweenness).toBeCloseTo(1, 10);
  });

  it('gives linkless actors equal PageRank and one community each, numbered by id', () => {
    // Inserted c, a, b: numbering follows the ids (a, b, c), not the insertion order.
    const measures = computeMeasures(network(['c', 'a', 'b'], []));
    expect(measures.nodes).toEqual({
      a: { degree: 0, weightedDegree: 0, pagerank: 1 / 3, betweenness: 0, community: 0 },
      b: { degree: 0, weightedDegree: 0, pagerank: 1 / 3, betweenness: 0, community: 1 },
      c: { degree: 0, weightedDegree: 0, pagerank: 1 / 3, betweenness: 0, community: 2 },
    });
    expect(measures.communitySizes).toEqual([1, 1, 1]);
    expect(measures.modularity).toBe(0);
  });

  it('breaks ties between equal communities by their smallest member id', () => {
    // {z, a} and {m, n}, both of size 2; inserted z, m, n, a. The community holding "a"
    // comes first although its first-inserted member "z" sorts last.
    const measures = computeMeasures(network(['z', 'm', 'n', 'a'], [['z', 'a', 3], ['m', 'n', 1]]));
    expect(Object.fromEntries(Object.entries(measures.nodes).map(([id, node]) => [id, node.community])))
      .toEqual({ a: 0, z: 0, m: 1, n: 1 });
    expect(measures.communitySizes).toEqual([2, 2]);
    // Weighted modularity, m = 4: {a,z}: 3/4 − (6/8)² = 0.1875; {m,n}: 1/4 − (2/8)² = 0.1875.
    // (Unweighted it would be 2 × (1/2 − (2/4)²) = 0.5.)
    expect(measures.modularity).toBeCloseTo(0.375, 10);
  });

  it('orders three equal communities by their smallest ids', () => {
    const measures = computeMeasures(network(['y', 'x', 'q', 'p', 'k', 'j'], [['y', 'x', 1], ['q', 'p', 1], ['k', 'j', 1]]));
    const community = (id: string) => measures.nodes[id]!.community;
    expect([community('j'), community('k'), community('p'), community('q'), community('x'), community('y')])
      .toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('lets heavy links decide the communities', () => {
    // 4-cycle with two heavy opposite links a-b and c-d (10) and two light ones (1).
    // Weighted, {a,b},{c,d} has modularity 2 × (10/22 − (22/44)²) ≈ 0.41; unweighted every
    // pairing of the cycle scores 0, so only the weights single out this partition.
    const measures = computeMeasures(network(['a', 'b', 'c', 'd'], [['a', 'b', 10], ['b', 'c', 1], ['c', 'd', 10], ['a', 'd', 1]]));
    expect([measures.nodes.a!.community, measures.nodes.b!.community, measures.nodes.c!.community, measures.nodes.d!.community])
      .toEqual([0, 0, 1, 1]);
    expect(measures.modularity).toBeCloseTo(2 * (10 / 22 - 0.25), 10);
  });
});
