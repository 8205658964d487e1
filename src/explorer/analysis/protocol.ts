import type { Graph } from '../../graph-format/index.ts';
import type { GraphMeasures } from '../../analysis/types.ts';

/** `betweenness: false` asks for everything but betweenness (the O(V·E) part). */
export interface MeasuresRequest { graph: Graph; betweenness: boolean }
/** `complete: false`: everything but betweenness (big graphs get it only when asked for). */
export type MeasuresResponse = { ok: true; measures: GraphMeasures; complete: boolean; ms: number } | { ok: false; message: string };

/**
 * The part of a graph the measures need: actors and weighted links. Mentions, evidence and
 * passages are left out so that posting it to the worker copies kilobytes, not the corpus.
 */
export function networkOnly(graph: Graph): Graph {
  return {
    ...graph,
    documents: [],
    passages: [],
    nodes: graph.nodes.map((node) => ({ ...node, mentions: [] })),
    edges: graph.edges.map((edge) => ({ ...edge, evidence: [] })),
  };
}
