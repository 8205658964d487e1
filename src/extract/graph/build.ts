/**
 * Assembles the graph JSON from analysed documents and resolved actors, with every
 * array in a fixed order so the same input always gives byte-identical output.
 */
import {
  GRAPH_FORMAT, GRAPH_FORMAT_VERSION, nodeId, slugify,
  type Graph, type GraphDocument, type GraphEdge, type GraphNode, type Mention, type Passage,
} from '../../graph-format/index.ts';
import type { Actor } from '../resolve/index.ts';
import type { DocumentAnalysis } from '../types.ts';
import type { PlacedMention } from './comentions.ts';

export interface AnalysedDocument {
  path: string;
  analysis: Extract<DocumentAnalysis, { status: 'ok' }>;
}

export interface GraphParts {
  documents: GraphDocument[];
  passages: Passage[];
  /** passageOffset[d] = index in `passages` of document d's first passage. */
  passageOffset: number[];
}

export function buildDocumentsAndPassages(documents: readonly AnalysedDocument[]): GraphParts {
  const usedIds = new Set<string>();
  const graphDocuments: GraphDocument[] = [];
  const passages: Passage[] = [];
  const passageOffset: number[] = [];
  for (const { path, analysis } of documents) {
    const base = `doc:${slugify(path) || 'document'}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    const document: GraphDocument = { id, path, title: analysis.title, length: analysis.length };
    if (analysis.date !== undefined) document.date = analysis.date;
    graphDocuments.push(document);
    passageOffset.push(passages.length);
    analysis.passages.forEach((passage, index) => {
      const post = analysis.posts[passage.postIndex];
      const graphPassage: Passage = {
        id: `${id}#p${index}`,
        documentId: id,
        postIndex: passage.postIndex,
        postTitle: post?.title ?? analysis.title,
        text: passage.text,
        sourceStart: passage.sourceStart,
        sourceEnd: passage.sourceEnd,
        sentences: passage.sentences.map(([start, end]) => [start, end]),
      };
      if (post?.date !== undefined) graphPassage.postDate = post.date;
      passages.push(graphPassage);
    });
  }
  return { documents: graphDocuments, passages, passageOffset };
}

/** The graph around its parts, nodes and edges (in the order the format fixes). */
export function graphOf(parts: GraphParts, nodes: GraphNode[], generatorVersion: string, edges: GraphEdge[]): Graph {
  return {
    format: GRAPH_FORMAT,
    version: GRAPH_FORMAT_VERSION,
    generator: { name: 'silkmap-extract', version: generatorVersion },
    documents: parts.documents,
    passages: parts.passages,
    nodes,
    edges,
  };
}

/**
 * The graph's nodes, sorted by id, and every mention of them placed (what the edges are made from).
 * `actors` is emptied once read, and nothing of them is kept but the nodes: at corpus scale their
 * mentions are tens of megabytes that need not live while the edges are built.
 */
export function buildNodes(parts: GraphParts, actors: Actor[]): { nodes: GraphNode[]; placed: PlacedMention[] } {
  const { passages, passageOffset } = parts;
  const nodesById = new Map<string, { label: string; type: Actor['type']; mentions: { passageIndex: number; start: number; end: number }[] }>();
  for (const actor of actors) {
    const id = nodeId(actor.type, actor.label);
    const node = nodesById.get(id) ?? { label: actor.label, type: actor.type, mentions: [] };
    nodesById.set(id, node);
    for (const mention of actor.mentions) {
      node.mentions.push({ passageIndex: (passageOffset[mention.document] ?? 0) + mention.passage, start: mention.start, end: mention.end });
    }
  }
  actors.length = 0;

  const nodes: GraphNode[] = [];
  const placed: PlacedMention[] = [];
  for (const id of [...nodesById.keys()].sort()) {
    const node = nodesById.get(id)!;
    const unique = new Map<string, { passageIndex: number; start: number; end: number }>();
    for (const mention of node.mentions) unique.set(`${mention.passageIndex}:${mention.start}:${mention.end}`, mention);
    const ordered = [...unique.values()].sort((a, b) => a.passageIndex - b.passageIndex || a.start - b.start || a.end - b.end);
    const aliases = new Set<string>();
    const documentIds = new Set<string>();
    const mentions: Mention[] = ordered.map(({ passageIndex, start, end }) => {
      const passage = passages[passageIndex] as Passage;
      aliases.add(passage.text.slice(start, end));
      documentIds.add(passage.documentId);
      placed.push({ nodeId: id, nodeType: node.type, passageIndex, start, end });
      return { passageId: passage.id, start, end };
    });
    nodes.push({
      id,
      label: node.label,
      type: node.type,
      aliases: [...aliases].sort(),
      mentionCount: mentions.length,
      documentCount: documentIds.size,
      mentions,
    });
  }
  nodesById.clear();
  return { nodes, placed };
}
