import Graphology from 'graphology';
import type { NetworkInput } from './types.ts';

export interface EdgeAttributes {
  weight: number;
}

export type NetworkGraph = Graphology<Record<string, never>, EdgeAttributes>;

/**
 * The actor network as an undirected graphology graph, nodes and edges inserted in the
 * order of the graph file (which the extractor sorts), so every algorithm sees the same
 * order on every run.
 */
export function toGraphology(graph: NetworkInput): NetworkGraph {
  const network: NetworkGraph = new Graphology({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of graph.nodes) network.addNode(node.id);
  for (const edge of graph.edges) {
    // A validated graph has no duplicate pairs, but merging keeps an odd input from throwing.
    if (network.hasEdge(edge.source, edge.target)) {
      network.updateEdgeAttribute(edge.source, edge.target, 'weight', (weight) => (weight ?? 0) + edge.weight);
    } else {
      network.addEdgeWithKey(edge.id, edge.source, edge.target, { weight: edge.weight });
    }
  }
  return network;
}
