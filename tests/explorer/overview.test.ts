import { describe, expect, it } from 'vitest';
import { disparityPValues, selectOverview, selectOverviewBase } from '../../src/explorer/store/overview.ts';
import type { GraphModel } from '../../src/explorer/store/types.ts';
import type { Visibility } from '../../src/explorer/store/visibility.ts';

/**
 * A hand-worked graph: A links to B (8 sentences), C (1) and D (1); B links to C (1).
 * Mentions make the order A, B, C, D. Degrees A 3, B 2, C 2, D 1; strengths A 10, B 9, C 2, D 1.
 * Disparity p-values, p = (1 − w/s)^(k−1) at each end, the smaller kept:
 *   A–B: A (1 − 8/10)² = 0.04, B (1 − 8/9)¹ = 0.111 → 0.04
 *   A–C: A (0.9)² = 0.81, C (1 − 1/2)¹ = 0.5 → 0.5
 *   A–D: A 0.81, D has one link (says nothing: 1) → 0.81
 *   B–C: B (1 − 1/9)¹ = 0.889, C 0.5 → 0.5
 */
function model(): GraphModel {
  const ids = ['a', 'b', 'c', 'd'];
  const pairs = [[0, 1, 8], [0, 2, 1], [0, 3, 1], [1, 2, 1]] as const;
  return {
    graph: { nodes: ids.map((id, index) => ({ id, label: id.toUpperCase(), mentionCount: 40 - index * 10 })), edges: pairs.map(([s, t, weight], index) => ({ id: `e${index}`, source: ids[s], target: ids[t], weight })) },
    nodeIndex: new Map(ids.map((id, index) => [id, index])),
    edgeSource: Uint32Array.from(pairs.map(([s]) => s)),
    edgeTarget: Uint32Array.from(pairs.map(([, t]) => t)),
    degree: Uint32Array.of(3, 2, 2, 1),
    incidentEdges: [Uint32Array.of(0, 1, 2), Uint32Array.of(0, 3), Uint32Array.of(1, 3), Uint32Array.of(2)],
    mentionRank: Uint32Array.of(0, 1, 2, 3),
  } as unknown as GraphModel;
}

function everything(): Visibility {
  return {
    nodeVisible: Uint8Array.of(1, 1, 1, 1), nodeFaded: new Uint8Array(4), edgeVisible: Uint8Array.of(1, 1, 1, 1),
    visibleNodes: Uint32Array.of(0, 1, 2, 3), visibleEdges: Uint32Array.of(0, 1, 2, 3), visibleDegree: Uint32Array.of(3, 2, 2, 1),
  };
}

describe('overview of a big graph', () => {
  it('scores each link with the disparity filter at its more significant end', () => {
    expect(Array.from(disparityPValues(model()), (p) => Number(p.toFixed(3)))).toEqual([0.04, 0.5, 0.81, 0.5]);
  });

  it('keeps the most mentioned actors and their significant links, and every shown actor its strongest link', () => {
    const m = model();
    const full = everything();
    const two = selectOverview(m, full, 2, null, 0);
    expect(Array.from(two.visibleNodes)).toEqual([0, 1]);
    expect(Array.from(two.visibleEdges)).toEqual([0]);
    // C's links are not significant (p 0.5); its strongest shown one (A–C, the first of two equal) keeps it attached.
    const three = selectOverview(m, full, 3, null, 0);
    expect(Array.from(three.visibleNodes)).toEqual([0, 1, 2]);
    expect(Array.from(three.visibleEdges)).toEqual([0, 1]);
    expect(Array.from(three.visibleDegree)).toEqual([2, 1, 1, 0]);
  });

  it('keeps a selected actor outside the overview on screen with its links to the shown actors', () => {
    const shown = selectOverview(model(), everything(), 2, { kind: 'node', id: 'd' }, 0);
    expect(Array.from(shown.visibleNodes)).toEqual([0, 1, 3]);
    expect(Array.from(shown.visibleEdges)).toEqual([0, 2]);
  });

  it('shows a selected actor of the overview with all its links to the shown actors', () => {
    const m = model();
    const full = everything();
    const unselected = selectOverview(m, full, 3, null, 0);
    const shown = selectOverview(m, full, 3, { kind: 'node', id: 'c' }, 0);
    // Without the selection: A–B and A–C (C's strongest). Selected, C also keeps B–C.
    expect(Array.from(shown.visibleNodes)).toEqual([0, 1, 2]);
    expect(Array.from(shown.visibleEdges)).toEqual([0, 1, 3]);
    expect(Array.from(shown.visibleDegree)).toEqual([2, 2, 2, 0]);
    expect(Array.from(unselected.visibleEdges)).toEqual([0, 1]);
    // A (selected) adds A–D? No: D is not shown. Its shown links are kept already.
    expect(Array.from(selectOverview(m, full, 3, { kind: 'node', id: 'a' }, 0).visibleEdges)).toEqual([0, 1]);
  });

  it('leaves the layout’s and base layer’s part alone when the selection is shown already, not when it joins', () => {
    const m = model();
    const full = everything();
    const unselected = selectOverview(m, full, 3, null, 0);
    expect(selectOverviewBase(m, full, 3, { kind: 'node', id: 'c' }, 0)).toBe(unselected);
    expect(selectOverviewBase(m, full, 3, { kind: 'node', id: 'b' }, 0)).toBe(unselected);
    const outsider = { kind: 'node', id: 'd' } as const;
    const joined = selectOverviewBase(m, full, 3, outsider, 0);
    expect(Array.from(joined.visibleNodes)).toEqual([0, 1, 2, 3]);
    expect(joined).toBe(selectOverview(m, full, 3, outsider, 0));
  });

  it('shows everything when it fits, when all is asked for (0), and while Focus is on', () => {
    const full = everything();
    expect(selectOverview(model(), full, 4, null, 0)).toBe(full);
    expect(selectOverview(model(), full, 0, null, 0)).toBe(full);
    expect(selectOverview(model(), full, 2, { kind: 'node', id: 'a' }, 1)).toBe(full);
  });
});
