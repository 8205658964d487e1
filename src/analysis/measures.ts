import pagerank from 'graphology-metrics/centrality/pagerank';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import modularity from 'graphology-metrics/graph/modularity';
import louvain from 'graphology-communities-louvain';
import { mulberry32 } from './random.ts';
import { toGraphology, type NetworkGraph } from './to-graphology.ts';
import type { GraphMeasures, NetworkInput, NodeMeasures } from './types.ts';

/** Fixed so that communities are reproducible; any constant would do. */
const LOUVAIN_SEED = 0x5111c;

/**
 * Degree, weighted degree, PageRank, betweenness and Louvain communities of every actor,
 * plus the modularity of the partition. Pure and deterministic: the same graph always
 * gives the same numbers. Compute it once per loaded graph and reuse it.
 */
export interface MeasureOptions {
  /**
   * Betweenness is O(V·E) — seconds at thousands of actors — while the rest is near-linear.
   * With `false` it is reported as 0, so a viewer can show the other measures first.
   */
  betweenness?: boolean;
}

export function computeMeasures(graph: NetworkInput, options: MeasureOptions = {}): GraphMeasures {
  const network = toGraphology(graph);
  if (network.order === 0) return { nodes: {}, modularity: 0, communityCount: 0, communitySizes: [] };

  // Weights count shared sentences: they make a link stronger, so PageRank uses them.
  const ranks = network.size > 0 ? pagerank(network, { getEdgeWeight: 'weight' }) : uniformRanks(network);
  // Betweenness reads edge weights as distances, where a heavier link would count as
  // farther apart; shortest paths are therefore counted in hops.
  const betweenness: Record<string, number> = options.betweenness === false
    ? {}
    : betweennessCentrality(network, { normalized: true, getEdgeWeight: null });
  const communityOf = detectCommunities(network);

  const entries = network.nodes().map((id): [string, NodeMeasures] => [id, {
    degree: network.degree(id),
    weightedDegree: weightedDegree(network, id, 'weight'),
    pagerank: ranks[id] ?? 0,
    betweenness: betweenness[id] ?? 0,
    community: communityOf.get(id) ?? 0,
  }]);
  const communitySizes: number[] = [];
  for (const community of communityOf.values()) communitySizes[community] = (communitySizes[community] ?? 0) + 1;

  return {
    // Object.fromEntries defines own properties, so an id such as "__proto__" is safe.
    nodes: Object.fromEntries(entries),
    modularity: network.size > 0
      ? modularity(network, { getNodeCommunity: (id) => communityOf.get(id) ?? 0, getEdgeWeight: 'weight' })
      : 0,
    communityCount: communitySizes.length,
    communitySizes,
  };
}

/** PageRank of a graph without links is undefined in the library; every node is equal. */
function uniformRanks(network: NetworkGraph): Record<string, number> {
  return Object.fromEntries(network.nodes().map((id) => [id, 1 / network.order]));
}

/**
 * Louvain with a seeded generator, then renumbered from the largest community down so
 * that community numbers (and the colours a viewer derives from them) do not depend on
 * the order in which the algorithm happened to merge communities.
 */
function detectCommunities(network: NetworkGraph): Map<string, number> {
  const raw: Record<string, number> = network.size > 0
    ? louvain(network, { getEdgeWeight: 'weight', rng: mulberry32(LOUVAIN_SEED) })
    : Object.fromEntries(network.nodes().map((id, index) => [id, index]));

  const members = new Map<number, string[]>();
  for (const id of network.nodes()) {
    const community = raw[id] ?? -1;
    const list = members.get(community);
    if (list) list.push(id);
    else members.set(community, [id]);
  }
  const ordered = [...members.values()]
    .map((ids) => ids.slice().sort(compareStrings))
    .sort((a, b) => b.length - a.length || compareStrings(a[0] ?? '', b[0] ?? ''));

  const communityOf = new Map<string, number>();
  ordered.forEach((ids, community) => { for (const id of ids) communityOf.set(id, community); });
  return communityOf;
}

/** Code-unit order, independent of the locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
