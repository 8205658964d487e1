import { serializeGraph, type Graph } from '../graph-format/index.ts';
import { visibleSubgraph } from './subset.ts';

/** The graph file itself (the visible actors only, when given), in canonical form. */
export function toGraphJson(graph: Graph, visibleNodeIds?: ReadonlySet<string>): string {
  return serializeGraph(visibleSubgraph(graph, visibleNodeIds));
}
