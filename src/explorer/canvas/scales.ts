import type { ActorType } from '../../graph-format/index.ts';
import type { GraphMeasures } from '../../analysis/types.ts';
import type { ColourBy, GraphModel, SizeBy } from '../store/types.ts';
import { memoByReference } from '../store/memo.ts';
import { TYPE_COLOURS } from '../../export/type-colours.ts';
import { radiusFor } from '../../layout/radius.ts';

/** The type colours live with the exports, so that a picture and its export agree. */
export { TYPE_COLOURS };

export const TYPE_NAMES: Record<ActorType, string> = {
  state: 'State',
  organisation: 'Organisation',
  firm: 'Firm',
  person: 'Person',
};

/** Radius in layout units: area grows with mentions (sqrt scale); smaller ceiling for huge graphs. */
export function nodeRadii(model: GraphModel): Float32Array {
  return sqrtRadii(model, Float64Array.from(model.graph.nodes, (node) => node.mentionCount), Math.max(1, model.maxMentions));
}

/** Radius per node from a value per node: area proportional to value / max. */
function sqrtRadii(model: GraphModel, values: Float64Array, max: number): Float32Array {
  const count = model.graph.nodes.length;
  return Float32Array.from(values, (value) => radiusFor(count, value, max));
}


/**
 * Community colours, chosen never to be mistaken for a type colour: every one is at least 30
 * CIELAB units (ΔE*ab) from each of TYPE_COLOURS and at least 29 from the others, so a community
 * never reads as "State" in a view where the panels still show types. Cycled beyond ten.
 */
export const COMMUNITY_COLOURS: readonly string[] = [
  '#D55E00', '#332288', '#9ACD32', '#882255', '#00535C', '#F0E442', '#E7298A', '#999933', '#661100', '#888888',
];

/** The colour of a community (0 = largest); communities beyond ten share colours. */
export function communityColour(community: number): string {
  const count = COMMUNITY_COLOURS.length;
  return COMMUNITY_COLOURS[((community % count) + count) % count]!;
}

/**
 * Radius of every node for a size-by choice: the same sqrt scale as nodeRadii, over
 * mentions, degree or PageRank. Until the measures arrive PageRank falls back to mentions.
 */
export const nodeSizes = memoByReference((model: GraphModel, sizeBy: SizeBy, measures: GraphMeasures | null): Float32Array => {
  if (sizeBy === 'mentions' || (sizeBy === 'pagerank' && !measures)) return nodeRadii(model);
  const nodes = model.graph.nodes;
  const values = sizeBy === 'degree'
    ? Float64Array.from(model.degree)
    : Float64Array.from(nodes, (node) => measures?.nodes[node.id]?.pagerank ?? 0);
  return sqrtRadii(model, values, values.reduce((a, b) => Math.max(a, b), 0) || 1);
});

/** Whether nodeSizes / nodeColours read the measures for these choices (else their arrival changes nothing drawn). */
export function styleUsesMeasures(sizeBy: SizeBy, colourBy: ColourBy): boolean {
  return sizeBy === 'pagerank' || colourBy === 'community';
}

/**
 * Fill colour of every node: by actor type, or by community once the measures are known.
 * Memoised, like nodeSizes: the canvas can have them worked out ahead of its first frame.
 */
export const nodeColours = memoByReference((model: GraphModel, colourBy: ColourBy, measures: GraphMeasures | null): string[] =>
  model.graph.nodes.map((node) => {
    const community = colourBy === 'community' ? measures?.nodes[node.id]?.community : undefined;
    return community === undefined ? TYPE_COLOURS[node.type] : communityColour(community);
  }));
