/**
 * The relation vocabulary: what a linking sentence says about its two actors. Data only
 * (types, their quad class, labels), shared by the extractor, the explorer and the exports.
 * The classes follow the CAMEO/PLOVER "quad classes" of event coding, plus `structure`
 * (membership, office, ownership) and `neutral` (only mentioned together).
 */
import type { EdgeRelationCount, EvidenceRelation, RelationType } from './types.ts';

import { RELATION_TYPES } from './format.ts';

export { RELATION_TYPES };

export const RELATION_CLASSES = [
  'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict', 'structure', 'neutral',
] as const;
export type RelationClass = (typeof RELATION_CLASSES)[number];

/** The four colour groups the explorer draws links in. */
export type RelationColourGroup = 'cooperation' | 'conflict' | 'structure' | 'neutral';

export interface RelationTypeInfo {
  type: RelationType;
  /** Capitalised name, as in the explorer's "Relation types" group. */
  label: string;
  /** Verb phrase used in "China → Kazakhstan · funds". */
  verb: string;
  class: RelationClass;
  /** Mutual types between two parties acting together carry no from/to. */
  mutual: boolean;
}

export const RELATION_TYPE_INFO: Record<RelationType, RelationTypeInfo> = {
  meets: { type: 'meets', label: 'Meets', verb: 'meets', class: 'verbal cooperation', mutual: true },
  agrees: { type: 'agrees', label: 'Agrees', verb: 'agrees', class: 'verbal cooperation', mutual: true },
  supports: { type: 'supports', label: 'Supports', verb: 'supports', class: 'verbal cooperation', mutual: false },
  cooperates: { type: 'cooperates', label: 'Cooperates', verb: 'cooperates', class: 'material cooperation', mutual: true },
  funds: { type: 'funds', label: 'Funds', verb: 'funds', class: 'material cooperation', mutual: false },
  trades: { type: 'trades', label: 'Trades', verb: 'trades', class: 'material cooperation', mutual: false },
  criticises: { type: 'criticises', label: 'Criticises', verb: 'criticises', class: 'verbal conflict', mutual: false },
  pressures: { type: 'pressures', label: 'Pressures', verb: 'pressures', class: 'material conflict', mutual: false },
  attacks: { type: 'attacks', label: 'Attacks', verb: 'attacks', class: 'material conflict', mutual: false },
  belongs: { type: 'belongs', label: 'Belongs', verb: 'belongs to', class: 'structure', mutual: false },
  none: { type: 'none', label: 'None', verb: 'mentioned with', class: 'neutral', mutual: true },
};

export function relationClassOf(type: RelationType): RelationClass {
  return RELATION_TYPE_INFO[type].class;
}

export function colourGroupOf(type: RelationType): RelationColourGroup {
  const relationClass = relationClassOf(type);
  if (relationClass === 'verbal cooperation' || relationClass === 'material cooperation') return 'cooperation';
  if (relationClass === 'verbal conflict' || relationClass === 'material conflict') return 'conflict';
  return relationClass === 'structure' ? 'structure' : 'neutral';
}

/**
 * An edge's summary of its evidence's relations: one entry per (type, from, to, negated),
 * counting sentences; sorted by count (most first), then type order, then from. Untyped
 * evidence (from version-1 graphs) is not counted.
 */
export function summariseRelations(evidence: readonly { relation?: EvidenceRelation | undefined }[]): EdgeRelationCount[] {
  const counts = new Map<string, EdgeRelationCount>();
  for (const item of evidence) {
    const relation = item.relation;
    if (!relation) continue;
    const key = `${relation.type}\u0000${relation.from ?? ''}\u0000${relation.to ?? ''}\u0000${relation.negated ? 1 : 0}`;
    const entry = counts.get(key);
    if (entry) entry.count++;
    else {
      const fresh: EdgeRelationCount = { type: relation.type, count: 1 };
      if (relation.from !== undefined) fresh.from = relation.from;
      if (relation.to !== undefined) fresh.to = relation.to;
      if (relation.negated) fresh.negated = true;
      counts.set(key, fresh);
    }
  }
  const order = (type: RelationType) => RELATION_TYPES.indexOf(type);
  return [...counts.values()].sort((a, b) =>
    b.count - a.count || order(a.type) - order(b.type) || (a.from ?? '').localeCompare(b.from ?? '') || Number(a.negated ?? false) - Number(b.negated ?? false));
}

/** Sentences per type (negated ones excluded), for filters and "main types". */
export function countsByType(summary: readonly EdgeRelationCount[] | undefined): Map<RelationType, number> {
  const counts = new Map<RelationType, number>();
  for (const entry of summary ?? []) {
    if (entry.negated) continue;
    counts.set(entry.type, (counts.get(entry.type) ?? 0) + entry.count);
  }
  return counts;
}

/** The types that say most about a link: by count, `none` only when nothing else was found. */
export function mainRelationTypes(summary: readonly EdgeRelationCount[] | undefined, limit = 2): RelationType[] {
  const counts = [...countsByType(summary).entries()]
    .sort((a, b) => b[1] - a[1] || RELATION_TYPES.indexOf(a[0]) - RELATION_TYPES.indexOf(b[0]));
  const typed = counts.filter(([type]) => type !== 'none').map(([type]) => type);
  return (typed.length > 0 ? typed : counts.map(([type]) => type)).slice(0, limit);
}

/** "China → Kazakhstan · funds", "China – Russia · meets", with `not` for negated sentences. */
export function describeRelation(relation: EvidenceRelation, nameOf: (id: string) => string, ends: readonly [string, string]): string {
  const info = RELATION_TYPE_INFO[relation.type];
  const verb = relation.negated ? `not ${info.verb}` : info.verb;
  if (relation.from !== undefined && relation.to !== undefined) return `${nameOf(relation.from)} → ${nameOf(relation.to)} · ${verb}`;
  return `${nameOf(ends[0])} – ${nameOf(ends[1])} · ${verb}`;
}
