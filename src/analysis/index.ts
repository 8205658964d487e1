/**
 * Network analysis of a Silkmap graph. Browser-safe; depends only on src/graph-format
 * and graphology.
 *
 *   const measures = computeMeasures(graph);
 *   measures.nodes['state:china'].pagerank;
 */
export { computeMeasures, type MeasureOptions } from './measures.ts';
export { toGraphology, type NetworkGraph } from './to-graphology.ts';
export { mulberry32 } from './random.ts';
export type { GraphMeasures, NetworkInput, NodeMeasures } from './types.ts';
