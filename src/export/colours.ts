import { schemeTableau10 } from 'd3-scale-chromatic';
import { ACTOR_TYPES, type ActorType } from '../graph-format/index.ts';

/** Default colour of each actor type in exports (the first Tableau 10 colours, in type order). */
export const TYPE_COLOURS: Readonly<Record<ActorType, string>> = Object.fromEntries(
  ACTOR_TYPES.map((type, index) => [type, schemeTableau10[index] ?? '#888888']),
) as Record<ActorType, string>;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Parses #rgb, #rrggbb and rgb(r, g, b) (what d3-scale-chromatic produces); null otherwise. */
export function parseColour(colour: string): Rgb | null {
  const text = colour.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return { r: parseInt(short[1]! + short[1]!, 16), g: parseInt(short[2]! + short[2]!, 16), b: parseInt(short[3]! + short[3]!, 16) };
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
  if (long) return { r: parseInt(long[1]!, 16), g: parseInt(long[2]!, 16), b: parseInt(long[3]!, 16) };
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/.exec(text);
  if (rgb) return { r: Math.min(255, Number(rgb[1])), g: Math.min(255, Number(rgb[2])), b: Math.min(255, Number(rgb[3])) };
  return null;
}

/** Default node size: grows with the square root of the mentions, so area tracks mentions. */
export function mentionSize(mentionCount: number): number {
  return Math.round((3 + 2 * Math.sqrt(mentionCount)) * 100) / 100;
}
