export { ActorRelationSummary } from './actor-relation-summary.tsx';
export { RelationEvidence } from './relation-evidence.tsx';
export { RelationLegend } from './relation-legend.tsx';
export { RelationTags } from './relation-tag.tsx';
export { RelationTypeFilter } from './relation-type-filter.tsx';
