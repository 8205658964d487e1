/**
 * What to draw, grouped so that the per-frame loop does one fill or stroke per group
 * (batched by colour) and allocates nothing. Rebuilt only when the visible set, the
 * selection or the weight mode changes, never per frame.
 */
import type { Filters, GraphModel, Selection } from '../store/types.ts';
import { edgeValue, type Visibility } from '../store/visibility.ts';
import { memoByReference } from '../store/memo.ts';
import { TYPE_COLOURS } from './scales.ts';

/** All edges, strongest first in a weight mode: sorted once per graph and mode, not per selection. */
const edgesByStrength = memoByReference((model: GraphModel, weightMode: Filters['weightMode']): Uint32Array => {
  const values = weightMode === 'pmi' ? model.pmi : Float64Array.from(model.graph.edges, (edge) => edge.weight);
  return Uint32Array.from(model.graph.edges.keys()).sort((a, b) => values[b]! - values[a]! || a - b);
});

export interface NodeGroup { colour: string; alpha: number; nodes: Uint32Array }
/** `width` in CSS pixels; a hairline group is drawn exactly one device pixel wide. */
/** Essential groups (the selection's links) are always drawn in full, outside the per-frame budget. */
export interface EdgeGroup { colour: string; width: number; hairline: boolean; essential: boolean; edges: Uint32Array }

export interface DrawPlan {
  nodeGroups: NodeGroup[];
  /** Strongest groups first so that culling when zoomed out drops the weakest links. */
  edgeGroups: EdgeGroup[];
  edgeCount: number;
  nodeCount: number;
  /** Nodes in the order their labels compete for space: selection and neighbours first. */
  labelOrder: Uint32Array;
  /** How many of labelOrder are always labelled (selection and neighbours). */
  priorityLabels: number;
  selected: number[];
  selectedEdge: number;
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
const EDGE_DIMMED = 'rgba(84, 96, 112, 0.08)';
const EDGE_HIGHLIGHT = 'rgba(40, 48, 60, 0.8)';
export const SELECTED_EDGE_COLOUR = '#D55E00';

/**
 * Visible links, strongest first, split into width buckets. Depends on the visible set and the
 * weight mode only, so selecting an actor reuses it instead of re-bucketing every link.
 */
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

/** Position of every link in strength order, to keep the focus groups strongest first. */
const strengthRank = memoByReference((model: GraphModel, weightMode: Filters['weightMode']): Uint32Array => {
  const order = edgesByStrength(model, weightMode);
  const rank = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
  return rank;
});

/** The visible links that leave the ordinary groups for this selection (focus links and the selected link). */
function selectionFocusEdges(model: GraphModel, visibility: Visibility, highlighted: Uint8Array, selection: Selection, selected: number[], selectedEdge: number): { flags: Uint8Array; count: number; focus: number[] } {
  const focus: number[] = [];
  let count = 0;
  let flags = NO_FLAGS;
  const mark = (edge: number): void => {
    if (flags === NO_FLAGS) flags = new Uint8Array(model.graph.edges.length);
    if (flags[edge]) return;
    flags[edge] = 1;
    count++;
  };
  if (selectedEdge >= 0 && visibility.edgeVisible[selectedEdge]) mark(selectedEdge);
  if (selected.length > 0 && selection?.kind === 'node') {
    for (let node = 0; node < highlighted.length; node++) {
      if (highlighted[node] !== 2) continue;
      for (const edge of model.incidentEdges[node]!) {
        if (!visibility.edgeVisible[edge] || edge === selectedEdge || (flags !== NO_FLAGS && flags[edge])) continue;
        mark(edge);
        focus.push(edge);
      }
    }
  }
  return { flags, count, focus };
}
const NO_FLAGS = new Uint8Array(0);

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

/** `colours`: fill per node index (see nodeColours); the actor-type colours when absent. */
export function buildDrawPlan(model: GraphModel, visibility: Visibility, highlighted: Uint8Array, filters: Filters, selection: Selection, selected: number[], colours?: readonly string[]): DrawPlan {
  const hasSelection = selected.length > 0;
  const selectedEdge = selection?.kind === 'edge' ? (model.edgeIndex.get(selection.id) ?? -1) : -1;

  const base = edgeBuckets(model, visibility, filters.weightMode);
  // Only the selection's own links move to the focus groups: the links of the selected actor
  // (highlighted 2), found through its incident edges instead of a pass over every link.
  const focusMarks = selectionFocusEdges(model, visibility, highlighted, selection, selected, selectedEdge);
  const rank = strengthRank(model, filters.weightMode);
  focusMarks.focus.sort((a, b) => rank[a]! - rank[b]!);
  const buckets: Uint32Array[] = base.buckets.map((edges) => (focusMarks.count === 0 ? edges : edges.filter((edge) => focusMarks.flags[edge] === 0)));
  const focusEdges = EDGE_WIDTHS.map(() => [] as number[]);
  for (const edge of focusMarks.focus) focusEdges[base.bucketOf[edge]!]!.push(edge);
  const edgeGroups: EdgeGroup[] = [];
  const hairlines = visibility.visibleEdges.length > HAIRLINE_EDGE_COUNT;
  for (let b = EDGE_WIDTHS.length - 1; b >= 0; b--) {
    if (!buckets[b]!.length) continue;
    const colour = hairlines
      ? `rgba(84, 96, 112, ${hasSelection ? HAIRLINE_ALPHAS[b]! / 3 : HAIRLINE_ALPHAS[b]!})`
      : (hasSelection ? EDGE_DIMMED : EDGE_COLOUR);
    edgeGroups.push({ colour, width: EDGE_WIDTHS[b]!, hairline: hairlines, essential: false, edges: buckets[b]! });
  }
  for (let b = EDGE_WIDTHS.length - 1; b >= 0; b--) {
    if (focusEdges[b]!.length) edgeGroups.push({ colour: EDGE_HIGHLIGHT, width: EDGE_WIDTHS[b]!, hairline: false, essential: true, edges: Uint32Array.from(focusEdges[b]!) });
  }
  if (selectedEdge >= 0 && visibility.edgeVisible[selectedEdge]) edgeGroups.push({ colour: SELECTED_EDGE_COLOUR, width: 4, hairline: false, essential: true, edges: Uint32Array.of(selectedEdge) });

  // Node groups: dimmed and faded underneath, highlighted on top; one group per colour and state.
  const { colourOf, palette } = colourIndex(model, colours);
  const groups = new Map<number, { colour: string; alpha: number; layer: number; nodes: number[] }>();
  for (const node of visibility.visibleNodes) {
    const dimmed = hasSelection && highlighted[node] === 0;
    const faded = visibility.nodeFaded[node] === 1;
    const layer = dimmed ? 0 : faded ? 1 : highlighted[node] ? 3 : 2;
    const key = layer * palette.length + colourOf[node]!;
    let group = groups.get(key);
    if (!group) {
      group = { colour: palette[colourOf[node]!]!, alpha: dimmed ? 0.18 : faded ? 0.3 : 1, layer, nodes: [] };
      groups.set(key, group);
    }
    group.nodes.push(node);
  }
  const nodeGroups = [...groups.values()].sort((a, b) => a.layer - b.layer)
    .map(({ colour, alpha, nodes }) => ({ colour, alpha, nodes: Uint32Array.from(nodes.reverse()) }));

  const priority = visibility.visibleNodes.filter((node) => highlighted[node]! > 0);
  const rest = visibility.visibleNodes.filter((node) => !highlighted[node] && !visibility.nodeFaded[node]);
  const labelOrder = new Uint32Array(priority.length + rest.length);
  // Selected actors first, then their neighbours by mentions, then everyone else by mentions.
  priority.sort((a, b) => highlighted[b]! - highlighted[a]!);
  labelOrder.set(priority, 0);
  labelOrder.set(rest, priority.length);

  return { nodeGroups, edgeGroups, edgeCount: visibility.visibleEdges.length, nodeCount: visibility.visibleNodes.length, labelOrder, priorityLabels: priority.length, selected, selectedEdge };
}
