/**
 * A first, fast answer for big graphs: every measure except betweenness, which is
 * O(V·E) (3.4 s at 5,000 actors/20,000 links, 24 s at 10,000/50,000 on this machine).
 * Big graphs get this first (see use-measures.ts) so that PageRank sizing and community
 * colours do not wait for betweenness, which is computed when the user asks for it.
 */
import { computeMeasures, type GraphMeasures, type NetworkInput } from '../../analysis/index.ts';

/** All measures but betweenness (0 here until the full result arrives). */
export function measuresWithoutBetweenness(graph: NetworkInput): GraphMeasures {
  return computeMeasures(graph, { betweenness: false });
}
