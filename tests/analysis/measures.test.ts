import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../src/analysis/index.ts';
import { validateGraph } from '../../src/graph-format/index.ts';
import { buildGraph, starGraph } from '../fixtures/export/build-graph.ts';

const id = (label: string) => `state:${label.toLowerCase()}`;

describe('computeMeasures', () => {
  it('builds valid fixture graphs', () => {
    expect(validateGraph(starGraph('Hub', ['A', 'B', 'C'])).ok).toBe(true);
  });

  it('gives the centre of a star betweenness 1, the leaves 0, and the highest PageRank', () => {
    const measures = computeMeasures(starGraph('Hub', ['A', 'B', 'C', 'D']));
    const hub = measures.nodes[id('Hub')]!;
    expect(hub.betweenness).toBeCloseTo(1, 10);
    expect(hub.degree).toBe(4);
    for (const leaf of ['A', 'B', 'C', 'D']) {
      const node = measures.nodes[id(leaf)]!;
      expect(node.betweenness).toBe(0);
      expect(node.degree).toBe(1);
      expect(node.pagerank).toBeLessThan(hub.pagerank);
    }
    const total = Object.values(measures.nodes).reduce((sum, node) => sum + node.pagerank, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('gives the middle of a path a-b-c all the betweenness', () => {
    const measures = computeMeasures(buildGraph([{ label: 'A' }, { label: 'B' }, { label: 'C' }], [['A', 'B'], ['B', 'C']]));
    expect(measures.nodes[id('B')]!.betweenness).toBeCloseTo(1, 10);
    expect(measures.nodes[id('A')]!.betweenness).toBe(0);
    expect(measures.nodes[id('C')]!.betweenness).toBe(0);
  });

  it('sums link weights into the weighted degree and weights PageRank by them', () => {
    const graph = buildGraph([{ label: 'A' }, { label: 'B' }, { label: 'C' }, { label: 'D' }], [['A', 'B', 3], ['A', 'C', 1], ['C', 'D', 1], ['B', 'D', 1]]);
    const measures = computeMeasures(graph);
    expect(measures.nodes[id('A')]!.weightedDegree).toBe(4);
    expect(measures.nodes[id('B')]!.weightedDegree).toBe(4);
    expect(measures.nodes[id('C')]!.weightedDegree).toBe(2);
    expect(measures.nodes[id('D')]!.weightedDegree).toBe(2);
    expect(measures.nodes[id('A')]!.degree).toBe(2);
    // Same degree everywhere (a 4-cycle), so only the weights can make A outrank C.
    expect(measures.nodes[id('A')]!.pagerank).toBeGreaterThan(measures.nodes[id('C')]!.pagerank);
  });

  it('finds two communities in two cliques joined by one link, deterministically', () => {
    const left = ['L1', 'L2', 'L3', 'L4'];
    const right = ['R1', 'R2', 'R3', 'R4', 'R5'];
    const clique = (labels: string[]) => labels.flatMap((a, i) => labels.slice(i + 1).map((b): [string, string] => [a, b]));
    const graph = buildGraph([...left, ...right].map((label) => ({ label })), [...clique(left), ...clique(right), ['L1', 'R1']]);
    const measures = computeMeasures(graph);
    expect(measures.communityCount).toBe(2);
    expect(measures.communitySizes).toEqual([5, 4]);
    // Numbered from the largest community down.
    for (const label of right) expect(measures.nodes[id(label)]!.community).toBe(0);
    for (const label of left) expect(measures.nodes[id(label)]!.community).toBe(1);
    expect(measures.modularity).toBeGreaterThan(0.3);
    expect(computeMeasures(graph)).toEqual(measures);
    expect(JSON.parse(JSON.stringify(measures))).toEqual(measures);
  });

  it('handles graphs without links and without nodes', () => {
    const lonely = computeMeasures(buildGraph([{ label: 'A' }, { label: 'B' }], []));
    expect(lonely.communityCount).toBe(2);
    expect(lonely.nodes[id('A')]).toEqual({ degree: 0, weightedDegree: 0, pagerank: 0.5, betweenness: 0, community: 0 });
    expect(lonely.modularity).toBe(0);
    const empty = computeMeasures(buildGraph([], []));
    expect(empty).toEqual({ nodes: {}, modularity: 0, communityCount: 0, communitySizes: [] });
  });

  it('keeps isolated actors in their own community next to linked ones', () => {
    const measures = computeMeasures(buildGraph([{ label: 'A' }, { label: 'B' }, { label: 'Z' }], [['A', 'B']]));
    expect(measures.communityCount).toBe(2);
    expect(measures.nodes[id('Z')]!.community).toBe(1);
    expect(measures.nodes[id('Z')]!.degree).toBe(0);
  });
});
