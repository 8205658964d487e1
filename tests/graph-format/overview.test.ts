import { describe, expect, it } from 'vitest';
import { backboneLinks, disparityPValuesOf, graphOverview, overviewSelection } from '../../src/graph-format/overview.ts';
import { decodeGraphFile, encodeGraph, type Graph } from '../../src/graph-format/index.ts';
import { generateGraph } from '../fixtures/graphs/generate.ts';

/*
 * A hand-worked star with a tail: node 0 has links of weight 8, 1, 1 (to 1, 2, 3); node 3 also
 * links to 4 with weight 1. Strengths: s0 = 10 (k = 3), s1 = 8 (k = 1), s2 = 1 (k = 1),
 * s3 = 2 (k = 2), s4 = 1 (k = 1).
 * p-values (the smaller end's): edge 0 (0–1, w 8): at 0, (1 − 8/10)^2 = 0.04; at 1 (one link) 1 → 0.04.
 * edge 1 (0–2, w 1): at 0, 0.9^2 = 0.81 → 0.81. edge 2 (0–3, w 1): at 0, 0.81; at 3, (1 − 1/2)^1 = 0.5 → 0.5.
 * edge 3 (3–4, w 1): at 3, 0.5 → 0.5.
 */
const source = [0, 0, 0, 3];
const target = [1, 2, 3, 4];
const weight = [8, 1, 1, 1];

describe('the overview (disparity backbone)', () => {
  it('gives the hand-worked p-values', () => {
    const p = disparityPValuesOf(5, source, target, weight);
    expect(Array.from(p).map((value) => Number(value.toFixed(4)))).toEqual([0.04, 0.81, 0.5, 0.5]);
  });

  it('keeps significant links and each shown actor’s strongest link', () => {
    const p = disparityPValuesOf(5, source, target, weight);
    const shown = Uint8Array.from([1, 1, 1, 1, 0]);
    const kept = backboneLinks({ nodeCount: 5, source, target, weight, pValues: p, candidates: [0, 1, 2, 3], shown, alpha: 0.05 });
    // Edge 0 is significant; 2's strongest (and only) link is edge 1; 3's strongest among shown is edge 2; edge 3 leaves the shown set.
    expect(Array.from(kept)).toEqual([1, 1, 1, 0]);
  });

  it('selects the most mentioned actors (ties in graph order) and their backbone', () => {
    // Mentions: node 4 most, then 0, then 1 and 3 tied (1 first).
    const { actors, links } = overviewSelection([5, 3, 1, 3, 9], source, target, weight, 3);
    expect(Array.from(actors)).toEqual([4, 0, 1]);
    expect(Array.from(links)).toEqual([0]);
  });
});

describe('the overview stored in the graph file', () => {
  const layOut = (actors: { mentionCount: number }[]) => Float32Array.from(actors.flatMap((_, index) => [index * 10.04, -index]));

  it('is written at the head of a big graph’s file and dropped on decoding', () => {
    const graph = generateGraph(400, 1200, 3) as Graph;
    const overview = graphOverview(graph, layOut);
    expect(overview).not.toBeNull();
    expect(overview!.nodes).toHaveLength(300);
    expect(overview!.actors).toBe(400);
    expect(overview!.links).toBe(graph.edges.length);
    // Most mentioned first; positions rounded to a tenth.
    expect(overview!.nodes[0]![3]).toBe(Math.max(...graph.nodes.map((node) => node.mentionCount)));
    expect(overview!.nodes[1]!.slice(4)).toEqual([10, -1]);
    const text = JSON.stringify(encodeGraph(graph, overview));
    expect(text.indexOf('"overview":')).toBeLessThan(text.indexOf('"documents":'));
    const decoded = decodeGraphFile(JSON.parse(text));
    expect(decoded.ok && 'overview' in (decoded.graph as object)).toBe(false);
    expect(decoded.ok && decoded.graph).toEqual(graph);
  });

  it('is not made for a graph the explorer shows whole', () => {
    expect(graphOverview(generateGraph(300, 900, 3) as Graph, layOut)).toBeNull();
  });
});
