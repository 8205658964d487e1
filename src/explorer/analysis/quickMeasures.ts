/**
 * A first, fast answer for big graphs: every measure except betweenness, which is
 * O(V·E) (3.4 s at 5,000 actors/20,000 links, 24 s at 10,000/50,000 on this machine).
 * The worker posts this first so that PageRank sizing and community colours do not wait
 * for betweenness, then posts the full computeMeasures result, which replaces it.
 * Same library calls and the same seed as src/analysis/measures.ts, so the numbers
 * agree with the full result (tests/explorer/analysis.test.tsx checks it).
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import modularity from 'graphology-metrics/graph/modularity';
import louvain from 'graphology-communities-louvain';
import type { Graph } from '../../graph-format/index.ts';
import { mulberry32, toGraphology, type GraphMeasures, type NodeMeasures } from '../../analysis/index.ts';

/** Above this many actors the worker answers twice: without betweenness first, then in full. */
export const QUICK_PASS_NODE_COUNT = 3000;

/** Seed of src/analysis/measures.ts (LOUVAIN_SEED), so communities are the same. */
const LOUVAIN_SEED = 0x5111c;

/** All measures but betweenness (0 here until the full result arrives). */
export function measuresWithoutBetweenness(graph: Graph): GraphMeasures {
  const network = toGraphology(graph);
  if (network.order === 0 || network.size === 0) {
    // Degenerate graphs are cheap in full; let the full pass answer them.
    return { nodes: {}, modularity: 0, communityCount: 0, communitySizes: [] };
  }
  const ranks = pagerank(network, { getEdgeWeight: 'weight' });
  const raw = louvain(network, { getEdgeWeight: 'weight', rng: mulberry32(LOUVAIN_SEED) });
  // Renumber from the largest community down (ties: smallest member id), as computeMeasures does.
  const members = new Map<number, string[]>();
  for (const id of network.nodes()) {
    const list = members.get(raw[id] ?? -1);
    if (list) list.push(id);
    else members.set(raw[id] ?? -1, [id]);
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ordered = [...members.values()].map((ids) => ids.slice().sort(compare))
    .sort((a, b) => b.length - a.length || compare(a[0] ?? '', b[0] ?? ''));
  const communityOf = new Map<string, number>();
  ordered.forEach((ids, community) => { for (const id of ids) communityOf.set(id, community); });

  const nodes = Object.fromEntries(network.nodes().map((id): [string, NodeMeasures] => [id, {
    degree: network.degree(id),
    weightedDegree: weightedDegree(network, id, 'weight'),
    pagerank: ranks[id] ?? 0,
    betweenness: 0,
    community: communityOf.get(id) ?? 0,
  }]));
  return {
    nodes,
    modularity: modularity(network, { getNodeCommunity: (id) => communityOf.get(id) ?? 0, getEdgeWeight: 'weight' }),
    communityCount: ordered.length,
    communitySizes: ordered.map((ids) => ids.length),
  };
}
