/**
 * The overview of a big graph: what the network shows when the filters leave more actors than
 * anyone can read. It keeps the main actors (most mentioned first, up to a limit the user can
 * raise) and, among them, the backbone of links that carry structure: the disparity filter of
 * Serrano, Boguñá and Vespignani (PNAS 2009) keeps a link when its weight is a significant share
 * of at least one end's total, given that end's number of links; every shown actor also keeps its
 * strongest link to another shown actor, so none is left floating. The selection stays on screen
 * with its links to the shown actors. The Actors table, search and Focus still reach everyone:
 * only the network is cut down (the table reads selectVisibility, not this).
 */
import type { GraphModel, Selection } from './types.ts';
import { memoByReference } from './memo.ts';
import { selectionNodes, type Visibility } from './visibility.ts';

/** Actors the network opens on when the filters leave more. */
export const OVERVIEW_ACTORS = 300;
/** Significance level of the disparity filter: a link is kept when its share would be this unlikely by chance. */
export const BACKBONE_ALPHA = 0.05;

/**
 * Per link, the disparity filter's p-value at its more significant end: for an end with k links
 * and total weight s, a link of weight w has p = (1 − w/s)^(k−1), the chance that a uniform random
 * split of s over k links gives one this large. An end with a single link says nothing (p = 1).
 */
export const disparityPValues = memoByReference((model: GraphModel): Float32Array => {
  const { edges } = model.graph;
  const strength = new Float64Array(model.graph.nodes.length);
  for (let edge = 0; edge < edges.length; edge++) {
    strength[model.edgeSource[edge]!]! += edges[edge]!.weight;
    strength[model.edgeTarget[edge]!]! += edges[edge]!.weight;
  }
  const pValues = new Float32Array(edges.length);
  const endP = (node: number, weight: number): number => {
    const links = model.degree[node]!;
    return links <= 1 ? 1 : Math.pow(1 - weight / strength[node]!, links - 1);
  };
  for (let edge = 0; edge < edges.length; edge++) {
    const weight = edges[edge]!.weight;
    pValues[edge] = Math.min(endP(model.edgeSource[edge]!, weight), endP(model.edgeTarget[edge]!, weight));
  }
  return pValues;
});

/** How much of the filtered graph the network shows. */
export interface OverviewCounts { shownActors: number; totalActors: number; shownLinks: number; totalLinks: number; limited: boolean }

export function overviewCounts(full: Visibility, shown: Visibility): OverviewCounts {
  return {
    shownActors: shown.visibleNodes.length,
    totalActors: full.visibleNodes.length,
    shownLinks: shown.visibleEdges.length,
    totalLinks: full.visibleEdges.length,
    limited: shown !== full,
  };
}

/**
 * What the network shows of `full` (the filtered graph): `full` itself when it has at most `limit`
 * actors, when `limit` is 0 (everything asked for) or while Focus is on; else the overview.
 * Memoised, so the canvas can compare the result by reference.
 */
export const selectOverview = memoByReference((model: GraphModel, full: Visibility, limit: number, selection: Selection, focus: number): Visibility => {
  if (limit <= 0 || focus > 0 || full.visibleNodes.length <= limit) return full;
  return computeOverview(model, full, limit, selectionNodes(model, selection));
});

function computeOverview(model: GraphModel, full: Visibility, limit: number, pinned: number[]): Visibility {
  const nodeCount = model.graph.nodes.length;
  const nodeVisible = new Uint8Array(nodeCount);
  const kept: number[] = [];
  // full.visibleNodes is in mention order: the first `limit` are the main actors.
  for (let i = 0; i < limit; i++) { nodeVisible[full.visibleNodes[i]!] = 1; kept.push(full.visibleNodes[i]!); }
  for (const node of pinned) if (!nodeVisible[node] && full.nodeVisible[node]) { nodeVisible[node] = 1; kept.push(node); }
  const isPinned = new Uint8Array(nodeCount);
  for (const node of pinned) isPinned[node] = 1;

  const pValues = disparityPValues(model);
  const { edges } = model.graph;
  const edgeVisible = new Uint8Array(model.graph.edges.length);
  const strongest = new Int32Array(nodeCount).fill(-1);
  for (const edge of full.visibleEdges) {
    const source = model.edgeSource[edge]!, target = model.edgeTarget[edge]!;
    if (!nodeVisible[source] || !nodeVisible[target]) continue;
    if (pValues[edge]! < BACKBONE_ALPHA || isPinned[source] || isPinned[target]) edgeVisible[edge] = 1;
    const weight = edges[edge]!.weight;
    if (strongest[source]! < 0 || weight > edges[strongest[source]!]!.weight) strongest[source] = edge;
    if (strongest[target]! < 0 || weight > edges[strongest[target]!]!.weight) strongest[target] = edge;
  }
  for (const node of kept) if (strongest[node]! >= 0) edgeVisible[strongest[node]!] = 1;

  const visibleDegree = new Uint32Array(nodeCount);
  const visibleEdges: number[] = [];
  for (const edge of full.visibleEdges) {
    if (!edgeVisible[edge]) continue;
    visibleEdges.push(edge);
    visibleDegree[model.edgeSource[edge]!]! += 1;
    visibleDegree[model.edgeTarget[edge]!]! += 1;
  }
  const nodeFaded = new Uint8Array(nodeCount);
  for (const node of kept) nodeFaded[node] = full.nodeFaded[node]!;
  // Mention order, as everywhere else (labels compete for space in this order).
  const visibleNodes = Uint32Array.from(kept).sort((a, b) => model.mentionRank[a]! - model.mentionRank[b]!);
  return { nodeVisible, nodeFaded, edgeVisible, visibleNodes, visibleEdges: Uint32Array.from(visibleEdges), visibleDegree };
}
