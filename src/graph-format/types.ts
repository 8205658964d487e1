import type { z } from 'zod';
import type {
  actorTypeSchema,
  documentSchema,
  edgeRelationCountSchema,
  edgeSchema,
  evidenceRelationSchema,
  evidenceSchema,
  graphSchema,
  mentionSchema,
  nodeSchema,
  passageSchema,
  relationTypeSchema,
  spanSchema,
} from './schema.ts';

export type ActorType = z.infer<typeof actorTypeSchema>;
export type GraphDocument = z.infer<typeof documentSchema>;
export type Span = z.infer<typeof spanSchema>;
export type Passage = z.infer<typeof passageSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
export type EvidenceRelation = z.infer<typeof evidenceRelationSchema>;
export type EdgeRelationCount = z.infer<typeof edgeRelationCountSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type Graph = z.infer<typeof graphSchema>;

/** Outcome of validating untrusted input as a graph. */
export type ValidationResult =
  | { ok: true; graph: Graph }
  | { ok: false; errors: string[] };
