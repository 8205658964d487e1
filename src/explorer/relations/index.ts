export { ActorRelationSummary } from './ActorRelationSummary.tsx';
export { RelationEvidence } from './RelationEvidence.tsx';
export { RelationLegend } from './RelationLegend.tsx';
export { RelationTags } from './RelationTag.tsx';
export { RelationTypeFilter } from './RelationTypeFilter.tsx';
