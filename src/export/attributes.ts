import type { GraphNode } from '../graph-format/index.ts';
import { formatExact } from './text.ts';
import type { ActorMeasures, MeasuresInput } from './types.ts';

export type AttributeType = 'string' | 'integer' | 'double';

/** One node attribute as written by GEXF, GraphML and CSV, so the three agree. */
export interface NodeAttribute {
  id: string;
  type: AttributeType;
  value: (node: GraphNode, measures: ActorMeasures | undefined) => string;
}

/** Aliases are joined into one text value with this separator. */
export const ALIAS_SEPARATOR = '|';

const BASE_ATTRIBUTES: NodeAttribute[] = [
  { id: 'type', type: 'string', value: (node) => node.type },
  { id: 'mentions', type: 'integer', value: (node) => String(node.mentionCount) },
  { id: 'documentCount', type: 'integer', value: (node) => String(node.documentCount) },
  { id: 'aliases', type: 'string', value: (node) => node.aliases.join(ALIAS_SEPARATOR) },
];

const MEASURE_ATTRIBUTES: NodeAttribute[] = [
  { id: 'degree', type: 'integer', value: (_, m) => formatExact(m?.degree ?? 0) },
  { id: 'weightedDegree', type: 'integer', value: (_, m) => formatExact(m?.weightedDegree ?? 0) },
  { id: 'pagerank', type: 'double', value: (_, m) => formatExact(m?.pagerank ?? 0) },
  { id: 'betweenness', type: 'double', value: (_, m) => formatExact(m?.betweenness ?? 0) },
  { id: 'community', type: 'integer', value: (_, m) => formatExact(m?.community ?? 0) },
];

/** The node attributes to write: measures only when they were computed. */
export function nodeAttributes(measures: MeasuresInput | undefined): NodeAttribute[] {
  return measures ? [...BASE_ATTRIBUTES, ...MEASURE_ATTRIBUTES] : BASE_ATTRIBUTES;
}
