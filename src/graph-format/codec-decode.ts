/**
 * Decoding the compact graph file (codec.ts) back into the in-memory `Graph`. The input is
 * untrusted: every structural problem becomes a readable error naming where it is, never a
 * throw. What the decoder cannot see (an offset outside its passage, a missing node id) is
 * left to validateGraph, which every decoded graph goes through.
 */
import { EVIDENCE_EXTRAS, GRAPH_FILE_VERSION, MENTION_EXTRAS } from './codec.ts';
import { edgeId, nodeId } from './ids.ts';
import { ACTOR_TYPES, GRAPH_FORMAT } from './schema.ts';
import type { ActorType, Evidence, GraphDocument, GraphEdge, GraphNode, Mention, Passage, Span } from './types.ts';

export type DecodeResult = { ok: true; graph: unknown } | { ok: false; errors: string[] };

class FileError extends Error {}

type Extra = Record<string, unknown>;

/** A compact (version 3) graph file, as opposed to a graph written as the contract's objects (versions 1 and 2). */
export function isGraphFile(data: unknown): boolean {
  return isObject(data) && data.format === GRAPH_FORMAT && data.version === GRAPH_FILE_VERSION;
}

/**
 * The in-memory graph a parsed file holds, still to be validated: a version 3 file is
 * decoded; anything else (graphs of versions 1 and 2, which were written as the contract's
 * objects, or garbage) is handed on as it is for validateGraph to judge.
 */
export function decodeGraphFile(data: unknown): DecodeResult {
  if (!isGraphFile(data)) return { ok: true, graph: data };
  try {
    return { ok: true, graph: decode(data as Record<string, unknown>) };
  } catch (error) {
    if (error instanceof FileError) return { ok: false, errors: [error.message] };
    throw error;
  }
}

function decode(file: Record<string, unknown>): unknown {
  const documents = arrayAt(file, 'documents') as GraphDocument[];
  const encodedPassages = arrayAt(file, 'passages');
  const encodedNodes = arrayAt(file, 'nodes');
  const encodedEdges = arrayAt(file, 'edges');
  if (typeof file.contract !== 'number') throw new FileError('contract: expected the version of the graph contract (a number)');

  const passagesSeen = new Map<string, number>();
  let previousPost: [string, string | undefined] | undefined;
  const passages = encodedPassages.map((item, index): Passage => {
    const where = `passages.${index}`;
    const tuple = tupleAt(item, where, 7);
    const document = documents[indexAt(tuple[0], documents.length, `${where}: document`)];
    const documentId = isObject(document) && typeof document.id === 'string' ? document.id : '';
    const n = passagesSeen.get(documentId) ?? 0;
    passagesSeen.set(documentId, n + 1);
    const post = tuple[2];
    let postTitle: string;
    let postDate: string | undefined;
    if (post === 0) {
      if (!previousPost) throw new FileError(`${where}: the first passage cannot repeat the previous post`);
      [postTitle, postDate] = previousPost;
    } else if (typeof post === 'string') postTitle = post;
    else if (Array.isArray(post) && post.length === 2 && typeof post[0] === 'string' && typeof post[1] === 'string') [postTitle, postDate] = post as [string, string];
    else throw new FileError(`${where}: post must be 0, a title or [title, date]`);
    previousPost = [postTitle, postDate];
    const passage: Passage = {
      id: `${documentId}#p${n}`,
      documentId,
      postIndex: tuple[1] as number,
      postTitle,
      text: tuple[3] as string,
      sourceStart: tuple[4] as number,
      sourceEnd: tuple[5] as number,
      sentences: spansOf(numbersAt(tuple[6], `${where}: sentences`, 2)),
    };
    if (postDate !== undefined) passage.postDate = postDate;
    return applyExtra(passage, extraAt(tuple, 7, where));
  });

  const nodes = encodedNodes.map((item, index): GraphNode => {
    const where = `nodes.${index}`;
    const tuple = tupleAt(item, where, 6);
    const [id, label, type, aliases] = tuple;
    const extra = extraAt(tuple, 6, where);
    const mentionExtras = alignedExtras(extra, MENTION_EXTRAS, where);
    const flat = numbersAt(tuple[4], `${where}: mentions`, 3);
    const mentions: Mention[] = [];
    let passage = 0;
    for (let i = 0; i < flat.length; i += 3) {
      passage += flat[i]!;
      // The message is only built when needed: this runs for every mention of a big graph.
      if (!(passage >= 0 && passage < passages.length)) indexAt(passage, passages.length, `${where}.mentions.${i / 3}: passage`);
      const start = flat[i + 1]!;
      mentions.push(applyExtra({ passageId: passages[passage]!.id, start, end: start + flat[i + 2]! }, mentionExtras?.[i / 3]));
    }
    if (typeof label !== 'string' || !ACTOR_TYPES.includes(type as ActorType)) throw new FileError(`${where}: expected a label and an actor type`);
    const node: GraphNode = {
      id: id === 0 ? nodeId(type as ActorType, label) : (id as string),
      label,
      type: type as ActorType,
      aliases: aliases as string[],
      mentionCount: mentions.length,
      documentCount: tuple[5] as number,
      mentions,
    };
    return applyExtra(node, extra);
  });

  const edges = encodedEdges.map((item, index): GraphEdge => {
    const where = `edges.${index}`;
    const tuple = tupleAt(item, where, 4);
    const source = nodes[indexAt(tuple[0], nodes.length, `${where}: source`)]!.id;
    const target = nodes[indexAt(tuple[1], nodes.length, `${where}: target`)]!.id;
    const extra = extraAt(tuple, 4, where);
    const evidenceExtras = alignedExtras(extra, EVIDENCE_EXTRAS, where);
    const flat = numbersAt(tuple[3], `${where}: evidence`, 2);
    const evidence: Evidence[] = [];
    let passage = 0;
    for (let i = 0; i < flat.length; i += 2) {
      passage += flat[i]!;
      if (!(passage >= 0 && passage < passages.length)) indexAt(passage, passages.length, `${where}.evidence.${i / 2}: passage`);
      const sentence = flat[i + 1]!;
      const span = passages[passage]!.sentences[sentence];
      if (!span) throw new FileError(`${where}.evidence.${i / 2}: passage "${passages[passage]!.id}" has no sentence ${sentence}`);
      evidence.push(applyExtra({ passageId: passages[passage]!.id, sentence, start: span[0], end: span[1] }, evidenceExtras?.[i / 2]));
    }
    const edge: GraphEdge = { id: edgeId(source, target), source, target, weight: evidence.length, documentCount: tuple[2] as number, evidence };
    return applyExtra(edge, extra);
  });

  const graph: Record<string, unknown> = { format: GRAPH_FORMAT, version: file.contract, generator: file.generator, documents, passages, nodes, edges };
  // `overview` is derived (a big graph's first picture, overview.ts): not part of the graph.
  for (const [key, value] of Object.entries(file)) if (!(key in graph) && key !== 'contract' && key !== 'overview') graph[key] = value;
  return graph;
}

/** The item with its extra fields (those the encoding does not derive) laid over it. */
function applyExtra<T extends object>(item: T, extra: Extra | 0 | undefined): T {
  if (!extra) return item;
  for (const [key, value] of Object.entries(extra)) {
    if (key !== MENTION_EXTRAS && key !== EVIDENCE_EXTRAS) (item as Record<string, unknown>)[key] = value;
  }
  return item;
}

function alignedExtras(extra: Extra | undefined, key: string, where: string): (Extra | 0)[] | undefined {
  const list = extra?.[key];
  if (list === undefined) return undefined;
  if (!Array.isArray(list) || !list.every((item) => item === 0 || isObject(item))) throw new FileError(`${where}: ${key} must be a list of objects or 0`);
  return list as (Extra | 0)[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayAt(file: Record<string, unknown>, key: string): unknown[] {
  const value = file[key];
  if (!Array.isArray(value)) throw new FileError(`${key}: expected an array`);
  return value;
}

function tupleAt(item: unknown, where: string, length: number): unknown[] {
  if (!Array.isArray(item) || (item.length !== length && item.length !== length + 1)) throw new FileError(`${where}: expected an array of ${length} fields (and an optional object)`);
  return item;
}

function extraAt(tuple: unknown[], index: number, where: string): Extra | undefined {
  const extra = tuple[index];
  if (extra === undefined) return undefined;
  if (!isObject(extra)) throw new FileError(`${where}: field ${index + 1} must be an object of extra fields`);
  return extra;
}

function indexAt(value: unknown, length: number, where: string): number {
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) >= length) throw new FileError(`${where} ${String(value)} is not an index below ${length}`);
  return value as number;
}

function numbersAt(value: unknown, where: string, group: number): number[] {
  if (!Array.isArray(value) || value.length % group !== 0 || !value.every((n) => Number.isInteger(n))) {
    throw new FileError(`${where} must be whole numbers in groups of ${group}`);
  }
  return value as number[];
}

function spansOf(flat: number[]): Span[] {
  const spans: Span[] = [];
  let end = 0;
  for (let i = 0; i < flat.length; i += 2) {
    const start = end + flat[i]!;
    end = start + flat[i + 1]!;
    spans.push([start, end]);
  }
  return spans;
}
