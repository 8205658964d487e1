/**
 * What to draw, grouped so that the per-frame loop does one fill or stroke per group
 * (batched by colour) and allocates nothing. The network is drawn on two stacked canvases:
 *
 * - the base plan: every visible link and actor and the general labels. It depends on the
 *   visible set, the weight mode and the colours, never on the selection, so selecting or
 *   hovering an actor does not redraw (or re-rasterise) it;
 * - the focus plan: the selection, its neighbours and its links, drawn at full strength on a
 *   transparent canvas above the base, which is dimmed with CSS opacity while something is
 *   selected. It is built from the selection's incident links, so it costs O(degree).
 */
import type { Filters, GraphModel, Selection } from '../store/types.ts';
import { edgeValue, type Visibility } from '../store/visibility.ts';
import { memoByReference } from '../store/memo.ts';
import { edgesByStrength } from '../store/strength.ts';
import { TYPE_COLOURS } from './scales.ts';
import { otherEnd } from '../store/model.ts';
import { COLOUR_GROUPS, edgeColourGroups, edgeDirection } from '../store/relations.ts';
import { relationColour } from './relation-colours.ts';

export interface NodeGroup { colour: string; alpha: number; nodes: Uint32Array }
/**
 * `width` in CSS pixels; a hairline group is drawn exactly one device pixel wide.
 * Essential groups (the selection's links) are always drawn in full, outside the per-frame budget.
 */
export interface EdgeGroup { colour: string; width: number; hairline: boolean; essential: boolean; edges: Uint32Array }

export interface BasePlan {
  nodeGroups: NodeGroup[];
  /** Strongest groups first so that culling when zoomed out drops the weakest links. */
  edgeGroups: EdgeGroup[];
  edgeCount: number;
  nodeCount: number;
  /** Nodes in the order their labels compete for space (by mentions; faded hubs left out). */
  labelOrder: Uint32Array;
}

export interface FocusPlan {
  /** Something is selected: the base canvas is dimmed and this plan drawn above it. */
  active: boolean;
  nodeGroups: NodeGroup[];
  edgeGroups: EdgeGroup[];
  /** The selected actors, then their visible neighbours by mentions. */
  labelOrder: Uint32Array;
  selected: number[];
  selectedEdge: number;
  /** Directed links of the selection, drawn with an arrowhead (from, to node indices). */
  arrows?: [number, number][];
}

const EDGE_WIDTHS = [0.6, 1.3, 2.4, 4] as const;
/**
 * Above this many visible links, ordinary links are drawn as one-device-pixel hairlines with
 * weight shown by opacity: rasterising wide anti-aliased strokes is an order of magnitude
 * slower than hairlines, and at that density widths are unreadable anyway.
 */
export const HAIRLINE_EDGE_COUNT = 3000;
const HAIRLINE_ALPHAS = [0.14, 0.24, 0.38, 0.55] as const;
const EDGE_COLOUR = 'rgba(84, 96, 112, 0.32)';
const EDGE_HIGHLIGHT = 'rgba(40, 48, 60, 0.8)';
export const SELECTED_EDGE_COLOUR = '#D55E00';
const FADED_ALPHA = 0.3;

/** Position of every link in strength order, to keep the focus groups strongest first. */
const strengthRank = memoByReference((model: GraphModel, weightMode: Filters['weightMode']): Uint32Array => {
  const order = edgesByStrength(model, weightMode);
  const rank = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
  return rank;
});

/** Visible links, strongest first, split into width buckets (shared by both plans). */
const edgeBuckets = memoByReference((model: GraphModel, visibility: Visibility, weightMode: Filters['weightMode']): { buckets: Uint32Array[]; bucketOf: Uint8Array } => {
  const filters = { weightMode } as Filters;
  let maxValue = 0;
  for (const edge of visibility.visibleEdges) maxValue = Math.max(maxValue, edgeValue(model, edge, filters));
  const bucketOf = new Uint8Array(model.graph.edges.length);
  const lists = EDGE_WIDTHS.map(() => [] as number[]);
  for (const edge of edgesByStrength(model, weightMode)) {
    if (!visibility.edgeVisible[edge]) continue;
    const share = maxValue > 0 ? Math.sqrt(edgeValue(model, edge, filters) / maxValue) : 0;
    const bucket = Math.min(EDGE_WIDTHS.length - 1, Math.floor(share * EDGE_WIDTHS.length));
    bucketOf[edge] = bucket;
    lists[bucket]!.push(edge);
  }
  return { buckets: lists.map((list) => Uint32Array.from(list)), bucketOf };
});

/** The heaviest visible link's value in a weight mode, which sets the width buckets. */
const maxVisibleValue = memoByReference((model: GraphModel, visibility: Visibility, weightMode: Filters['weightMode']): number => {
  const filters = { weightMode } as Filters;
  let maxValue = 0;
  for (const edge of visibility.visibleEdges) maxValue = Math.max(maxValue, edgeValue(model, edge, filters));
  return maxValue;
});

/**
 * The width bucket edgeBuckets gives a visible link, worked out for that link alone: the focus
 * plan needs it for the selection's few links, and edgeBuckets reads every link of the graph.
 */
function bucketOfEdge(model: GraphModel, edge: number, maxValue: number, weightMode: Filters['weightMode']): number {
  const share = maxValue > 0 ? Math.sqrt(edgeValue(model, edge, { weightMode } as Filters) / maxValue) : 0;
  return Math.min(EDGE_WIDTHS.length - 1, Math.floor(share * EDGE_WIDTHS.length));
}

/** A small integer per node for its fill colour, so grouping needs no string keys. */
const colourIndex = memoByReference((model: GraphModel, colours: readonly string[] | undefined): { colourOf: Uint16Array; palette: string[] } => {
  const palette: string[] = [];
  const seen = new Map<string, number>();
  const colourOf = new Uint16Array(model.graph.nodes.length);
  for (let node = 0; node < colourOf.length; node++) {
    const colour = colours?.[node] ?? TYPE_COLOURS[model.graph.nodes[node]!.type];
    let index = seen.get(colour);
    if (index === undefined) { index = palette.length; palette.push(colour); seen.set(colour, index); }
    colourOf[node] = index;
  }
  return { colourOf, palette };
});

/** Groups nodes by colour, faded (hub) nodes underneath. `nodes` most important first; they are drawn last, on top. */
function groupNodes(model: GraphModel, nodes: Iterable<number>, faded: Uint8Array, colours: readonly string[] | undefined): NodeGroup[] {
  const { colourOf, palette } = colourIndex(model, colours);
  const groups = new Map<number, { colour: string; alpha: number; layer: number; nodes: number[] }>();
  for (const node of nodes) {
    const layer = faded[node] === 1 ? 0 : 1;
    const key = layer * palette.length + colourOf[node]!;
    let group = groups.get(key);
    if (!group) {
      group = { colour: palette[colourOf[node]!]!, alpha: layer === 0 ? FADED_ALPHA : 1, layer, nodes: [] };
      groups.set(key, group);
    }
    group.nodes.push(node);
  }
  return [...groups.values()].sort((a, b) => a.layer - b.layer)
    .map(({ colour, alpha, nodes: members }) => ({ colour, alpha, nodes: Uint32Array.from(members.reverse()) }));
}

/** `colours`: fill per node index (see nodeColours); the actor-type colours when absent. */
export function buildBasePlan(model: GraphModel, visibility: Visibility, weightMode: Filters['weightMode'], colours?: readonly string[]): BasePlan {
  const { buckets } = edgeBuckets(model, visibility, weightMode);
  const hairlines = visibility.visibleEdges.length > HAIRLINE_EDGE_COUNT;
  const edgeGroups: EdgeGroup[] = [];
  const groupOf = edgeColourGroups(model);
  for (let b = EDGE_WIDTHS.length - 1; b >= 0; b--) {
    if (!buckets[b]!.length) continue;
    // One group per relation class colour (neutral, untyped links keep the plain grey).
    for (const [g, group] of COLOUR_GROUPS.entries()) {
      const edges = buckets[b]!.filter((edge) => groupOf[edge] === g);
      if (edges.length === 0) continue;
      const colour = group === 'neutral' ? (hairlines ? `rgba(84, 96, 112, ${HAIRLINE_ALPHAS[b]!})` : EDGE_COLOUR) : relationColour(group, hairlines ? HAIRLINE_ALPHAS[b]! : 0.32);
      edgeGroups.push({ colour, width: EDGE_WIDTHS[b]!, hairline: hairlines, essential: false, edges });
    }
  }
  return {
    nodeGroups: groupNodes(model, visibility.visibleNodes, visibility.nodeFaded, colours),
    edgeGroups,
    edgeCount: visibility.visibleEdges.length,
    nodeCount: visibility.visibleNodes.length,
    labelOrder: visibility.visibleNodes.filter((node) => !visibility.nodeFaded[node]),
  };
}

/**
 * `highlighted`: 2 for the selected actors, 1 for their neighbours (see selectHighlighted).
 * Only the selection's own links are looked at, through its incident edges.
 */
export function buildFocusPlan(model: GraphModel, visibility: Visibility, highlighted: Uint8Array, weightMode: Filters['weightMode'], selection: Selection, selected: number[], colours?: readonly string[]): FocusPlan {
  const selectedEdge = selection?.kind === 'edge' ? (model.edgeIndex.get(selection.id) ?? -1) : -1;
  const shownSelected = selected.filter((node) => visibility.nodeVisible[node] === 1);
  const edgeGroups: EdgeGroup[] = [];
  if (selection?.kind === 'node' && shownSelected.length > 0) {
    const maxValue = maxVisibleValue(model, visibility, weightMode);
    const rank = strengthRank(model, weightMode);
    const focus: number[] = [];
    for (const node of shownSelected) for (const edge of model.incidentEdges[node]!) if (visibility.edgeVisible[edge]) focus.push(edge);
    focus.sort((a, b) => rank[a]! - rank[b]!);
    const byWidth = EDGE_WIDTHS.map(() => [] as number[]);
    for (const edge of focus) byWidth[bucketOfEdge(model, edge, maxValue, weightMode)]!.push(edge);
    const groupOf = edgeColourGroups(model);
    for (let b = EDGE_WIDTHS.length - 1; b >= 0; b--) {
      for (const [g, group] of COLOUR_GROUPS.entries()) {
        const edges = byWidth[b]!.filter((edge) => groupOf[edge] === g);
        if (edges.length) edgeGroups.push({ colour: group === 'neutral' ? EDGE_HIGHLIGHT : relationColour(group, 0.45), width: EDGE_WIDTHS[b]!, hairline: false, essential: true, edges: Uint32Array.from(edges) });
      }
    }
  }
  if (selectedEdge >= 0 && visibility.edgeVisible[selectedEdge]) edgeGroups.push({ colour: SELECTED_EDGE_COLOUR, width: 4, hairline: false, essential: true, edges: Uint32Array.of(selectedEdge) });

  // The selection, then its visible neighbours in mention order (nodesByMentions ranks them).
  const neighbours: number[] = [];
  for (const node of shownSelected) {
    for (const edge of model.incidentEdges[node]!) {
      const other = otherEnd(model, edge, node);
      if (highlighted[other] === 1 && visibility.nodeVisible[other] === 1) neighbours.push(other);
    }
  }
  const order = [...new Set(neighbours)].sort((a, b) => model.mentionRank[a]! - model.mentionRank[b]!);
  const labelOrder = Uint32Array.from([...shownSelected, ...order]);
  const arrows: [number, number][] = [];
  const directedEdges = selectedEdge >= 0 ? [selectedEdge] : selection?.kind === 'node' ? shownSelected.flatMap((node) => [...model.incidentEdges[node]!]) : [];
  for (const edge of directedEdges) {
    if (!visibility.edgeVisible[edge]) continue;
    const direction = edgeDirection(model, edge);
    if (direction) arrows.push(direction);
  }
  return {
    arrows,
    active: selected.length > 0,
    nodeGroups: groupNodes(model, labelOrder, visibility.nodeFaded, colours),
    edgeGroups,
    labelOrder,
    selected: shownSelected,
    selectedEdge,
  };
}
