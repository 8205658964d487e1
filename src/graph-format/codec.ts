/**
 * The graph file's compact encoding (file format version 3). In memory a graph is always
 * the `Graph` of schema.ts, which validateGraph checks and the explorer uses; on disk it is
 * written as arrays instead of objects, with what can be derived left out:
 *
 * - documents: objects, keys in the schema's order.
 * - passages: `[document, postIndex, post, text, sourceStart, sourceEnd, sentences, extra?]`;
 *   `document` indexes `documents`; the id `<documentId>#p<n>` (n-th passage of its document)
 *   is derived; `post` is `0` when title and date are the previous passage's, else the title,
 *   or `[title, date]`; `sentences` is flat `[start − previous end, end − start, …]`.
 * - nodes: `[id, label, type, aliases, mentions, documentCount, extra?]`; `id` is `0` when it
 *   is nodeId(type, label); mentions are flat `[passage − previous passage, start, end − start, …]`
 *   with passages as indices; mentionCount is the number of mentions.
 * - edges: `[source, target, documentCount, evidence, extra?]` with nodes as indices; the id
 *   is edgeId(source, target), the weight the number of evidence items; evidence is flat
 *   `[passage − previous passage, sentence, …]`: its start and end are the sentence's span.
 *
 * Nothing is lost: a field the encoding does not know (or whose value differs from the
 * derived one) goes into the item's `extra` object, and evidence items' own extra fields into
 * `extra.$evidence` (mentions': `extra.$mentions`), an array beside them (`0` for an item with none). Decoding gives
 * back an equal graph, which is then validated like any other (validate.ts). `contract`
 * records the in-memory contract version (Graph['version']) the file was written from, so
 * that graphs of an older contract can be migrated after decoding.
 */
import { edgeId, nodeId } from './ids.ts';
import { GRAPH_FORMAT } from './format.ts';
import type { Graph } from './types.ts';
import type { FileOverview } from './overview.ts';

export const GRAPH_FILE_VERSION = 3;

type Extra = Record<string, unknown>;
/** Keys in a node's or edge's extra object for the extra fields of its mentions or evidence items. */
export const MENTION_EXTRAS = '$mentions';
export const EVIDENCE_EXTRAS = '$evidence';
type EncodedPost = 0 | string | [string, string];
export type EncodedPassage = [number, number, EncodedPost, string, number, number, number[], Extra?];
export type EncodedNode = [string | 0, string, string, string[], number[], number, Extra?];
export type EncodedEdge = [number, number, number, number[], Extra?];

export interface GraphFile {
  format: typeof GRAPH_FORMAT;
  version: typeof GRAPH_FILE_VERSION;
  contract: number;
  generator: Graph['generator'];
  documents: Graph['documents'];
  passages: EncodedPassage[];
  nodes: EncodedNode[];
  edges: EncodedEdge[];
  overview?: FileOverview;
  [other: string]: unknown;
}

const GRAPH_KEYS = new Set(['format', 'version', 'generator', 'documents', 'passages', 'nodes', 'edges']);
const PASSAGE_KEYS = new Set(['id', 'documentId', 'postIndex', 'postTitle', 'postDate', 'text', 'sourceStart', 'sourceEnd', 'sentences']);
const NODE_KEYS = new Set(['id', 'label', 'type', 'aliases', 'mentionCount', 'documentCount', 'mentions']);
const MENTION_KEYS = new Set(['passageId', 'start', 'end']);
const EDGE_KEYS = new Set(['id', 'source', 'target', 'weight', 'documentCount', 'evidence']);
const EVIDENCE_KEYS = new Set(['passageId', 'sentence', 'start', 'end']);

/** Fields of `item` outside `known`, plus `differing` (known fields whose value is not the derived one). */
function extraOf(item: object, known: Set<string>, differing: Extra = {}): Extra | undefined {
  const extra: Extra = { ...differing };
  for (const [key, value] of Object.entries(item)) if (!known.has(key) && value !== undefined) extra[key] = value;
  return Object.keys(extra).length > 0 ? extra : undefined;
}

function withExtra<T extends unknown[]>(tuple: T, extra: Extra | undefined): T | [...T, Extra] {
  return extra ? [...tuple, extra] : tuple;
}

const DOCUMENT_KEYS = ['id', 'path', 'title', 'date', 'length'];

/** A document with its keys in the schema's order (what validateGraph gives back), so its bytes do not depend on how it was built. */
function canonicalDocument(document: Graph['documents'][number]): Graph['documents'][number] {
  const ordered: Record<string, unknown> = {};
  for (const key of DOCUMENT_KEYS) if ((document as Record<string, unknown>)[key] !== undefined) ordered[key] = (document as Record<string, unknown>)[key];
  for (const [key, value] of Object.entries(document)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  return ordered as Graph['documents'][number];
}

/**
 * The compact file form of a valid graph (see above); JSON.stringify of it is the file. A big
 * graph's `overview` (overview.ts) goes first after the header, so that a reader can draw it
 * from the first kilobytes of the file; it is derived, and decoding drops it.
 */
export function encodeGraph(graph: Graph, overview: FileOverview | null = null): GraphFile {
  const documentIndex = new Map(graph.documents.map((document, index) => [document.id, index]));
  const passageIndex = new Map(graph.passages.map((passage, index) => [passage.id, index]));
  const nodeIndex = new Map(graph.nodes.map((node, index) => [node.id, index]));
  const passagesSeen = new Map<string, number>();

  let previousPost: [string, string | undefined] | undefined;
  const passages = graph.passages.map((passage): EncodedPassage | [...EncodedPassage, Extra] => {
    const n = passagesSeen.get(passage.documentId) ?? 0;
    passagesSeen.set(passage.documentId, n + 1);
    const document = documentIndex.get(passage.documentId);
    const differing: Extra = {};
    if (passage.id !== `${passage.documentId}#p${n}`) differing.id = passage.id;
    if (document === undefined) throw new Error(`passage "${passage.id}": unknown document "${passage.documentId}"`);
    const samePost = previousPost !== undefined && previousPost[0] === passage.postTitle && previousPost[1] === passage.postDate;
    const post: EncodedPost = samePost ? 0 : passage.postDate === undefined ? passage.postTitle : [passage.postTitle, passage.postDate];
    previousPost = [passage.postTitle, passage.postDate];
    const sentences: number[] = [];
    let end = 0;
    for (const [start, stop] of passage.sentences) {
      sentences.push(start - end, stop - start);
      end = stop;
    }
    return withExtra([document, passage.postIndex, post, passage.text, passage.sourceStart, passage.sourceEnd, sentences] as EncodedPassage, extraOf(passage, PASSAGE_KEYS, differing));
  });

  const passageOf = (id: string, where: string): number => {
    const index = passageIndex.get(id);
    if (index === undefined) throw new Error(`${where}: unknown passage "${id}"`);
    return index;
  };
  const nodes = graph.nodes.map((node): EncodedNode | [...EncodedNode, Extra] => {
    const flat: number[] = [];
    let previous = 0;
    const mentionExtras: (Extra | 0)[] = [];
    for (const mention of node.mentions) {
      const passage = passageOf(mention.passageId, `node "${node.id}"`);
      flat.push(passage - previous, mention.start, mention.end - mention.start);
      previous = passage;
      mentionExtras.push(extraOf(mention, MENTION_KEYS) ?? 0);
    }
    const differing: Extra = {};
    if (node.mentionCount !== node.mentions.length) differing.mentionCount = node.mentionCount;
    if (mentionExtras.some((extra) => extra !== 0)) differing[MENTION_EXTRAS] = mentionExtras;
    const id = node.id === nodeId(node.type, node.label) ? 0 : node.id;
    return withExtra([id, node.label, node.type, node.aliases, flat, node.documentCount] as EncodedNode, extraOf(node, NODE_KEYS, differing));
  });

  const edges = graph.edges.map((edge): EncodedEdge | [...EncodedEdge, Extra] => {
    const source = nodeIndex.get(edge.source);
    const target = nodeIndex.get(edge.target);
    if (source === undefined || target === undefined) throw new Error(`edge "${edge.id}": unknown node`);
    const flat: number[] = [];
    let previous = 0;
    const evidenceExtras: (Extra | 0)[] = [];
    for (const evidence of edge.evidence) {
      const index = passageOf(evidence.passageId, `edge "${edge.id}"`);
      flat.push(index - previous, evidence.sentence);
      previous = index;
      const span = graph.passages[index]!.sentences[evidence.sentence];
      const differing: Extra = {};
      if (span?.[0] !== evidence.start) differing.start = evidence.start;
      if (span?.[1] !== evidence.end) differing.end = evidence.end;
      evidenceExtras.push(extraOf(evidence, EVIDENCE_KEYS, differing) ?? 0);
    }
    const differing: Extra = {};
    if (edge.id !== edgeId(edge.source, edge.target)) differing.id = edge.id;
    if (edge.weight !== edge.evidence.length) differing.weight = edge.weight;
    if (evidenceExtras.some((extra) => extra !== 0)) differing[EVIDENCE_EXTRAS] = evidenceExtras;
    return withExtra([source, target, edge.documentCount, flat] as EncodedEdge, extraOf(edge, EDGE_KEYS, differing));
  });

  const file: GraphFile = {
    format: GRAPH_FORMAT,
    version: GRAPH_FILE_VERSION,
    contract: graph.version,
    generator: graph.generator,
    ...(overview ? { overview } : {}),
    documents: graph.documents.map(canonicalDocument),
    passages: passages as EncodedPassage[],
    nodes: nodes as EncodedNode[],
    edges: edges as EncodedEdge[],
  };
  for (const [key, value] of Object.entries(graph)) if (!GRAPH_KEYS.has(key) && value !== undefined) file[key] = value;
  return file;
}
