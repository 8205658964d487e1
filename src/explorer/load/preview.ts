/**
 * The first picture of a big graph, made by the loader worker before the file is decoded and
 * validated (seconds on a real corpus): the overview's actors (most mentioned first) and backbone
 * links with their labels, types and sizes, laid out. Read from the overview the extractor stores
 * at the head of the file (graph-format/overview.ts; storedPreview), or worked out from the
 * parsed file when it has none (computed-preview.ts). The page draws it while the graph is
 * checked; the explorer then opens on the same actors, laid out from the same positions. It is
 * only a picture: nothing in it is trusted, and a file that then fails validation ends on the
 * error screen like any other.
 */
import { ACTOR_TYPES } from '../../graph-format/schema.ts';
import type { ActorType } from '../../graph-format/types.ts';
import { radiusFor } from '../../layout/radius.ts';

/** What the page needs to draw the overview before the graph is loaded. */
export interface GraphPreview {
  totalActors: number;
  totalLinks: number;
  /** The shown actors, most mentioned first. */
  ids: string[];
  labels: string[];
  types: ActorType[];
  mentionCounts: Uint32Array;
  /** Radius in layout units, as the explorer sizes them (canvas/scales.ts nodeRadii). */
  radii: Float32Array;
  /** Shown links as pairs of indices into `ids`, in the graph's link order. */
  links: Uint32Array;
  /** Per shown link: sqrt(weight / heaviest link of the graph), the layout's spring weight (simulation/use-layout.ts). */
  linkWeights: Float32Array;
  /** [x0, y0, …] in layout units, once laid out (src/layout/overview-layout.ts). */
  positions?: Float32Array;
  /** The layout's alpha when the positions were taken: below d3-force's alphaMin (0.001) when it came to rest. */
  alpha?: number;
}

type Extra = Record<string, unknown>;
export const isExtra = (value: unknown): value is Extra => typeof value === 'object' && value !== null && !Array.isArray(value);
export const TYPES = new Set<string>(ACTOR_TYPES);

/** The count an item's extra object overrides (mentionCount, weight), else the derived one. */
export function countOf(tuple: unknown[], extraAt: number, key: string, derived: number): number | null {
  const extra = tuple[extraAt];
  const value = isExtra(extra) && key in extra ? extra[key] : derived;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/**
 * The preview from the overview the extractor stored at the head of the file (graph-format/overview.ts),
 * laid out already; null when it is missing or malformed.
 */
export function storedPreview(overview: unknown): GraphPreview | null {
  if (!isExtra(overview) || !Array.isArray(overview.nodes) || !Array.isArray(overview.edges)) return null;
  const { actors, links, maxWeight } = overview;
  if (typeof actors !== 'number' || typeof links !== 'number' || typeof maxWeight !== 'number' || maxWeight < 1) return null;
  const nodes = overview.nodes as unknown[], flat = overview.edges as unknown[];
  const count = nodes.length;
  const ids: string[] = [], labels: string[] = [], types: ActorType[] = [];
  const mentionCounts = new Uint32Array(count), positions = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    const node = nodes[i];
    if (!Array.isArray(node) || node.length < 6 || typeof node[0] !== 'string' || typeof node[1] !== 'string' || !TYPES.has(node[2] as string)) return null;
    if (![3, 4, 5].every((field) => Number.isFinite(node[field]))) return null;
    ids.push(node[0]); labels.push(node[1]); types.push(node[2] as ActorType);
    mentionCounts[i] = node[3] as number;
    positions[i * 2] = node[4] as number;
    positions[i * 2 + 1] = node[5] as number;
  }
  if (flat.length % 3 !== 0 || !flat.every((value) => Number.isInteger(value) && (value as number) >= 0)) return null;
  const pairs = new Uint32Array((flat.length / 3) * 2);
  const linkWeights = new Float32Array(flat.length / 3);
  for (let l = 0; l < flat.length / 3; l++) {
    const a = flat[l * 3] as number, b = flat[l * 3 + 1] as number;
    if (a >= count || b >= count) return null;
    pairs[l * 2] = a; pairs[l * 2 + 1] = b;
    linkWeights[l] = Math.sqrt((flat[l * 3 + 2] as number) / maxWeight);
  }
  // Laid out to rest by the extractor: the explorer's layout only finishes it.
  return { ...withRadii({ totalActors: actors, totalLinks: links, ids, labels, types, mentionCounts, links: pairs, linkWeights }), positions, alpha: 0 };
}

/** The explorer's disc sizes (canvas/scales.ts nodeRadii): by mentions, against the most mentioned actor of the graph. */
export function withRadii(preview: Omit<GraphPreview, 'radii'>): GraphPreview {
  const max = Math.max(1, preview.mentionCounts[0] ?? 1);
  return { ...preview, radii: Float32Array.from(preview.mentionCounts, (count) => radiusFor(preview.totalActors, count, max)) };
}
