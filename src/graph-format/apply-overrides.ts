/**
 * Applies an overrides document to a graph. Pure: the same graph and overrides always give
 * the same result, and neither input is changed. Operations that name an actor that does not
 * exist (any more) are skipped with a warning, so overrides written against an older
 * extraction still apply where they can. Warnings are data; the CLI and the explorer put them
 * into words.
 */
import { RelationLedger } from './carry-relations.ts';
import { buildCoMentionEdges } from './co-mentions.ts';
import { nodeId } from './ids.ts';
import type { OverrideOperation, Overrides } from './overrides.ts';
import type { Graph, GraphNode, Mention, Passage } from './types.ts';

/** An operation that was skipped: its place in the document (from 0), its kind, and why. */
export interface OverrideWarning {
  index: number;
  op: OverrideOperation['op'];
  reason: string;
}

export interface ApplyOverridesResult {
  graph: Graph;
  applied: number;
  warnings: OverrideWarning[];
}

export function applyOverrides(graph: Graph, overrides: Overrides): ApplyOverridesResult {
  if (overrides.operations.length === 0) return { graph, applied: 0, warnings: [] };
  const passages = new Map(graph.passages.map((passage) => [passage.id, passage]));
  const order = new Map(graph.passages.map((passage, index) => [passage.id, index]));
  const nodes = new Map(graph.nodes.map((node) => [node.id, { ...node, aliases: [...node.aliases], mentions: [...node.mentions] }]));
  const warnings: OverrideWarning[] = [];
  const relations = new RelationLedger(graph.edges);
  let applied = 0;

  for (const [index, operation] of overrides.operations.entries()) {
    const reason = applyOperation(operation, nodes, passages, relations);
    if (reason) warnings.push({ index, op: operation.op, reason });
    else applied++;
  }

  const finalNodes = [...nodes.values()]
    .map((node) => summariseNode(node, passages, order))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    graph: { ...graph, nodes: finalNodes, edges: relations.attachTo(buildCoMentionEdges(graph.passages, finalNodes)) },
    applied,
    warnings,
  };
}

/** Applies one operation in place; returns why it could not be applied, or undefined. */
function applyOperation(operation: OverrideOperation, nodes: Map<string, GraphNode>, passages: Map<string, Passage>, relations: RelationLedger): string | undefined {
  switch (operation.op) {
    case 'merge': {
      const into = nodes.get(operation.into);
      if (!into) return `no actor "${operation.into}"`;
      const sources = operation.from.filter((id) => id !== operation.into);
      const missing = sources.filter((id) => !nodes.has(id));
      if (missing.length === sources.length) return `none of ${sources.map((id) => `"${id}"`).join(', ')} exists`;
      for (const id of sources) {
        const source = nodes.get(id);
        if (!source) continue;
        into.mentions.push(...source.mentions);
        into.aliases.push(...source.aliases);
        nodes.delete(id);
        relations.renameActor(id, into.id);
      }
      return undefined;
    }
    case 'rename':
    case 'retype': {
      const node = nodes.get(operation.id);
      if (!node) return `no actor "${operation.id}"`;
      const label = operation.op === 'rename' ? operation.label : node.label;
      const type = operation.op === 'retype' ? operation.type : node.type;
      const id = nodeId(type, label);
      if (id !== node.id && nodes.has(id)) return `another actor already has the id "${id}" (merge them instead)`;
      nodes.delete(node.id);
      nodes.set(id, { ...node, id, label, type, aliases: operation.op === 'rename' ? [...node.aliases, node.label] : node.aliases });
      relations.renameActor(node.id, id);
      return undefined;
    }
    case 'split': {
      const node = nodes.get(operation.id);
      if (!node) return `no actor "${operation.id}"`;
      const moved = node.mentions.filter((mention) => surfaceOf(mention, passages) === operation.alias);
      if (moved.length === 0) return `"${operation.id}" has no mention written "${operation.alias}"`;
      if (moved.length === node.mentions.length) return `every mention of "${operation.id}" is "${operation.alias}" (rename it instead)`;
      const label = operation.label ?? operation.alias;
      const type = operation.type ?? node.type;
      const id = nodeId(type, label);
      node.mentions = node.mentions.filter((mention) => !moved.includes(mention));
      node.aliases = node.aliases.filter((alias) => alias !== operation.alias);
      const existing = nodes.get(id);
      if (existing) existing.mentions.push(...moved);
      else nodes.set(id, { id, label, type, aliases: [operation.alias], mentionCount: 0, documentCount: 0, mentions: moved });
      return undefined;
    }
    case 'hide': {
      if (!nodes.delete(operation.id)) return `no actor "${operation.id}"`;
      relations.renameActor(operation.id, undefined);
      return undefined;
    }
    case 'relation': {
      const [a, b] = operation.between;
      const missing = [a, b].filter((id) => !nodes.has(id));
      if (missing.length > 0) return `no actor ${missing.map((id) => `"${id}"`).join(', ')}`;
      if (a === b) return 'a relation needs two different actors';
      const { from, to } = operation.relation;
      if ((from !== undefined || to !== undefined) && !(from !== to && [a, b].includes(from ?? '') && [a, b].includes(to ?? ''))) {
        return 'relation from/to must be the two actors, both or neither';
      }
      relations.set(operation.passageId, operation.sentence, a, b, operation.relation);
      return undefined;
    }
  }
}

function surfaceOf(mention: Mention, passages: Map<string, Passage>): string | undefined {
  return passages.get(mention.passageId)?.text.slice(mention.start, mention.end);
}

/** Sorts and de-duplicates mentions, and recomputes what follows from them. */
function summariseNode(node: GraphNode, passages: Map<string, Passage>, order: Map<string, number>): GraphNode {
  const seen = new Set<string>();
  const mentions = node.mentions
    .filter((mention) => {
      const key = `${mention.passageId}:${mention.start}:${mention.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (order.get(a.passageId) ?? 0) - (order.get(b.passageId) ?? 0) || a.start - b.start || a.end - b.end);
  const surfaces = mentions.map((mention) => surfaceOf(mention, passages)).filter((s): s is string => s !== undefined);
  const aliases = [...new Set([...node.aliases, ...surfaces])].sort();
  const documents = new Set(mentions.map((mention) => passages.get(mention.passageId)?.documentId));
  return { id: node.id, label: node.label, type: node.type, aliases, mentionCount: mentions.length, documentCount: documents.size, mentions };
}
