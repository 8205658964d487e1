import { describe, expect, it } from 'vitest';
import { buildBasePlan, buildFocusPlan, HAIRLINE_EDGE_COUNT } from '../../src/explorer/canvas/draw-plan.ts';
import { buildGraphModel, DEFAULT_FILTERS, selectHighlighted, selectionNodes, selectVisibility, type Selection } from '../../src/explorer/store/index.ts';
import { generateGraph } from '../fixtures/graphs/generate.ts';
import { smallGraph } from './helpers.ts';

type Model = ReturnType<typeof buildGraphModel>;

function base(model: Model, selection: Selection = null) {
  return buildBasePlan(model, selectVisibility(model, DEFAULT_FILTERS, selection), DEFAULT_FILTERS.weightMode);
}
function focus(model: Model, selection: Selection, filters = DEFAULT_FILTERS) {
  const visibility = selectVisibility(model, filters, selection);
  return buildFocusPlan(model, visibility, selectHighlighted(model, selection), filters.weightMode, selection, selectionNodes(model, selection));
}
const flat = (groups: { nodes?: Uint32Array; edges?: Uint32Array }[]) => groups.flatMap((group) => Array.from(group.nodes ?? group.edges ?? [])).sort((a, b) => a - b);

describe('draw plans', () => {
  const model = buildGraphModel(smallGraph());
  const xi = { kind: 'node' as const, id: 'person:xi-jinping' };

  it('base: draws every visible node and link exactly once', () => {
    const drawn = base(model);
    expect(flat(drawn.nodeGroups)).toEqual(Array.from(model.graph.nodes.keys()));
    expect(flat(drawn.edgeGroups)).toEqual(Array.from(model.graph.edges.keys()));
  });

  it('base: groups nodes by colour and puts the strongest links in the widest group first', () => {
    const drawn = base(model);
    for (const group of drawn.nodeGroups) {
      expect(new Set(Array.from(group.nodes, (node) => model.graph.nodes[node]!.type)).size).toBe(1);
    }
    const widths = drawn.edgeGroups.map((group) => group.width);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(drawn.edgeGroups.every((group) => !group.hairline)).toBe(true);
  });

  it('base: does not depend on the selection, so selecting an actor leaves it as it is', () => {
    expect(base(model, xi)).toEqual(base(model, null));
  });

  it('focus: labels the selection first, then its neighbours, and draws exactly its links, all essential', () => {
    const drawn = focus(model, xi);
    expect(drawn.active).toBe(true);
    expect(model.graph.nodes[drawn.labelOrder[0]!]!.id).toBe('person:xi-jinping');
    const incident = model.graph.edges.filter((edge) => edge.source === xi.id || edge.target === xi.id);
    expect(drawn.labelOrder.length).toBe(1 + incident.length);
    expect(drawn.edgeGroups.every((group) => group.essential)).toBe(true);
    expect(flat(drawn.edgeGroups).map((edge) => model.graph.edges[edge]!.id).sort()).toEqual(incident.map((edge) => edge.id).sort());
    expect(flat(drawn.nodeGroups)).toEqual(Array.from(drawn.labelOrder).sort((a, b) => a - b));
  });

  it('focus: neighbours are labelled most mentioned first', () => {
    const drawn = focus(model, xi);
    const mentions = Array.from(drawn.labelOrder.subarray(1), (node) => model.graph.nodes[node]!.mentionCount);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
  });

  it('focus: a selected link is drawn in its own colour and both ends are selected', () => {
    const edge = model.graph.edges[0]!;
    const drawn = focus(model, { kind: 'edge', id: edge.id });
    expect(drawn.selected.map((node) => model.graph.nodes[node]!.id).sort()).toEqual([edge.source, edge.target].sort());
    expect(drawn.edgeGroups).toHaveLength(1);
    expect(Array.from(drawn.edgeGroups[0]!.edges)).toEqual([0]);
  });

  it('focus: empty and inactive without a selection; costs O(degree), not O(links)', () => {
    const none = focus(model, null);
    expect(none.active).toBe(false);
    expect(none.nodeGroups).toEqual([]);
    expect(none.edgeGroups).toEqual([]);
    const big = buildGraphModel(generateGraph(2000, 10_000, 5));
    const leaf = big.nodesByMentions[big.nodesByMentions.length - 1]!;
    const drawn = focus(big, { kind: 'node', id: big.graph.nodes[leaf]!.id });
    expect(flat(drawn.edgeGroups).length).toBe(big.incidentEdges[leaf]!.length);
  });

  it('focus: leaves out neighbours the filters hide', () => {
    const filters = { ...DEFAULT_FILTERS, types: DEFAULT_FILTERS.types.filter((type) => type !== 'state') };
    const drawn = focus(model, xi, filters);
    expect(Array.from(drawn.labelOrder, (node) => model.graph.nodes[node]!.type).filter((type) => type === 'state')).toEqual([]);
  });

  it('switches dense graphs to hairlines', () => {
    const dense = buildGraphModel(generateGraph(800, HAIRLINE_EDGE_COUNT + 500, 3));
    expect(base(dense).edgeGroups.every((group) => group.hairline)).toBe(true);
  });
});
