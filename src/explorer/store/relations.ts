/**
 * Relation types of links, for the "Relation types" filter, link colours and panels. Read
 * from each edge's summary (graph format 2); links of untyped graphs (version 1) pass every
 * filter and are drawn as neutral.
 */
// From the module itself, not the package index, which would bring the schema library along.
import { colourGroupOf, countsByType, mainRelationTypes, RELATION_TYPES, type RelationColourGroup } from '../../graph-format/relations.ts';
import type { RelationType } from '../../graph-format/index.ts';
import { memoByReference } from './memo.ts';
import type { GraphModel } from './types.ts';

const ALL_TYPES = (1 << RELATION_TYPES.length) - 1;

export function relationTypeMask(types: readonly RelationType[]): number {
  let mask = 0;
  for (const type of types) mask |= 1 << RELATION_TYPES.indexOf(type);
  return mask;
}

/** Per edge: a bit per relation type its sentences have (every bit for an untyped edge). */
export const edgeRelationMasks = memoByReference((model: GraphModel): Uint16Array => {
  const masks = new Uint16Array(model.graph.edges.length);
  model.graph.edges.forEach((edge, index) => {
    masks[index] = edge.relations === undefined ? ALL_TYPES : relationTypeMask(edge.relations.map((entry) => entry.type));
  });
  return masks;
});

export const COLOUR_GROUPS: readonly RelationColourGroup[] = ['cooperation', 'conflict', 'structure', 'neutral'];

/** Per edge: index in COLOUR_GROUPS of its main type's group (neutral when untyped or only `none`). */
export const edgeColourGroups = memoByReference((model: GraphModel): Uint8Array => {
  const groups = new Uint8Array(model.graph.edges.length);
  model.graph.edges.forEach((edge, index) => {
    const main = mainRelationTypes(edge.relations, 1)[0];
    groups[index] = COLOUR_GROUPS.indexOf(main ? colourGroupOf(main) : 'neutral');
  });
  return groups;
});

/** An actor's relations by type: sentences per type over all its links, most first (none last). */
export function actorRelationSummary(model: GraphModel, nodeIndex: number): { type: RelationType; sentences: number; links: number }[] {
  const totals = new Map<RelationType, { sentences: number; links: number }>();
  for (const edge of model.incidentEdges[nodeIndex] ?? []) {
    for (const [type, count] of countsByType(model.graph.edges[edge]!.relations)) {
      const entry = totals.get(type) ?? { sentences: 0, links: 0 };
      entry.sentences += count;
      entry.links += 1;
      totals.set(type, entry);
    }
  }
  return [...totals.entries()]
    .map(([type, entry]) => ({ type, ...entry }))
    .sort((a, b) => Number(a.type === 'none') - Number(b.type === 'none') || b.sentences - a.sentences || RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type));
}

/**
 * The direction to draw on a link: its main type when that type is directed, from the actor who
 * acts to the one acted upon (node indices); null for mutual, neutral or untyped links.
 */
export function edgeDirection(model: GraphModel, edge: number): [number, number] | null {
  const summary = model.graph.edges[edge]!.relations;
  const main = mainRelationTypes(summary, 1)[0];
  if (!main) return null;
  const directed = (summary ?? []).filter((entry) => entry.type === main && !entry.negated && entry.from !== undefined)
    .sort((a, b) => b.count - a.count)[0];
  if (!directed?.from || !directed.to) return null;
  const from = model.nodeIndex.get(directed.from);
  const to = model.nodeIndex.get(directed.to);
  return from === undefined || to === undefined ? null : [from, to];
}
