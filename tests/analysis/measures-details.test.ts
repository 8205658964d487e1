import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../src/analysis/index.ts';
import { mulberry32 } from '../../src/analysis/random.ts';
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
    // Two triangles {a,b,c} and {d,e,f} joined by c-d, which weighs 100 (the others 1).
    // m = 106, 2m = 212; degrees a,b,e,f 2, c,d 102. Weighted modularity:
    //   {a,b,c},{d,e,f}: 2 × (3/106 − (106/212)²) ≈ −0.44
    //   {a,b},{c,d},{e,f}: 100/106 − (204/212)² + 2 × (1/106 − (4/212)²) ≈ 0.036 (the best)
    // Unweighted the two triangles would win (2 × (3/7 − (7/14)²) ≈ 0.36).
    const links: [string, string, number][] = [['a', 'b', 1], ['a', 'c', 1], ['b', 'c', 1], ['c', 'd', 100], ['d', 'e', 1], ['d', 'f', 1], ['e', 'f', 1]];
    const measures = computeMeasures(network(['a', 'b', 'c', 'd', 'e', 'f'], links));
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => measures.nodes[id]!.community)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(measures.modularity).toBeCloseTo(100 / 106 - (204 / 212) ** 2 + 2 * (1 / 106 - (4 / 212) ** 2), 10);
  });

  it('numbers a hundred linkless actors in id order whatever their insertion order', () => {
    // Enough communities for the engine's merge sort (not only its insertion sort) to run.
    const ids = Array.from({ length: 100 }, (_, i) => `n${String(i).padStart(3, '0')}`);
    const shuffled = ids.map((id, i) => ids[(i * 37) % 100]!);
    const measures = computeMeasures(network(shuffled, []));
    expect(ids.map((id) => measures.nodes[id]!.community)).toEqual(ids.map((_, i) => i));
  });

  it('adds up the weights of a pair listed twice, and refuses a link of an actor to itself', () => {
    const measures = computeMeasures(network(['a', 'b'], [['a', 'b', 2], ['b', 'a', 3]]));
    expect(measures.nodes.a).toMatchObject({ degree: 1, weightedDegree: 5 });
    expect(() => computeMeasures(network(['a'], [['a', 'a', 1]]))).toThrow();
  });
});

describe('mulberry32', () => {
  it('gives the reference sequence', () => {
    // First outputs of the published mulberry32 for seeds 0 and 1, from an independent
    // Python transcription of the algorithm (run once by hand, pasted here).
    const zero = mulberry32(0);
    expect([zero(), zero(), zero()]).toEqual([0.26642920868471265, 0.0003297457005828619, 0.2232720274478197]);
    const one = mulberry32(1);
    expect([one(), one(), one()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });
});
