import type { Graph } from '../graph-format/index.ts';

/**
 * The graph restricted to the visible actors and the links between them. Documents and
 * passages are kept whole, so the result still validates (mentions and evidence point
 * into them).
 */
export function visibleSubgraph(graph: Graph, visibleNodeIds?: ReadonlySet<string>): Graph {
  if (!visibleNodeIds) return graph;
  return {
    ...graph,
    nodes: graph.nodes.filter((node) => visibleNodeIds.has(node.id)),
    edges: graph.edges.filter((edge) => visibleNodeIds.has(edge.source) && visibleNodeIds.has(edge.target)),
  };
}
