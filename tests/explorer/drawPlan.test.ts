import { describe, expect, it } from 'vitest';
import { buildDrawPlan, HAIRLINE_EDGE_COUNT } from '../../src/explorer/canvas/drawPlan.ts';
import { buildGraphModel, DEFAULT_FILTERS, selectHighlighted, selectionNodes, selectVisibility, type Selection } from '../../src/explorer/store/index.ts';
import { generateGraph } from '../fixtures/graphs/generate.ts';
import { smallGraph } from './helpers.ts';

function plan(model: ReturnType<typeof buildGraphModel>, selection: Selection) {
  const visibility = selectVisibility(model, DEFAULT_FILTERS, selection);
  return buildDrawPlan(model, visibility, selectHighlighted(model, selection), DEFAULT_FILTERS, selection, selectionNodes(model, selection));
}

describe('draw plan', () => {
  const model = buildGraphModel(smallGraph());

  it('draws every visible node and link exactly once', () => {
    const drawn = plan(model, null);
    const nodes = drawn.nodeGroups.flatMap((group) => Array.from(group.nodes)).sort((a, b) => a - b);
    expect(nodes).toEqual(Array.from(model.graph.nodes.keys()));
    const edges = drawn.edgeGroups.flatMap((group) => Array.from(group.edges)).sort((a, b) => a - b);
    expect(edges).toEqual(Array.from(model.graph.edges.keys()));
  });

  it('groups nodes by colour and puts the strongest links in the widest group first', () => {
    const drawn = plan(model, null);
    for (const group of drawn.nodeGroups) {
      expect(new Set(Array.from(group.nodes, (node) => model.graph.nodes[node]!.type)).size).toBe(1);
    }
    const widths = drawn.edgeGroups.map((group) => group.width);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(drawn.edgeGroups.every((group) => !group.hairline)).toBe(true);
  });

  it('labels the selection first, then its neighbours, and marks its links essential', () => {
    const selection = { kind: 'node' as const, id: 'person:xi-jinping' };
    const drawn = plan(model, selection);
    expect(model.graph.nodes[drawn.labelOrder[0]!]!.id).toBe('person:xi-jinping');
    expect(drawn.priorityLabels).toBe(3);
    const essential = drawn.edgeGroups.filter((group) => group.essential).flatMap((group) => Array.from(group.edges));
    expect(essential.map((edge) => model.graph.edges[edge]!.id).sort()).toEqual(
      model.graph.edges.filter((edge) => edge.source === 'person:xi-jinping' || edge.target === 'person:xi-jinping').map((edge) => edge.id).sort());
  });

  it('switches dense graphs to hairlines', () => {
    const dense = buildGraphModel(generateGraph(800, HAIRLINE_EDGE_COUNT + 500, 3));
    const drawn = plan(dense, null);
    expect(drawn.edgeGroups.every((group) => group.hairline)).toBe(true);
  });
});
