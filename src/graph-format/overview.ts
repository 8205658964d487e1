/**
 * A big graph's overview: its main actors (most mentioned first) and the backbone of links
 * among them that carry structure (the disparity filter). The arithmetic is on plain arrays so
 * that the same selection is made everywhere: by the explorer's store on the loaded model
 * (explorer/store/overview.ts), by the extractor, which stores the overview laid out at the head
 * of the file (codec.ts: a first picture that needs none of the rest of the file), and by the
 * explorer's loader worker for files without one (explorer/load/preview.ts). Same inputs, same
 * actors and links: the picture drawn first is the one the explorer settles on.
 */
import type { ActorType, Graph } from './types.ts';
import { OVERVIEW_ACTORS } from './overview-size.ts';

export { OVERVIEW_ACTORS };
/** Significance level of the disparity filter: a link is kept when its share would be this unlikely by chance. */
export const BACKBONE_ALPHA = 0.05;

/**
 * Per link, the disparity filter's p-value at its more significant end (Serrano, Boguñá and
 * Vespignani, PNAS 2009): for an end with k links and total weight s, a link of weight w has
 * p = (1 − w/s)^(k−1), the chance that a uniform random split of s over k links gives one this
 * large. An end with a single link says nothing (p = 1).
 */
export function disparityPValuesOf(nodeCount: number, source: ArrayLike<number>, target: ArrayLike<number>, weight: ArrayLike<number>): Float32Array {
  const strength = new Float64Array(nodeCount);
  const degree = new Uint32Array(nodeCount);
  for (let edge = 0; edge < weight.length; edge++) {
    strength[source[edge]!]! += weight[edge]!;
    strength[target[edge]!]! += weight[edge]!;
    degree[source[edge]!]! += 1;
    degree[target[edge]!]! += 1;
  }
  const endP = (node: number, w: number): number => {
    const links = degree[node]!;
    return links <= 1 ? 1 : Math.pow(1 - w / strength[node]!, links - 1);
  };
  const pValues = new Float32Array(weight.length);
  for (let edge = 0; edge < weight.length; edge++) pValues[edge] = Math.min(endP(source[edge]!, weight[edge]!), endP(target[edge]!, weight[edge]!));
  return pValues;
}

export interface BackboneInput {
  nodeCount: number;
  source: ArrayLike<number>;
  target: ArrayLike<number>;
  weight: ArrayLike<number>;
  pValues: Float32Array;
  /** Links that may be shown (in index order), e.g. what the filters leave. */
  candidates: Iterable<number>;
  /** 1 for each shown actor. */
  shown: Uint8Array;
  /** 1 for an actor whose every link to a shown actor is kept (the selection). */
  pinned?: Uint8Array;
  alpha: number;
}

/**
 * The links among the shown actors that the overview keeps: those significant at `alpha` (or
 * touching a pinned actor), plus each shown actor's strongest link to another shown actor (the
 * first of equal ones), so that none is left floating. Returns a flag per link.
 */
export function backboneLinks(input: BackboneInput): Uint8Array {
  const { source, target, weight, pValues, shown, pinned } = input;
  const kept = new Uint8Array(weight.length);
  const strongest = new Int32Array(input.nodeCount).fill(-1);
  for (const edge of input.candidates) {
    const a = source[edge]!, b = target[edge]!;
    if (!shown[a] || !shown[b]) continue;
    if (pValues[edge]! < input.alpha || pinned?.[a] || pinned?.[b]) kept[edge] = 1;
    const w = weight[edge]!;
    if (strongest[a]! < 0 || w > weight[strongest[a]!]!) strongest[a] = edge;
    if (strongest[b]! < 0 || w > weight[strongest[b]!]!) strongest[b] = edge;
  }
  for (let node = 0; node < input.nodeCount; node++) if (shown[node] && strongest[node]! >= 0) kept[strongest[node]!] = 1;
  return kept;
}

/** The overview of a graph given as arrays: its actors (graph indices, most mentioned first, then graph order) and kept links (ascending). */
export function overviewSelection(mentionCounts: ArrayLike<number>, source: ArrayLike<number>, target: ArrayLike<number>, weight: ArrayLike<number>, limit = OVERVIEW_ACTORS): { actors: Uint32Array; links: Uint32Array } {
  const nodeCount = mentionCounts.length;
  const actors = Uint32Array.from({ length: nodeCount }, (_, index) => index)
    .sort((a, b) => mentionCounts[b]! - mentionCounts[a]! || a - b).slice(0, limit);
  const shown = new Uint8Array(nodeCount);
  for (const node of actors) shown[node] = 1;
  const kept = backboneLinks({
    nodeCount, source, target, weight, pValues: disparityPValuesOf(nodeCount, source, target, weight),
    candidates: Array.from({ length: weight.length }, (_, edge) => edge), shown, alpha: BACKBONE_ALPHA,
  });
  const links: number[] = [];
  for (let edge = 0; edge < kept.length; edge++) if (kept[edge]) links.push(edge);
  return { actors, links: Uint32Array.from(links) };
}

/**
 * The overview as the file stores it (top-level `overview`, written before everything else).
 * Derived data, not part of the graph: the decoder drops it, and nothing is trusted from it
 * beyond a first picture.
 */
export interface FileOverview {
  /** The whole graph's numbers of actors and links, and its heaviest link's weight. */
  actors: number;
  links: number;
  maxWeight: number;
  /** The actors, most mentioned first: [id, label, type, mentionCount, x, y] (position in layout units). */
  nodes: [string, string, ActorType, number, number, number][];
  /** Flat [a, b, weight, …]: the backbone links as indices into `nodes`, in the graph's link order. */
  edges: number[];
}

/** What lays the overview out (src/layout/overview-layout.ts): positions [x0, y0, …] for its actors. */
export type OverviewLayout = (actors: { mentionCount: number }[], links: Uint32Array, linkWeights: Float32Array, totalActors: number, maxMentions: number) => Float32Array;

/** The overview a file of `graph` stores: null for a graph of at most `limit` actors (it opens on all of them). */
export function graphOverview(graph: Graph, layOut: OverviewLayout, limit = OVERVIEW_ACTORS): FileOverview | null {
  if (graph.nodes.length <= limit) return null;
  const nodeIndex = new Map(graph.nodes.map((node, index) => [node.id, index]));
  const source = Uint32Array.from(graph.edges, (edge) => nodeIndex.get(edge.source) ?? 0);
  const target = Uint32Array.from(graph.edges, (edge) => nodeIndex.get(edge.target) ?? 0);
  const weight = Uint32Array.from(graph.edges, (edge) => edge.weight);
  const { actors, links } = overviewSelection(Uint32Array.from(graph.nodes, (node) => node.mentionCount), source, target, weight, limit);
  const slot = new Map<number, number>();
  actors.forEach((node, index) => slot.set(node, index));
  const maxWeight = weight.reduce((max, w) => Math.max(max, w), 1);
  const pairs = new Uint32Array(links.length * 2);
  const linkWeights = new Float32Array(links.length);
  links.forEach((edge, index) => {
    pairs[index * 2] = slot.get(source[edge]!)!;
    pairs[index * 2 + 1] = slot.get(target[edge]!)!;
    linkWeights[index] = Math.sqrt(weight[edge]! / maxWeight);
  });
  const shown = Array.from(actors, (node) => graph.nodes[node]!);
  const positions = layOut(shown, pairs, linkWeights, graph.nodes.length, Math.max(1, shown[0]!.mentionCount));
  // A tenth of a layout unit is far below a pixel at any zoom the overview is seen at.
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    actors: graph.nodes.length, links: graph.edges.length, maxWeight,
    nodes: shown.map((node, index) => [node.id, node.label, node.type, node.mentionCount, round(positions[index * 2]!), round(positions[index * 2 + 1]!)]),
    edges: Array.from(links).flatMap((edge, index) => [pairs[index * 2]!, pairs[index * 2 + 1]!, weight[edge]!]),
  };
}
