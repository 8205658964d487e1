/**
 * One validator for both sides of the contract: the extractor runs it before writing,
 * the explorer runs it on load. A graph that passes is internally consistent: every id
 * it refers to exists and every offset falls inside the text it points into.
 */
import { decodeGraphFile } from './codec-decode.ts';
import { migrateGraph } from './migrate.ts';
import { summariseRelations } from './relations.ts';
import { graphSchema } from './schema.ts';
import type { Graph, ValidationResult } from './types.ts';

const MAX_ERRORS = 20;

export function validateGraph(input: unknown): ValidationResult {
  const parsed = graphSchema.safeParse(migrateGraph(input));
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, MAX_ERRORS).map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      return `${where}: ${issue.message}`;
    });
    return { ok: false, errors };
  }
  const errors = checkConsistency(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, graph: parsed.data };
}

/**
 * Parses a graph file's text, decodes it (the compact version 3 file, or a version 1 or 2
 * graph written as plain objects) and validates it; JSON syntax errors are reported like any
 * other error.
 */
export function parseGraphJson(text: string): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  const decoded = decodeGraphFile(data);
  return decoded.ok ? validateGraph(decoded.graph) : decoded;
}

function checkConsistency(graph: Graph): string[] {
  const errors: string[] = [];
  const report = (message: string): boolean => {
    errors.push(message);
    return errors.length >= MAX_ERRORS;
  };

  const documentIds = uniqueIds(graph.documents, 'documents', report);
  const passageLength = new Map<string, number>();
  const passageSentences = new Map<string, Graph['passages'][number]['sentences']>();
  for (const [index, passage] of graph.passages.entries()) {
    if (passageLength.has(passage.id) && report(`passages.${index}: duplicate id "${passage.id}"`)) return errors;
    passageLength.set(passage.id, passage.text.length);
    passageSentences.set(passage.id, passage.sentences);
    if (!documentIds.has(passage.documentId) && report(`passages.${index}: unknown documentId "${passage.documentId}"`)) return errors;
    if (passage.sourceEnd < passage.sourceStart && report(`passages.${index}: sourceEnd before sourceStart`)) return errors;
    let previousEnd = 0;
    for (const [s, [start, end]] of passage.sentences.entries()) {
      if ((start < previousEnd || end < start || end > passage.text.length) &&
        report(`passages.${index}.sentences.${s}: span [${start}, ${end}] is out of order or outside the text`)) return errors;
      previousEnd = end;
    }
  }

  const nodeIds = uniqueIds(graph.nodes, 'nodes', report);
  for (const [index, node] of graph.nodes.entries()) {
    if (node.mentionCount !== node.mentions.length &&
      report(`nodes.${index}: mentionCount ${node.mentionCount} but ${node.mentions.length} mentions`)) return errors;
    for (const [m, mention] of node.mentions.entries()) {
      const length = passageLength.get(mention.passageId);
      if (length === undefined) {
        if (report(`nodes.${index}.mentions.${m}: unknown passageId "${mention.passageId}"`)) return errors;
      } else if ((mention.end <= mention.start || mention.end > length) &&
        report(`nodes.${index}.mentions.${m}: span [${mention.start}, ${mention.end}] is outside its passage`)) return errors;
    }
  }

  const edgeIds = new Set<string>();
  for (const [index, edge] of graph.edges.entries()) {
    if (edgeIds.has(edge.id) && report(`edges.${index}: duplicate id "${edge.id}"`)) return errors;
    edgeIds.add(edge.id);
    if (!nodeIds.has(edge.source) && report(`edges.${index}: unknown source "${edge.source}"`)) return errors;
    if (!nodeIds.has(edge.target) && report(`edges.${index}: unknown target "${edge.target}"`)) return errors;
    if (edge.source === edge.target && report(`edges.${index}: links "${edge.source}" to itself`)) return errors;
    for (const [e, evidence] of edge.evidence.entries()) {
      const sentence = passageSentences.get(evidence.passageId)?.[evidence.sentence];
      if (!sentence || sentence[0] !== evidence.start || sentence[1] !== evidence.end) {
        if (report(`edges.${index}.evidence.${e}: does not point at a sentence of passage "${evidence.passageId}"`)) return errors;
      }
      const relation = evidence.relation;
      if (relation && relationEndsWrong(relation, edge) &&
        report(`edges.${index}.evidence.${e}: relation from/to must be the link's two ends, both or neither`)) return errors;
    }
    if (!sameSummary(edge.relations ?? [], summariseRelations(edge.evidence)) &&
      report(`edges.${index}: relations summary does not match its evidence`)) return errors;
  }
  return errors;
}

function uniqueIds(items: readonly { id: string }[], name: string, report: (message: string) => boolean): Set<string> {
  const ids = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (ids.has(item.id) && report(`${name}.${index}: duplicate id "${item.id}"`)) break;
    ids.add(item.id);
  }
  return ids;
}

function relationEndsWrong(relation: { from?: string | undefined; to?: string | undefined }, edge: { source: string; target: string }): boolean {
  if (relation.from === undefined && relation.to === undefined) return false;
  const ends = [edge.source, edge.target];
  return relation.from === undefined || relation.to === undefined || relation.from === relation.to ||
    !ends.includes(relation.from) || !ends.includes(relation.to);
}

/** Summaries are compared as multisets of their lines, so their order is free. */
function sameSummary(given: readonly object[], expected: readonly object[]): boolean {
  if (given.length !== expected.length) return false;
  const key = (entry: object) => JSON.stringify(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1)));
  const keys = expected.map(key).sort();
  return given.map(key).sort().every((k, i) => k === keys[i]);
}
