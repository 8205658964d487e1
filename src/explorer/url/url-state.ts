/**
 * The view state that lives in the query string: selection, filters, focus, weight mode,
 * size-by and colour-by.
 * Reading is defensive (a hand-edited or stale link never breaks the app): unknown values
 * are dropped, numbers are clamped, and ids are checked against the loaded graph.
 */
import type { ActorType, RelationType } from '../../graph-format/index.ts';
import { RELATION_TYPES } from '../../graph-format/relations.ts';
import { ACTOR_TYPES } from '../store/actor-types.ts';
import { DEFAULT_FILTERS } from '../store/defaults.ts';
import type { ColourBy, Filters, FocusDepth, GraphModel, HubMode, Selection, SizeBy, WeightMode } from '../store/types.ts';

export interface UrlState { selection: Selection; filters: Filters; sizeBy: SizeBy; colourBy: ColourBy }

export const DEFAULT_SIZE_BY: SizeBy = 'mentions';
export const DEFAULT_COLOUR_BY: ColourBy = 'type';
const SIZE_BY: readonly SizeBy[] = ['mentions', 'degree', 'pagerank'];
const COLOUR_BY: readonly ColourBy[] = ['type', 'community'];

/** The value if it is one of the allowed ones, else the default. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

const MAX_THRESHOLD = 1_000_000;

function readCount(value: string | null, fallback: number): number {
  if (value === null || !/^\d{1,7}$/.test(value)) return fallback;
  return Math.min(MAX_THRESHOLD, Math.max(1, Number(value)));
}

function readTypes(value: string | null): readonly ActorType[] {
  if (value === null) return DEFAULT_FILTERS.types;
  const wanted = new Set(value.split(','));
  const types = ACTOR_TYPES.filter((type) => wanted.has(type));
  // `types=` (every type unticked) is a real state; `types=bogus` is a broken link: show all.
  return types.length === 0 && value !== '' ? DEFAULT_FILTERS.types : types;
}

function readRelationTypes(value: string | null): readonly RelationType[] {
  if (value === null) return DEFAULT_FILTERS.relationTypes;
  const wanted = new Set(value.split(','));
  const types = RELATION_TYPES.filter((type) => wanted.has(type));
  return types.length === 0 && value !== '' ? DEFAULT_FILTERS.relationTypes : types;
}

export function readUrlState(search: string, model: GraphModel | null): UrlState {
  const params = new URLSearchParams(search);
  const hubs = params.get('hubs');
  const weight = params.get('weight');
  const focus = params.get('focus');
  const filters: Filters = {
    types: readTypes(params.get('types')),
    minMentions: readCount(params.get('minMentions'), DEFAULT_FILTERS.minMentions),
    minEdgeWeight: readCount(params.get('minWeight'), DEFAULT_FILTERS.minEdgeWeight),
    hubs: hubs === 'fade' || hubs === 'hide' ? (hubs satisfies HubMode) : DEFAULT_FILTERS.hubs,
    weightMode: weight === 'pmi' ? ('pmi' satisfies WeightMode) : DEFAULT_FILTERS.weightMode,
    focus: focus === '1' || focus === '2' ? (Number(focus) as FocusDepth) : 0,
    relationTypes: readRelationTypes(params.get('relations')),
  };
  const actor = params.get('actor');
  const link = params.get('link');
  let selection: Selection = null;
  if (actor && (!model || model.nodeIndex.has(actor))) selection = { kind: 'node', id: actor };
  else if (link && (!model || model.edgeIndex.has(link))) selection = { kind: 'edge', id: link };
  return { selection, filters, sizeBy: oneOf(params.get('size'), SIZE_BY, DEFAULT_SIZE_BY), colourBy: oneOf(params.get('colour'), COLOUR_BY, DEFAULT_COLOUR_BY) };
}

/** Query string for a state; parameters it does not own (such as `graph`) are kept. */
export function writeUrlState(currentSearch: string, state: UrlState): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of ['actor', 'link', 'types', 'minMentions', 'minWeight', 'hubs', 'weight', 'focus', 'size', 'colour', 'relations']) params.delete(key);
  const { selection, filters } = state;
  if (selection?.kind === 'node') params.set('actor', selection.id);
  if (selection?.kind === 'edge') params.set('link', selection.id);
  if (filters.types.length !== ACTOR_TYPES.length) params.set('types', filters.types.join(','));
  if (filters.minMentions !== DEFAULT_FILTERS.minMentions) params.set('minMentions', String(filters.minMentions));
  if (filters.minEdgeWeight !== DEFAULT_FILTERS.minEdgeWeight) params.set('minWeight', String(filters.minEdgeWeight));
  if (filters.hubs !== 'show') params.set('hubs', filters.hubs);
  if (filters.weightMode !== 'sentences') params.set('weight', filters.weightMode);
  if (filters.focus !== 0) params.set('focus', String(filters.focus));
  if (filters.relationTypes.length !== RELATION_TYPES.length) params.set('relations', filters.relationTypes.join(','));
  if (state.sizeBy !== DEFAULT_SIZE_BY) params.set('size', state.sizeBy);
  if (state.colourBy !== DEFAULT_COLOUR_BY) params.set('colour', state.colourBy);
  const text = params.toString();
  return text ? `?${text}` : '';
}
