import { describe, expect, it } from 'vitest';
import { buildBasePlan, buildFocusPlan } from '../../src/explorer/canvas/drawPlan.ts';
import { MOVING_EDGE_BUDGET, NetworkRenderer, type Viewport } from '../../src/explorer/canvas/renderer.ts';
import { nodeRadii } from '../../src/explorer/canvas/scales.ts';
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
    const plan = buildBasePlan(small, selectVisibility(small, DEFAULT_FILTERS, null), 'sentences');
    expect(plan.edgeGroups.some((group) => !group.hairline && group.width > 1)).toBe(true);
    const base = countingContext();
    const smallPositions = Float32Array.from({ length: small.graph.nodes.length * 2 }, (_, i) => 100 + ((i * 7919) % 1800));
    new NetworkRenderer(base.ctx, countingContext().ctx, small).drawBase(view, smallPositions, nodeRadii(small), plan, false);
    const expected = plan.edgeGroups.reduce((sum, group) => sum + (group.width > 1 ? group.edges.length : Math.ceil(group.edges.length / 400)), 0);
    // Node groups stroke their outlines too (small graphs have outlines): count only the link strokes.
    const nodeStrokes = plan.nodeGroups.reduce((sum, group) => sum + Math.ceil(group.nodes.length / 100), 0);
    expect(base.calls.get('stroke')).toBe(expected + nodeStrokes);
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
