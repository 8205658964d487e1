/** Network measures of one actor. */
export interface NodeMeasures {
  /** Number of distinct actors it is linked to. */
  degree: number;
  /** Sum of the weights (co-mention sentence counts) of its links. */
  weightedDegree: number;
  /** Weighted PageRank; the values of all nodes sum to 1. */
  pagerank: number;
  /** Normalised betweenness in [0, 1] (the centre of a star has 1). */
  betweenness: number;
  /**
   * Louvain community, numbered 0..communityCount-1 from the largest community down
   * (ties broken by the smallest member id), so numbers are stable for a given graph.
   */
  community: number;
}

/**
 * Measures of a whole graph. Plain data only (records keyed by node id, numbers), so it
 * can be cached, sent to a worker with postMessage or written as JSON.
 */
export interface GraphMeasures {
  nodes: Record<string, NodeMeasures>;
  /** Modularity of the community partition (weighted), in [-0.5, 1]. */
  modularity: number;
  communityCount: number;
  /** Community sizes indexed by community number (so communitySizes[0] is the largest). */
  communitySizes: number[];
}

/** What the measures read of a graph: node ids and weighted links (a Graph is one). */
export interface NetworkInput {
  nodes: readonly { id: string }[];
  edges: readonly { id: string; source: string; target: string; weight: number }[];
}
