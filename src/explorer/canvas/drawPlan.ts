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

/** `colours`: fill per node index (see nodeColours); the actor-type colours when absent. */
export function buildDrawPlan(model: GraphModel, visibility: Visibility, highlighted: Uint8Array, filters: Filters, selection: Selection, selected: number[], colours?: readonly string[]): DrawPlan {
  const hasSelection = selected.length > 0;
  const selectedEdge = selection?.kind === 'edge' ? (model.edgeIndex.get(selection.id) ?? -1) : -1;

  let maxValue = 0;
  for (const edge of visibility.visibleEdges) maxValue = Math.max(maxValue, edgeValue(model, edge, filters));
  const buckets = EDGE_WIDTHS.map(() => [] as number[]);
  const focusEdges = EDGE_WIDTHS.map(() => [] as number[]);
  for (const edge of edgesByStrength(model, filters.weightMode)) {
    if (!visibility.edgeVisible[edge] || edge === selectedEdge) continue;
    const share = maxValue > 0 ? Math.sqrt(edgeValue(model, edge, filters) / maxValue) : 0;
    const bucket = Math.min(EDGE_WIDTHS.length - 1, Math.floor(share * EDGE_WIDTHS.length));
    const touchesSelection = hasSelection && selection?.kind === 'node' &&
      (highlighted[model.edgeSource[edge]!] === 2 || highlighted[model.edgeTarget[edge]!] === 2);
    (touchesSelection ? focusEdges : buckets)[bucket]!.push(edge);
  }
  const edgeGroups: EdgeGroup[] = [];
  const hairlines = visibility.visibleEdges.length > HAIRLINE_EDGE_COUNT;
  for (let b = EDGE_WIDTHS.length - 1; b >= 0; b--) {
    if (!buckets[b]!.length) continue;
    const colour = hairlines
      ? `rgba(84, 96, 112, ${hasSelection ? HAIRLINE_ALPHAS[b]! / 3 : HAIRLINE_ALPHAS[b]!})`
      : (hasSelection ? EDGE_DIMMED : EDGE_COLOUR);
    edgeGroups.push({ colour, width: EDGE_WIDTHS[b]!, hairline: hairlines, essential: false, edges: Uint32Array.from(buckets[b]!) });
  }
  for (let b = EDGE_WIDTHS.length - 1; b >= 0; b--) {
    if (focusEdges[b]!.length) edgeGroups.push({ colour: EDGE_HIGHLIGHT, width: EDGE_WIDTHS[b]!, hairline: false, essential: true, edges: Uint32Array.from(focusEdges[b]!) });
  }
  if (selectedEdge >= 0 && visibility.edgeVisible[selectedEdge]) edgeGroups.push({ colour: SELECTED_EDGE_COLOUR, width: 4, hairline: false, essential: true, edges: Uint32Array.of(selectedEdge) });

  // Node groups: dimmed and faded underneath, highlighted on top; one group per colour and state.
  const groups = new Map<string, { colour: string; alpha: number; layer: number; nodes: number[] }>();
  for (const node of visibility.visibleNodes) {
    const colour = colours?.[node] ?? TYPE_COLOURS[model.graph.nodes[node]!.type];
    const dimmed = hasSelection && highlighted[node] === 0;
    const faded = visibility.nodeFaded[node] === 1;
    const alpha = dimmed ? 0.18 : faded ? 0.3 : 1;
    const layer = dimmed ? 0 : faded ? 1 : highlighted[node] ? 3 : 2;
    const key = `${layer}:${colour}`;
    const group = groups.get(key) ?? { colour, alpha, layer, nodes: [] };
    group.nodes.push(node);
    groups.set(key, group);
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
