import { describe, expect, it } from 'vitest';
import { bucketOf, bucketThresholds, buildBasePlan, buildFocusPlan, HAIRLINE_EDGE_COUNT } from '../../src/explorer/canvas/draw-plan.ts';
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

  it('focus: neighbours are labelled by their strongest link to the selection, not by mentions', () => {
    // China's six neighbours by mentions: Kazakhstan 6, Russia 5, Uzbekistan 5, Kyrgyzstan 4, SCO 3, Tokayev 2.
    // Weights set by hand so that the least mentioned are China's strongest partners.
    const graph = smallGraph();
    const weights: Record<string, number> = { 'person:kassym-jomart-tokayev|state:china': 9, 'organisation:shanghai-cooperation-organisation|state:china': 5 };
    for (const edge of graph.edges) edge.weight = weights[edge.id] ?? edge.weight;
    const weighted = buildGraphModel(graph);
    const drawn = focus(weighted, { kind: 'node', id: 'state:china' });
    // Kazakhstan 3; Kyrgyzstan and Uzbekistan 2 (equal: graph order); Russia 1.
    expect(Array.from(drawn.labelOrder, (node) => weighted.graph.nodes[node]!.id)).toEqual([
      'state:china', 'person:kassym-jomart-tokayev', 'organisation:shanghai-cooperation-organisation', 'state:kazakhstan', 'state:kyrgyzstan', 'state:uzbekistan', 'state:russia',
    ]);
  });

  it('buckets links by rank: the top 4 % widest, then to 16 %, to 45 %, the rest thinnest', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    // Ranks 4, 16 and 45 (1-based) hold 97, 85 and 56.
    expect(bucketThresholds(hundred)).toEqual([56, 85, 97]);
    expect([97, 96, 85, 84, 56, 55, 1].map((value) => bucketOf(value, bucketThresholds(hundred)))).toEqual([3, 2, 2, 1, 1, 0, 0]);
    // Links of one weight are all thin; with most at the least weight, any heavier one is wider.
    expect(bucketThresholds([1, 1, 1])).toEqual([Infinity, Infinity, Infinity]);
    expect(bucketThresholds([4, 2, 1, 1, 1, 1, 1, 1, 1, 1])).toEqual([2, 2, 4]);
    expect(bucketThresholds([])).toEqual([Infinity, Infinity, Infinity]);
  });

  it('base: a strong link is wider and darker than a weak one', () => {
    // The small graph's 25 links: one of 4 sentences, one of 3, five of 2, eighteen of 1. Thresholds
    // (bucketThresholds): rank 11 holds 1, the weakest, so bucket 1 starts at 2, the least above it;
    // rank 4 holds 2 (bucket 2 from 2), rank 1 holds 4 (bucket 3 from 4). Weight 3 and 2: bucket 2.
    const drawn = base(model);
    const groupOf = (weight: number) => drawn.edgeGroups.find((group) => Array.from(group.edges).some((edge) => model.graph.edges[edge]!.weight === weight))!;
    expect([groupOf(4).width, groupOf(4).colour]).toEqual([3.2, 'rgba(84, 96, 112, 0.5)']);
    expect([groupOf(2).width, groupOf(2).colour]).toEqual([1.8, 'rgba(84, 96, 112, 0.3)']);
    expect([groupOf(1).width, groupOf(1).colour]).toEqual([0.6, 'rgba(84, 96, 112, 0.08)']);
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
