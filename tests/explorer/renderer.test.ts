import { describe, expect, it } from 'vitest';
import { buildBasePlan, buildFocusPlan } from '../../src/explorer/canvas/draw-plan.ts';
import { MOVING_EDGE_BUDGET, NetworkRenderer, type Viewport } from '../../src/explorer/canvas/renderer.ts';
import { nodeRadii } from '../../src/explorer/canvas/scales.ts';
import { linkWidthScale } from '../../src/explorer/canvas/strokes.ts';
import { buildGraphModel, DEFAULT_FILTERS, selectHighlighted, selectionNodes, selectVisibility } from '../../src/explorer/store/index.ts';
import { generateGraph } from '../fixtures/graphs/generate.ts';
import { countingContext } from './helpers.ts';


describe('network renderer', () => {
  const model = buildGraphModel(generateGraph(1000, 6000, 7));
  const visibility = selectVisibility(model, DEFAULT_FILTERS, null);
  const radii = nodeRadii(model);
  // Everything inside a 2000×2000 view.
  const positions = Float32Array.from({ length: model.graph.nodes.length * 2 }, (_, i) => 100 + ((i * 7919) % 1800));
  const view: Viewport = { width: 2000, height: 2000, dpr: 1, x: 0, y: 0, k: 1 };

  it('draws fewer links while the picture moves, and up to its full budget once it is still', () => {
    const base = countingContext();
    const renderer = new NetworkRenderer(base.ctx, countingContext().ctx, model);
    const plan = buildBasePlan(model, visibility, 'sentences');
    renderer.drawBase(view, positions, radii, plan, true);
    const moving = base.calls.get('lineTo') ?? 0;
    base.calls.clear();
    renderer.drawBase(view, positions, radii, plan, false);
    const still = base.calls.get('lineTo') ?? 0;
    expect(moving).toBe(MOVING_EDGE_BUDGET);
    expect(still).toBe(5000);
  });

  it('strokes wide links one by one and hairlines in long paths (wide paths rasterise slowly)', () => {
    const small = buildGraphModel(generateGraph(200, 1000, 3));
    expect(small.graph.edges.length).toBeGreaterThanOrEqual(404);
    const smallPositions = Float32Array.from({ length: small.graph.nodes.length * 2 }, (_, i) => 100 + ((i * 7919) % 1800));
    // A hand-made plan, all inside the view: 401 hairlines (one path of 400, then one of 1:
    // 2 strokes), 3 links 2 px wide (one stroke each: 3), no node groups (no outlines).
    const edges = (from: number, to: number) => Uint32Array.from({ length: to - from }, (_, i) => from + i);
    const plan = {
      nodeGroups: [],
      edgeGroups: [
        { colour: '#888888', width: 1, hairline: true, essential: true, edges: edges(0, 401) },
        { colour: '#444444', width: 2, hairline: false, essential: true, edges: edges(401, 404) },
      ],
      edgeCount: 404,
      nodeCount: 0,
      labelOrder: new Uint32Array(0),
    };
    const base = countingContext();
    new NetworkRenderer(base.ctx, countingContext().ctx, small).drawBase(view, smallPositions, nodeRadii(small), plan, false);
    expect(base.calls.get('stroke')).toBe(2 + 3);
    expect(base.calls.get('lineTo')).toBe(404);
  });

  it('draws a selection on the focus layer only, all its links whatever the budget', () => {
    const base = countingContext();
    const focus = countingContext();
    const renderer = new NetworkRenderer(base.ctx, focus.ctx, model);
    const hub = model.nodesByMentions[0]!;
    const selection = { kind: 'node' as const, id: model.graph.nodes[hub]!.id };
    const plan = buildFocusPlan(model, visibility, selectHighlighted(model, selection), 'sentences', selection, selectionNodes(model, selection));
    renderer.drawFocus(view, positions, radii, plan, -1);
    expect(base.calls.size).toBe(0);
    expect(focus.calls.get('lineTo')).toBe(model.incidentEdges[hub]!.length);
    expect(focus.calls.get('clearRect')).toBe(1);
  });
});

describe('link widths on a small canvas', () => {
  it('scales widths by the square root of the canvas area over 600 px, never above 1', () => {
    // 300 × 300: √90,000 = 300, half of 600; 600 × 600: 1; a desktop's 680 × 830: capped at 1.
    expect(linkWidthScale(300, 300)).toBe(0.5);
    expect(linkWidthScale(600, 600)).toBe(1);
    expect(linkWidthScale(680, 830)).toBe(1);
    // A phone's network, 390 × 422: √164,580 = 405.7, so 0.676.
    expect(linkWidthScale(390, 422)).toBeCloseTo(0.676, 3);
  });
});
