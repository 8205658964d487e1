/**
 * The overview's backbone rules one at a time (strict significance, first of equally strong
 * links, pinned actors, candidates) and the stored overview of a small hand-made graph,
 * worked out by hand (arithmetic in comments).
 */
import { describe, expect, it } from 'vitest';
import { backboneLinks, graphOverview } from '../../src/graph-format/overview.ts';
import type { Graph } from '../../src/graph-format/types.ts';

/*
 * Four actors, all shown: e0 0–1 w1, e1 0–2 w1, e2 1–3 w5, e3 2–3 w5.
 * Strongest link: 0 → e0 (the first of two of weight 1), 1 → e2 (5 > 1), 2 → e3, 3 → e2 (first of two of weight 5).
 */
const source = [0, 0, 1, 2];
const target = [1, 2, 3, 3];
const weight = [1, 1, 5, 5];
const base = { nodeCount: 4, source, target, weight, candidates: [0, 1, 2, 3], shown: Uint8Array.from([1, 1, 1, 1]) };

describe('backboneLinks', () => {
  it('keeps each actor\'s first strongest link and no link whose p-value only equals alpha', () => {
    const kept = backboneLinks({ ...base, pValues: Float32Array.from([0.5, 0.5, 0.5, 0.5]), alpha: 0.5 });
    expect(Array.from(kept)).toEqual([1, 0, 1, 1]);
  });

  it('keeps the first of equally strong links at the target end too', () => {
    /*
     * e0 0–3 w1, e1 1–3 w1, e2 4–2 w2, e3 1–2 w5, e4 4–0 w3. Strongest: 0 → e4 (3 > 1),
     * 1 → e3, 2 → e3 (5 > 2), 3 → e0 (the first of two of weight 1, both ending at 3), 4 → e4.
     */
    const kept = backboneLinks({
      nodeCount: 5, source: [0, 1, 4, 1, 4], target: [3, 3, 2, 2, 0], weight: [1, 1, 2, 5, 3],
      candidates: [0, 1, 2, 3, 4], shown: Uint8Array.from([1, 1, 1, 1, 1]), pValues: Float32Array.from([1, 1, 1, 1, 1]), alpha: 0.5,
    });
    expect(Array.from(kept)).toEqual([1, 0, 0, 1, 1]);
  });

  it('keeps a link below alpha, and every link of a pinned actor', () => {
    expect(Array.from(backboneLinks({ ...base, pValues: Float32Array.from([0.5, 0.25, 0.5, 0.5]), alpha: 0.5 }))).toEqual([1, 1, 1, 1]);
    const pinnedSource = Uint8Array.from([1, 0, 0, 0]);
    expect(Array.from(backboneLinks({ ...base, pValues: Float32Array.from([1, 1, 1, 1]), alpha: 0.5, pinned: pinnedSource }))).toEqual([1, 1, 1, 1]);
    // pinned at the target end: actor 2's links e1 (target 2) and e3 (source 2)
    const pinnedTarget = Uint8Array.from([0, 0, 1, 0]);
    expect(Array.from(backboneLinks({ ...base, pValues: Float32Array.from([1, 1, 1, 1]), alpha: 0.5, pinned: pinnedTarget }))).toEqual([1, 1, 1, 1]);
  });

  it('looks only at candidate links between shown actors', () => {
    // without e0, actor 0's strongest is e1, actor 1's is e2
    expect(Array.from(backboneLinks({ ...base, candidates: [1, 2, 3], pValues: Float32Array.from([0, 1, 1, 1]), alpha: 0.5 }))).toEqual([0, 1, 1, 1]);
    // actor 3 hidden: e2 and e3 are out; 1's strongest is e0, 2's is e1
    const shown = Uint8Array.from([1, 1, 1, 0]);
    expect(Array.from(backboneLinks({ ...base, shown, pValues: Float32Array.from([1, 1, 0, 0]), alpha: 0.5 }))).toEqual([1, 1, 0, 0]);
    // actor 0 hidden: e0 and e1 are out even though significant
    const noZero = Uint8Array.from([0, 1, 1, 1]);
    expect(Array.from(backboneLinks({ ...base, shown: noZero, pValues: Float32Array.from([0, 0, 1, 1]), alpha: 0.5 }))).toEqual([0, 0, 1, 1]);
  });
});

describe('graphOverview of a small graph', () => {
  /*
   * Five actors with mentions 5, 3, 1, 3, 9; links e0 0–1 w8, e1 0–2 w1, e2 0–3 w1, e3 3–4 w1.
   * Limit 3: actors 4 (9), 0 (5), 1 (3; ties with 3, graph order) → slots 4→0, 0→1, 1→2.
   * Among them only e0 (0–1) exists: it is 0's and 1's strongest, so it is kept; 4's only
   * link goes to hidden 3. maxWeight 8; e0's layout weight √(8/8) = 1; pairs [1, 2].
   */
  const mentions = [5, 3, 1, 3, 9];
  const ids = ['state:a', 'state:b', 'state:c', 'state:d', 'state:e'];
  const graph = {
    nodes: mentions.map((mentionCount, index) => ({ id: ids[index]!, label: ids[index]!.slice(6).toUpperCase(), type: 'state', mentionCount })),
    edges: [[0, 1, 8], [0, 2, 1], [0, 3, 1], [3, 4, 1]].map(([s, t, w]) => ({ source: ids[s!]!, target: ids[t!]!, weight: w! })),
  } as unknown as Graph;

  it('lays out the most mentioned actors with their backbone and stores it rounded to a tenth', () => {
    const calls: unknown[][] = [];
    const layOut = (...args: unknown[]) => {
      calls.push(args);
      return Float32Array.from([0.04, 1.26, -2.34, 3, 7.71, -0.08]);
    };
    expect(graphOverview(graph, layOut, 3)).toStrictEqual({
      actors: 5, links: 4, maxWeight: 8,
      nodes: [['state:e', 'E', 'state', 9, 0, 1.3], ['state:a', 'A', 'state', 5, -2.3, 3], ['state:b', 'B', 'state', 3, 7.7, -0.1]],
      edges: [1, 2, 8],
    });
    expect(calls).toHaveLength(1);
    const [actors, pairs, linkWeights, total, maxMentions] = calls[0]!;
    expect((actors as { id: string }[]).map((actor) => actor.id)).toEqual(['state:e', 'state:a', 'state:b']);
    expect(Array.from(pairs as Uint32Array)).toEqual([1, 2]);
    expect(Array.from(linkWeights as Float32Array)).toEqual([1]);
    expect([total, maxMentions]).toEqual([5, 9]);
  });

  it('is null up to the limit and made one actor past it', () => {
    const layOut = (actors: unknown[]) => new Float32Array(actors.length * 2);
    expect(graphOverview(graph, layOut, 5)).toBeNull();
    /*
     * Limit 4: actors 4, 0, 1, 3 (slots 0–3). p-values as in overview.test.ts (same star):
     * e0 0.04 < 0.05 is kept; 3's links e2 and e3 weigh 1 each: e2 is its first strongest and
     * e3 is 4's only one. e1 goes to hidden 2. Pairs: e0 [1, 2], e2 [1, 3], e3 [3, 0].
     */
    const calls: Float32Array[] = [];
    const recorded = (actors: unknown[], _pairs: Uint32Array, linkWeights: Float32Array) => {
      calls.push(linkWeights);
      return new Float32Array(actors.length * 2);
    };
    expect(graphOverview(graph, recorded, 4)).toStrictEqual({
      actors: 5, links: 4, maxWeight: 8,
      nodes: [['state:e', 'E', 'state', 9, 0, 0], ['state:a', 'A', 'state', 5, 0, 0], ['state:b', 'B', 'state', 3, 0, 0], ['state:d', 'D', 'state', 3, 0, 0]],
      edges: [1, 2, 8, 1, 3, 1, 3, 0, 1],
    });
    // √(8/8) = 1, √(1/8) ≈ 0.3536 for the other two
    expect(Array.from(calls[0]!)).toEqual([1, Math.fround(Math.sqrt(1 / 8)), Math.fround(Math.sqrt(1 / 8))]);
  });
});
