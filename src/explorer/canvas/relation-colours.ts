/**
 * Link colours by relation class (cooperation, conflict, structure, neutral). From Paul Tol's
 * colour-blind-safe "vibrant" scheme, chosen apart from the Okabe–Ito node colours; neutral
 * links keep the plain grey, so an untyped (version-1) graph looks as before.
 */
import type { RelationColourGroup } from '../../graph-format/relations.ts';

export const RELATION_GROUP_RGB: Record<RelationColourGroup, readonly [number, number, number]> = {
  cooperation: [0, 153, 136],
  conflict: [204, 51, 17],
  structure: [51, 187, 238],
  neutral: [84, 96, 112],
};

export const RELATION_GROUP_NAMES: Record<RelationColourGroup, string> = {
  cooperation: 'Cooperation',
  conflict: 'Conflict',
  structure: 'Structure',
  neutral: 'Only mentioned together',
};

/** The colour with `alpha`; typed links a little stronger than neutral ones so the types stand out. */
export function relationColour(group: RelationColourGroup, alpha: number): string {
  const [r, g, b] = RELATION_GROUP_RGB[group];
  const strength = group === 'neutral' ? alpha : Math.min(1, alpha * 2);
  return `rgba(${r}, ${g}, ${b}, ${strength})`;
}

/** Solid swatch colour for legends and filter boxes. */
export function relationSwatch(group: RelationColourGroup): string {
  const [r, g, b] = RELATION_GROUP_RGB[group];
  return `rgb(${r}, ${g}, ${b})`;
}
