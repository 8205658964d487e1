import { RELATION_TYPES } from '../../graph-format/relations.ts';
import { ACTOR_TYPES } from './actor-types.ts';
import type { Filters, TableSort } from './types.ts';

export const DEFAULT_FILTERS: Filters = {
  types: ACTOR_TYPES,
  minMentions: 1,
  minEdgeWeight: 1,
  hubs: 'show',
  weightMode: 'sentences',
  focus: 0,
  relationTypes: RELATION_TYPES,
};

export const DEFAULT_SORT: TableSort = { key: 'mentions', direction: 'descending' };
