/**
 * The first picture of a big graph whose file stores no overview (preview.ts): worked out by the
 * loader worker from the parsed file, with the same arithmetic as the extractor's stored one.
 * Loaded lazily: files the extractor wrote carry their overview. Read from the compact file
 * (version 3, graph-format/codec.ts): a node is `[id | 0, label, type, aliases, mentions (3
 * numbers each), documentCount, extra?]`, an edge `[source, target, documentCount, evidence (2
 * numbers each), extra?]`; mentionCount and weight are the counts unless the extra object says
 * otherwise. Anything unexpected: no picture.
 */
import { OVERVIEW_ACTORS, overviewSelection } from '../../graph-format/overview.ts';
import { nodeId } from '../../graph-format/ids.ts';
import type { ActorType } from '../../graph-format/types.ts';
import { countOf, isExtra, TYPES, withRadii, type GraphPreview } from './preview.ts';

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
