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

const EDGE_WIDTHS = [0.6, 1, 1.8, 3.2] as const;
/**
 * Share of the visible links, strongest first, in each width bucket from the widest down (the
 * rest are the thinnest). By rank, not by a share of the heaviest link: on the real corpus's
 * overview (1,629 links of 7 to 775 sentences, median 13) a square-root share put 1,531 links in
 * the thinnest bucket and a log share 1,326 in the second, so every link looked alike and the
 * picture read as one tangle. Equal values always share a bucket (the cut is on the value).
 */
const BUCKET_SHARES = [0.04, 0.16, 0.45] as const;
/**
 * Link opacity per width bucket, so the weak long tail recedes and the strongest links carry the
 * picture: with one opacity for all (0.32, typed links 0.64) the overview was a teal hairball.
 */
export const EDGE_ALPHAS = [0.08, 0.16, 0.3, 0.5] as const;
/**
 * Above this many visible links, ordinary links are drawn as one-device-pixel hairlines with
 * weight shown by opacity: rasterising wide anti-aliased strokes is an order of magnitude
 * slower than hairlines, and at that density widths are unreadable anyway.
 */
export const HAIRLINE_EDGE_COUNT = 3000;
/** Hairlines' opacity per bucket: opacity alone shows the weight there. */
const HAIRLINE_ALPHAS = [0.14, 0.24, 0.38, 0.55] as const;
/** The selection's links per bucket: its strongest partners stand out of a hub's hundreds of links. */
export const FOCUS_EDGE_ALPHAS = [0.22, 0.42, 0.65, 0.85] as const;
/** The selection's links drawn with an arrowhead at most (its strongest directed ones): a hub's 300 arrows were noise. */
export const FOCUS_ARROWS = 24;
const NEUTRAL_RGB = '84, 96, 112';
const HIGHLIGHT_RGB = '40, 48, 60';
export const SELECTED_EDGE_COLOUR = '#D55E00';
const FADED_ALPHA = 0.3;

/** Position of every link in strength order, to keep the focus groups strongest first. */
const strengthRank = memoByReference((model: GraphModel, weightMode: Filters['weightMode']): Uint32Array => {
  const order = edgesByStrength(model, weightMode);
  const rank = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
  return rank;
});

/**
 * The least value of each bucket above the thinnest (ascending: bucket 1, 2, 3), from the visible
 * links' values (`sortedDescending`) at the BUCKET_SHARES ranks. A value must also exceed the
 * weakest visible link's: where most links have the least weight (a small corpus: one sentence
 * each) those stay thin and any heavier link is wider; links all of one weight are all thin.
 */
export function bucketThresholds(sortedDescending: ArrayLike<number>): number[] {
  const count = sortedDescending.length;
  if (count === 0) return [Infinity, Infinity, Infinity];
  const weakest = sortedDescending[count - 1]!;
  // The least value above the weakest (Infinity when all are equal).
  let above = Infinity;
  for (let i = count - 1; i >= 0 && above === Infinity; i--) if (sortedDescending[i]! > weakest) above = sortedDescending[i]!;
  return [...BUCKET_SHARES].reverse().map((share) => {
    const value = sortedDescending[Math.max(0, Math.ceil(share * count) - 1)]!;
    return value > weakest ? value : above;
  });
}

/** The width bucket of a value given bucketThresholds. */
export function bucketOf(value: number, thresholds: readonly number[]): number {
  let bucket = 0;
  while (bucket < thresholds.length && value >= thresholds[bucket]!) bucket++;
  return bucket;
}

/** The visible links' bucket thresholds in a weight mode (shared by both plans). */
const visibleThresholds = memoByReference((model: GraphModel, visibility: Visibility, weightMode: Filters['weightMode']): number[] => {
  const filters = { weightMode } as Filters;
  const values = Float64Array.from(visibility.visibleEdges, (edge) => edgeValue(model, edge, filters)).sort().reverse();
  return bucketThresholds(values);
});

/** Visible links, strongest first, split into width buckets. */
const edgeBuckets = memoByReference((model: GraphModel, visibility: Visibility, weightMode: Filters['weightMode']): Uint32Array[] => {
  const filters = { weightMode } as Filters;
  const thresholds = visibleThresholds(model, visibility, weightMode);
  const lists = EDGE_WIDTHS.map(() => [] as number[]);
  for (const edge of edgesByStrength(model, weightMode)) {
    if (!visibility.edgeVisible[edge]) continue;
    lists[bucketOf(edgeValue(model, edge, filters), thresholds)]!.push(edge);
  }
  return lists.map((list) => Uint32Array.from(list));
});

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
  const buckets = edgeBuckets(model, visibility, weightMode);
  const hairlines = visibility.visibleEdges.length > HAIRLINE_EDGE_COUNT;
  const edgeGroups: EdgeGroup[] = [];
  const groupOf = edgeColourGroups(model);
  for (let b = EDGE_WIDTHS.length - 1; b >= 0; b--) {
    if (!buckets[b]!.length) continue;
    // One group per relation class colour (neutral, untyped links keep the plain grey).
    for (const [g, group] of COLOUR_GROUPS.entries()) {
      const edges = buckets[b]!.filter((edge) => groupOf[edge] === g);
      if (edges.length === 0) continue;
      const alpha = hairlines ? HAIRLINE_ALPHAS[b]! : EDGE_ALPHAS[b]!;
      // relationColour doubles a typed link's alpha; 1.3 times the neutral's is enough for the colour
      // to show, and keeps the weak typed links (most of a real corpus's) from reading as a teal mass.
      const colour = group === 'neutral' ? `rgba(${NEUTRAL_RGB}, ${alpha})` : relationColour(group, alpha * 0.65);
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
  const rank = strengthRank(model, weightMode);
  // The selection's visible links, strongest first.
  const focus: number[] = [];
  if (selection?.kind === 'node') for (const node of shownSelected) for (const edge of model.incidentEdges[node]!) if (visibility.edgeVisible[edge]) focus.push(edge);
  focus.sort((a, b) => rank[a]! - rank[b]!);
  if (focus.length > 0) {
    const thresholds = visibleThresholds(model, visibility, weightMode);
    const filters = { weightMode } as Filters;
    const byWidth = EDGE_WIDTHS.map(() => [] as number[]);
    for (const edge of focus) byWidth[bucketOf(edgeValue(model, edge, filters), thresholds)]!.push(edge);
    const groupOf = edgeColourGroups(model);
    for (let b = EDGE_WIDTHS.length - 1; b >= 0; b--) {
      const alpha = FOCUS_EDGE_ALPHAS[b]!;
      for (const [g, group] of COLOUR_GROUPS.entries()) {
        const edges = byWidth[b]!.filter((edge) => groupOf[edge] === g);
        // relationColour doubles a typed link's alpha: halved here, so typed and neutral links fade alike.
        if (edges.length) edgeGroups.push({ colour: group === 'neutral' ? `rgba(${HIGHLIGHT_RGB}, ${alpha})` : relationColour(group, alpha / 2 + 0.05), width: EDGE_WIDTHS[b]!, hairline: false, essential: true, edges: Uint32Array.from(edges) });
      }
    }
  }
  if (selectedEdge >= 0 && visibility.edgeVisible[selectedEdge]) edgeGroups.push({ colour: SELECTED_EDGE_COLOUR, width: 4, hairline: false, essential: true, edges: Uint32Array.of(selectedEdge) });

  // The selection, then its visible neighbours by their strongest link to it (then by mentions):
  // a hub's labels name its main partners, not merely the most mentioned actors it ever met.
  const partnerRank = new Map<number, number>();
  for (const node of shownSelected) {
    for (const edge of model.incidentEdges[node]!) {
      const other = otherEnd(model, edge, node);
      if (highlighted[other] !== 1 || visibility.nodeVisible[other] !== 1) continue;
      const edgeRank = visibility.edgeVisible[edge] ? rank[edge]! : rank.length + model.mentionRank[other]!;
      partnerRank.set(other, Math.min(partnerRank.get(other) ?? Infinity, edgeRank));
    }
  }
  const order = [...partnerRank.keys()].sort((a, b) => partnerRank.get(a)! - partnerRank.get(b)! || model.mentionRank[a]! - model.mentionRank[b]!);
  const labelOrder = Uint32Array.from([...shownSelected, ...order]);
  const arrows: [number, number][] = [];
  const directedEdges = selectedEdge >= 0 ? (visibility.edgeVisible[selectedEdge] ? [selectedEdge] : []) : focus;
  for (const edge of directedEdges) {
    const direction = edgeDirection(model, edge);
    if (direction) arrows.push(direction);
    if (arrows.length === FOCUS_ARROWS) break;
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
