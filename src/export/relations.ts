/**
 * Relation types in the exports: per-type sentence counts and the main type of each link
 * (GEXF, GraphML), and each evidence sentence's type and direction in words. Written only
 * for typed graphs (format 2), so exports of untyped graphs stay as they were.
 */
import type { Graph, GraphEdge } from '../graph-format/index.ts';
import { countsByType, describeRelation, mainRelationTypes, RELATION_TYPES } from '../graph-format/relations.ts';

export interface EdgeAttribute {
  id: string;
  type: 'string' | 'integer';
  value: (edge: GraphEdge) => string;
}

export function isTyped(graph: Graph): boolean {
  return graph.edges.some((edge) => edge.relations !== undefined);
}

/** `mainRelation` (the most frequent type other than none, else none) and `rel_<type>` sentence counts. */
export function relationEdgeAttributes(graph: Graph): EdgeAttribute[] {
  if (!isTyped(graph)) return [];
  return [
    { id: 'mainRelation', type: 'string', value: (edge) => mainRelationTypes(edge.relations, 1)[0] ?? '' },
    ...RELATION_TYPES.map((type): EdgeAttribute => ({ id: `rel_${type}`, type: 'integer', value: (edge) => String(countsByType(edge.relations).get(type) ?? 0) })),
  ];
}

/** "China → Kazakhstan · funds" for one evidence sentence of `edge`, or undefined when it is untyped. */
export function evidenceRelationText(graph: Graph, edge: GraphEdge, passageId: string, start: number): string | undefined {
  const item = edge.evidence.find((evidence) => evidence.passageId === passageId && evidence.start === start);
  if (!item?.relation) return undefined;
  const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
  return describeRelation(item.relation, (id) => labels.get(id) ?? id, [edge.source, edge.target]);
}
