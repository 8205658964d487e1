import type { ActorType } from '../graph-format/types.ts';

/**
 * The colour of each actor type, in the explorer and in every export (its one home): Okabe–Ito
 * colours, distinguishable with the common colour-vision deficiencies. In a module of its own, so
 * the explorer's first bundle takes these four colours without the exporters' colour code.
 */
export const TYPE_COLOURS: Readonly<Record<ActorType, string>> = {
  state: '#0072B2',
  organisation: '#E69F00',
  firm: '#009E73',
  person: '#CC79A7',
};
