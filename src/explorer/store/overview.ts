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
import { BACKBONE_ALPHA, backboneLinks, disparityPValuesOf } from '../../graph-format/overview.ts';

export { OVERVIEW_ACTORS, BACKBONE_ALPHA } from '../../graph-format/overview.ts';

/** Per link, the disparity filter's p-value at its more significant end (see backbone.ts). */
export const disparityPValues = memoByReference((model: GraphModel): Float32Array =>
  disparityPValuesOf(model.graph.nodes.length, model.edgeSource, model.edgeTarget, edgeWeights(model)));

/** Each link's weight (shared sentences), as an array. */
export const edgeWeights = memoByReference((model: GraphModel): Uint32Array => Uint32Array.from(model.graph.edges, (edge) => edge.weight));

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

/** The overview with no selection, memoised apart so that asking for it never evicts the selection's. */
const overviewWithoutSelection = memoByReference((model: GraphModel, full: Visibility, limit: number, focus: number): Visibility => {
  if (limit <= 0 || focus > 0 || full.visibleNodes.length <= limit) return full;
  return computeOverview(model, full, limit, []);
});

/**
 * What the network shows of `full` (the filtered graph): `full` itself when it has at most `limit`
 * actors, when `limit` is 0 (everything asked for) or while Focus is on; else the overview.
 * Memoised, so the canvas can compare the result by reference.
 */
export const selectOverview = memoByReference((model: GraphModel, full: Visibility, limit: number, selection: Selection, focus: number): Visibility => {
  const unselected = overviewWithoutSelection(model, full, limit, focus);
  if (unselected === full) return full;
  const pinned = selectionNodes(model, selection).filter((node) => full.nodeVisible[node] === 1);
  if (pinned.length === 0) return unselected;
  if (pinned.every((node) => unselected.nodeVisible[node] === 1)) return withSelectionLinks(model, full, unselected, pinned);
  return computeOverview(model, full, limit, pinned);
});

/**
 * The part of the overview that does not depend on the selection: what the layout runs over and
 * the base layer draws. A selected actor already among the shown ones changes nothing here (its
 * extra links to shown actors are drawn, and hit, on the focus layer, from selectOverview), so
 * selecting it neither restarts the layout nor redraws the base: the same object comes back. An
 * actor from outside the overview joins it, and then this is selectOverview's result.
 */
export function selectOverviewBase(model: GraphModel, full: Visibility, limit: number, selection: Selection, focus: number): Visibility {
  const unselected = overviewWithoutSelection(model, full, limit, focus);
  if (unselected === full) return full;
  const joins = selectionNodes(model, selection).some((node) => full.nodeVisible[node] === 1 && unselected.nodeVisible[node] !== 1);
  return joins ? selectOverview(model, full, limit, selection, focus) : unselected;
}

/**
 * computeOverview with `pinned` actors that are shown already: the shown actors and so every
 * actor's strongest link stay as they are, and the pinned actors add their links to shown actors.
 * The same result, without working out the backbone again on every selection.
 */
function withSelectionLinks(model: GraphModel, full: Visibility, unselected: Visibility, pinned: number[]): Visibility {
  const { nodeVisible } = unselected;
  const edgeVisible = unselected.edgeVisible.slice();
  for (const node of pinned) {
    for (const edge of model.incidentEdges[node]!) {
      if (full.edgeVisible[edge] && nodeVisible[model.edgeSource[edge]!] && nodeVisible[model.edgeTarget[edge]!]) edgeVisible[edge] = 1;
    }
  }
  return { nodeVisible, nodeFaded: unselected.nodeFaded, edgeVisible, visibleNodes: unselected.visibleNodes, ...keptEdges(model, full, edgeVisible, nodeVisible.length) };
}

/** The kept links in the full view's order, and each actor's number of them. */
function keptEdges(model: GraphModel, full: Visibility, edgeVisible: Uint8Array, nodeCount: number): Pick<Visibility, 'visibleEdges' | 'visibleDegree'> {
  const visibleDegree = new Uint32Array(nodeCount);
  const visibleEdges: number[] = [];
  for (const edge of full.visibleEdges) {
    if (!edgeVisible[edge]) continue;
    visibleEdges.push(edge);
    visibleDegree[model.edgeSource[edge]!]! += 1;
    visibleDegree[model.edgeTarget[edge]!]! += 1;
  }
  return { visibleEdges: Uint32Array.from(visibleEdges), visibleDegree };
}

function computeOverview(model: GraphModel, full: Visibility, limit: number, pinned: number[]): Visibility {
  const nodeCount = model.graph.nodes.length;
  const nodeVisible = new Uint8Array(nodeCount);
  const kept: number[] = [];
  // full.visibleNodes is in mention order: the first `limit` are the main actors.
  for (let i = 0; i < limit; i++) { nodeVisible[full.visibleNodes[i]!] = 1; kept.push(full.visibleNodes[i]!); }
  for (const node of pinned) if (!nodeVisible[node] && full.nodeVisible[node]) { nodeVisible[node] = 1; kept.push(node); }
  const isPinned = new Uint8Array(nodeCount);
  for (const node of pinned) isPinned[node] = 1;

  const edgeVisible = backboneLinks({
    nodeCount, source: model.edgeSource, target: model.edgeTarget, weight: edgeWeights(model), pValues: disparityPValues(model),
    candidates: full.visibleEdges, shown: nodeVisible, pinned: isPinned, alpha: BACKBONE_ALPHA,
  });

  const nodeFaded = new Uint8Array(nodeCount);
  for (const node of kept) nodeFaded[node] = full.nodeFaded[node]!;
  // Mention order, as everywhere else (labels compete for space in this order).
  const visibleNodes = Uint32Array.from(kept).sort((a, b) => model.mentionRank[a]! - model.mentionRank[b]!);
  return { nodeVisible, nodeFaded, edgeVisible, visibleNodes, ...keptEdges(model, full, edgeVisible, nodeCount) };
}
