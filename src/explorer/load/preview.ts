/**
 * The first picture of a big graph, worked out by the loader worker from the parsed file before
 * it is decoded and validated (seconds on a real corpus): the overview's actors (most mentioned
 * first) and backbone links, chosen by the same arithmetic as the store's overview
 * (store/backbone.ts), with their labels, types and sizes. The page draws it while the graph is
 * checked; the explorer then opens on the same actors, laid out from the same positions. It is
 * only a picture: nothing in it is trusted, and a file that then fails validation ends on the
 * error screen like any other.
 *
 * Read from the compact file (version 3, graph-format/codec.ts): a node is
 * `[id | 0, label, type, aliases, mentions (3 numbers each), documentCount, extra?]`, an edge
 * `[source, target, documentCount, evidence (2 numbers each), extra?]`; mentionCount and weight
 * are the counts unless the extra object says otherwise. Anything unexpected: no preview.
 */
import { ACTOR_TYPES } from '../../graph-format/schema.ts';
import { nodeId } from '../../graph-format/ids.ts';
import type { ActorType } from '../../graph-format/types.ts';
import { OVERVIEW_ACTORS, overviewSelection } from '../../graph-format/overview.ts';
import { radiusFor } from '../../layout/radius.ts';

/** What the page needs to draw the overview before the graph is loaded. */
export interface GraphPreview {
  totalActors: number;
  totalLinks: number;
  /** The shown actors, most mentioned first. */
  ids: string[];
  labels: string[];
  types: ActorType[];
  mentionCounts: Uint32Array;
  /** Radius in layout units, as the explorer sizes them (canvas/scales.ts nodeRadii). */
  radii: Float32Array;
  /** Shown links as pairs of indices into `ids`, in the graph's link order. */
  links: Uint32Array;
  /** Per shown link: sqrt(weight / heaviest link of the graph), the layout's spring weight (simulation/useLayout.ts). */
  linkWeights: Float32Array;
  /** [x0, y0, …] in layout units, once laid out (src/layout/overview-layout.ts). */
  positions?: Float32Array;
  /** The layout's alpha when the positions were taken: below d3-force's alphaMin (0.001) when it came to rest. */
  alpha?: number;
}

type Extra = Record<string, unknown>;
const isExtra = (value: unknown): value is Extra => typeof value === 'object' && value !== null && !Array.isArray(value);
const TYPES = new Set<string>(ACTOR_TYPES);

/** The count an item's extra object overrides (mentionCount, weight), else the derived one. */
function countOf(tuple: unknown[], extraAt: number, key: string, derived: number): number | null {
  const extra = tuple[extraAt];
  const value = isExtra(extra) && key in extra ? extra[key] : derived;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/**
 * The preview of a parsed compact graph file with more than OVERVIEW_ACTORS actors, worked out
 * from its nodes and edges (a file without a stored overview); null for a smaller graph, another
 * file version or anything malformed (the full load reports what is wrong). Not laid out yet.
 */
export function graphPreview(data: unknown): GraphPreview | null {
  if (!isExtra(data) || data.version !== 3 || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) return null;
  const nodes = data.nodes as unknown[], edges = data.edges as unknown[];
  const nodeCount = nodes.length;
  if (nodeCount <= OVERVIEW_ACTORS) return null;
  const mentionCounts = new Uint32Array(nodeCount);
  for (let node = 0; node < nodeCount; node++) {
    const tuple = nodes[node];
    if (!Array.isArray(tuple) || !Array.isArray(tuple[4]) || typeof tuple[1] !== 'string' || !TYPES.has(tuple[2] as string)) return null;
    const count = countOf(tuple, 6, 'mentionCount', (tuple[4] as unknown[]).length / 3);
    if (count === null) return null;
    mentionCounts[node] = count;
  }
  const source = new Uint32Array(edges.length), target = new Uint32Array(edges.length), weight = new Uint32Array(edges.length);
  let maxWeight = 1;
  for (let edge = 0; edge < edges.length; edge++) {
    const tuple = edges[edge];
    if (!Array.isArray(tuple) || !Array.isArray(tuple[3])) return null;
    const [a, b] = tuple;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a >= nodeCount || b >= nodeCount) return null;
    const w = countOf(tuple, 4, 'weight', (tuple[3] as unknown[]).length / 2);
    if (w === null) return null;
    source[edge] = a as number; target[edge] = b as number; weight[edge] = w;
    maxWeight = Math.max(maxWeight, w);
  }
  const { actors, links } = overviewSelection(mentionCounts, source, target, weight);
  const slot = new Int32Array(nodeCount).fill(-1);
  actors.forEach((node, index) => { slot[node] = index; });
  const pairs = new Uint32Array(links.length * 2);
  const linkWeights = new Float32Array(links.length);
  links.forEach((edge, index) => {
    pairs[index * 2] = slot[source[edge]!]!;
    pairs[index * 2 + 1] = slot[target[edge]!]!;
    linkWeights[index] = Math.sqrt(weight[edge]! / maxWeight);
  });
  const ids: string[] = [], labels: string[] = [], types: ActorType[] = [];
  for (const node of actors) {
    const tuple = nodes[node] as unknown[];
    const type = tuple[2] as ActorType, label = tuple[1] as string;
    ids.push(typeof tuple[0] === 'string' ? tuple[0] : nodeId(type, label));
    labels.push(label);
    types.push(type);
  }
  return withRadii({ totalActors: nodeCount, totalLinks: edges.length, ids, labels, types, mentionCounts: Uint32Array.from(actors, (node) => mentionCounts[node]!), links: pairs, linkWeights });
}

/**
 * The preview from the overview the extractor stored at the head of the file (graph-format/overview.ts),
 * laid out already; null when it is missing or malformed.
 */
export function storedPreview(overview: unknown): GraphPreview | null {
  if (!isExtra(overview) || !Array.isArray(overview.nodes) || !Array.isArray(overview.edges)) return null;
  const { actors, links, maxWeight } = overview;
  if (typeof actors !== 'number' || typeof links !== 'number' || typeof maxWeight !== 'number' || maxWeight < 1) return null;
  const nodes = overview.nodes as unknown[], flat = overview.edges as unknown[];
  const count = nodes.length;
  const ids: string[] = [], labels: string[] = [], types: ActorType[] = [];
  const mentionCounts = new Uint32Array(count), positions = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    const node = nodes[i];
    if (!Array.isArray(node) || node.length < 6 || typeof node[0] !== 'string' || typeof node[1] !== 'string' || !TYPES.has(node[2] as string)) return null;
    if (![3, 4, 5].every((field) => Number.isFinite(node[field]))) return null;
    ids.push(node[0]); labels.push(node[1]); types.push(node[2] as ActorType);
    mentionCounts[i] = node[3] as number;
    positions[i * 2] = node[4] as number;
    positions[i * 2 + 1] = node[5] as number;
  }
  if (flat.length % 3 !== 0 || !flat.every((value) => Number.isInteger(value) && (value as number) >= 0)) return null;
  const pairs = new Uint32Array((flat.length / 3) * 2);
  const linkWeights = new Float32Array(flat.length / 3);
  for (let l = 0; l < flat.length / 3; l++) {
    const a = flat[l * 3] as number, b = flat[l * 3 + 1] as number;
    if (a >= count || b >= count) return null;
    pairs[l * 2] = a; pairs[l * 2 + 1] = b;
    linkWeights[l] = Math.sqrt((flat[l * 3 + 2] as number) / maxWeight);
  }
  // Laid out to rest by the extractor: the explorer's layout only finishes it.
  return { ...withRadii({ totalActors: actors, totalLinks: links, ids, labels, types, mentionCounts, links: pairs, linkWeights }), positions, alpha: 0 };
}

/** The explorer's disc sizes (canvas/scales.ts nodeRadii): by mentions, against the most mentioned actor of the graph. */
function withRadii(preview: Omit<GraphPreview, 'radii'>): GraphPreview {
  const max = Math.max(1, preview.mentionCounts[0] ?? 1);
  return { ...preview, radii: Float32Array.from(preview.mentionCounts, (count) => radiusFor(preview.totalActors, count, max)) };
}
