import type { Filters, GraphModel, Selection } from './types.ts';
import { memoByReference } from './memo.ts';
import { otherEnd } from './model.ts';
import { edgeRelationMasks, relationTypeMask } from './relations.ts';

/** What the filters leave on screen. Flags are indexed by node / edge position in the graph. */
export interface Visibility {
  nodeVisible: Uint8Array;
  /** Hubs drawn faded (hubs mode "fade"). */
  nodeFaded: Uint8Array;
  edgeVisible: Uint8Array;
  visibleNodes: Uint32Array;
  visibleEdges: Uint32Array;
  /** Number of visible links of each node. */
  visibleDegree: Uint32Array;
}

/** Node indices the selection is about: the actor, or both ends of a link. */
export function selectionNodes(model: GraphModel, selection: Selection): number[] {
  if (!selection) return [];
  if (selection.kind === 'node') {
    const index = model.nodeIndex.get(selection.id);
    return index === undefined ? [] : [index];
  }
  const edge = model.edgeIndex.get(selection.id);
  return edge === undefined ? [] : [model.edgeSource[edge]!, model.edgeTarget[edge]!];
}

/** Weight of an edge in the current weight mode. */
export function edgeValue(model: GraphModel, edge: number, filters: Filters): number {
  return filters.weightMode === 'pmi' ? model.pmi[edge]! : model.graph.edges[edge]!.weight;
}

function computeVisibility(model: GraphModel, filters: Filters, selection: Selection): Visibility {
  const { graph } = model;
  const nodeCount = graph.nodes.length;
  const nodeVisible = new Uint8Array(nodeCount);
  const nodeFaded = new Uint8Array(nodeCount);
  const pinned = selectionNodes(model, selection);
  const types = new Set(filters.types);

  for (let index = 0; index < nodeCount; index++) {
    const node = graph.nodes[index]!;
    // An actor with no mention inside the time window stays in its place, faded.
    const outside = model.outsideWindow?.[index] === 1;
    if (!types.has(node.type) || (!outside && node.mentionCount < filters.minMentions)) continue;
    if (model.isHub[index] && filters.hubs === 'hide') continue;
    nodeVisible[index] = 1;
    if ((model.isHub[index] && filters.hubs === 'fade') || outside) nodeFaded[index] = 1;
  }
  // The selected actor stays on screen even when a filter would hide it.
  for (const index of pinned) { nodeVisible[index] = 1; nodeFaded[index] = 0; }

  const edgeVisible = new Uint8Array(graph.edges.length);
  const relationMasks = edgeRelationMasks(model);
  const wantedRelations = relationTypeMask(filters.relationTypes);
  for (let edge = 0; edge < graph.edges.length; edge++) {
    if ((relationMasks[edge]! & wantedRelations) === 0) continue;
    if (!nodeVisible[model.edgeSource[edge]!] || !nodeVisible[model.edgeTarget[edge]!]) continue;
    if (graph.edges[edge]!.weight < filters.minEdgeWeight) continue;
    if (filters.weightMode === 'pmi' && model.pmi[edge]! <= 0) continue;
    edgeVisible[edge] = 1;
  }

  if (filters.focus > 0 && pinned.length > 0) applyFocus(model, filters.focus, pinned, nodeVisible, edgeVisible);

  const visibleDegree = new Uint32Array(nodeCount);
  let edgeTotal = 0;
  for (let edge = 0; edge < edgeVisible.length; edge++) {
    if (!edgeVisible[edge]) continue;
    edgeTotal++;
    visibleDegree[model.edgeSource[edge]!]! += 1;
    visibleDegree[model.edgeTarget[edge]!]! += 1;
  }
  const visibleEdges = new Uint32Array(edgeTotal);
  let cursor = 0;
  for (let edge = 0; edge < edgeVisible.length; edge++) if (edgeVisible[edge]) visibleEdges[cursor++] = edge;
  const visibleNodes = Uint32Array.from(model.nodesByMentions.filter((index) => nodeVisible[index] === 1));
  return { nodeVisible, nodeFaded, edgeVisible, visibleNodes, visibleEdges, visibleDegree };
}

/** Keeps only nodes within `depth` visible hops of the selection (breadth-first). */
function applyFocus(model: GraphModel, depth: number, seeds: number[], nodeVisible: Uint8Array, edgeVisible: Uint8Array): void {
  const distance = new Int32Array(nodeVisible.length).fill(-1);
  let frontier = seeds;
  for (const seed of seeds) distance[seed] = 0;
  for (let hop = 1; hop <= depth; hop++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const edge of model.incidentEdges[node]!) {
        if (!edgeVisible[edge]) continue;
        const other = otherEnd(model, edge, node);
        if (distance[other] !== -1) continue;
        distance[other] = hop;
        next.push(other);
      }
    }
    frontier = next;
  }
  for (let node = 0; node < nodeVisible.length; node++) if (distance[node] === -1) nodeVisible[node] = 0;
  for (let edge = 0; edge < edgeVisible.length; edge++) {
    if (edgeVisible[edge] && (!nodeVisible[model.edgeSource[edge]!] || !nodeVisible[model.edgeTarget[edge]!])) edgeVisible[edge] = 0;
  }
}

const focusSensitive = memoByReference(computeVisibility);
const focusFree = memoByReference((model: GraphModel, filters: Filters) => computeVisibility(model, filters, null));

/**
 * Memoised: the same model, filters and (when focus is on) selection give the same object,
 * so components and the canvas can compare by reference.
 */
export function selectVisibility(model: GraphModel, filters: Filters, selection: Selection): Visibility {
  // Without focus, the selection only matters for keeping a filtered-out selected actor on screen.
  if (filters.focus === 0 && (!selection || isAlreadyVisible(model, filters, selection))) return focusFree(model, filters);
  return focusSensitive(model, filters, selection);
}

function isAlreadyVisible(model: GraphModel, filters: Filters, selection: Selection): boolean {
  const visible = focusFree(model, filters).nodeVisible;
  return selectionNodes(model, selection).every((index) => visible[index] === 1);
}

/** Neighbours of the selection (plus the selection itself), for highlighting. */
export const selectHighlighted = memoByReference((model: GraphModel, selection: Selection): Uint8Array => {
  const flags = new Uint8Array(model.graph.nodes.length);
  for (const node of selectionNodes(model, selection)) {
    flags[node] = 2;
    if (selection?.kind === 'edge') continue;
    for (const edge of model.incidentEdges[node]!) {
      const other = otherEnd(model, edge, node);
      if (flags[other] === 0) flags[other] = 1;
    }
  }
  return flags;
});
