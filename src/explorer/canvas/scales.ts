import type { ActorType } from '../../graph-format/index.ts';
import type { GraphModel } from '../store/types.ts';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const TYPE_COLOURS: Record<ActorType, string> = {
  state: '#0072B2',
  organisation: '#E69F00',
  firm: '#009E73',
  person: '#CC79A7',
};

export const TYPE_NAMES: Record<ActorType, string> = {
  state: 'State',
  organisation: 'Organisation',
  firm: 'Firm',
  person: 'Person',
};

/** Radius in layout units: area grows with mentions (sqrt scale); smaller ceiling for huge graphs. */
export function nodeRadii(model: GraphModel): Float32Array {
  const count = model.graph.nodes.length;
  const largest = count > 2000 ? 10 : 26;
  const smallest = count > 2000 ? 2.5 : 5;
  const max = Math.max(1, model.maxMentions);
  return Float32Array.from(model.graph.nodes, (node) => smallest + (largest - smallest) * Math.sqrt(node.mentionCount / max));
}
