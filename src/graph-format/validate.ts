/**
 * One validator for both sides of the contract: the extractor runs it before writing,
 * the explorer runs it on load. A graph that passes is internally consistent: every id
 * it refers to exists, every offset falls inside the text it points into, and every
 * figure that follows from the mentions (counts, aliases, link weights and evidence) is
 * the one they give. The checks are linear in the size of the graph, since the explorer
 * runs them on graphs of 100,000 links.
 */
import { decodeGraphFile } from './codec-decode.ts';
import { sentenceIndexAt } from './co-mentions.ts';
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
  const parsed = parseGraphText(text);
  return parsed.ok ? validateGraphFile(parsed.data) : parsed;
}

/** The first half of parseGraphJson: the file's JSON (a reader may look at it before it is validated). */
export function parseGraphText(text: string): { ok: true; data: unknown } | { ok: false; errors: string[] } {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
}

/** The second half of parseGraphJson: decodes a parsed file and validates the graph. */
export function validateGraphFile(data: unknown): ValidationResult {
  const decoded = decodeGraphFile(data);
  return decoded.ok ? validateGraph(decoded.graph) : decoded;
}

/** Thrown to stop at MAX_ERRORS without threading a flag through every loop. */
class EnoughErrors extends Error {}

type Passage = Graph['passages'][number];

function checkConsistency(graph: Graph): string[] {
  const errors: string[] = [];
  const report = (message: string): void => {
    errors.push(message);
    if (errors.length >= MAX_ERRORS) throw new EnoughErrors();
  };
  try {
    const passages = checkDocumentsAndPassages(graph, report);
    const sentencesOf = checkNodes(graph, passages, report);
    checkEdges(graph, passages, sentencesOf, report);
  } catch (error) {
    if (!(error instanceof EnoughErrors)) throw error;
  }
  return errors;
}

type Report = (message: string) => void;

/**
 * The passages by id with their index, and numbers that make keys cheap: `sentenceBase[p] + s`
 * numbers sentence s of passage p uniquely in the graph, `charBase[p] + start` a position.
 * (String keys for ~100,000 mentions and ~150,000 evidence sentences took most of the time.)
 */
interface PassageIndex {
  byId: Map<string, number>;
  sentenceBase: number[];
  charBase: number[];
  documentIndex: number[];
  /** Characters of all passages, one more for each: the range of `charBase[p] + start`. */
  charCount: number;
}

function checkDocumentsAndPassages(graph: Graph, report: Report): PassageIndex {
  const documents = new Map<string, number>();
  for (let index = 0; index < graph.documents.length; index++) {
    const document = graph.documents[index]!;
    if (documents.has(document.id)) report(`documents.${index}: duplicate id "${document.id}"`);
    documents.set(document.id, index);
  }
  const passages: PassageIndex = { byId: new Map(), sentenceBase: [], charBase: [], documentIndex: [], charCount: 0 };
  let sentenceCount = 0;
  let charCount = 0;
  for (let index = 0; index < graph.passages.length; index++) {
    const passage = graph.passages[index]!;
    if (passages.byId.has(passage.id)) report(`passages.${index}: duplicate id "${passage.id}"`);
    passages.byId.set(passage.id, index);
    passages.sentenceBase.push(sentenceCount);
    passages.charBase.push(charCount);
    sentenceCount += passage.sentences.length;
    charCount += passage.text.length + 1;
    const document = documents.get(passage.documentId);
    passages.documentIndex.push(document ?? -1);
    if (document === undefined) report(`passages.${index}: unknown documentId "${passage.documentId}"`);
    if (passage.sourceEnd < passage.sourceStart) report(`passages.${index}: sourceEnd before sourceStart`);
    else if (document !== undefined && passage.sourceEnd > graph.documents[document]!.length) {
      report(`passages.${index}: source span [${passage.sourceStart}, ${passage.sourceEnd}] ends past its document (length ${graph.documents[document]!.length})`);
    }
    let previousEnd = 0;
    for (let s = 0; s < passage.sentences.length; s++) {
      const [start, end] = passage.sentences[s]!;
      if (start < previousEnd || end <= start || end > passage.text.length) {
        report(`passages.${index}.sentences.${s}: span [${start}, ${end}] is empty, out of order or outside the text (length ${passage.text.length})`);
      }
      previousEnd = end;
    }
  }
  passages.charCount = charCount;
  return passages;
}

/**
 * Checks every node against its mentions and returns, per node id, the sentences it is
 * mentioned in (numbered as in PassageIndex), which the edges are then checked against.
 */
function checkNodes(graph: Graph, passages: PassageIndex, report: Report): Map<string, Set<number>> {
  const sentencesOf = new Map<string, Set<number>>();
  // How many mentions start at each position of the text: a Map of 100,000 positions cost
  // more than the rest of the checks, a byte per character is cheap.
  const startsAt = new Uint8Array(passages.charCount);
  // Start position of every mention, in order; -1 for one already reported as out of place.
  const positions: number[] = [];
  const documents = new Set<number>();
  for (let index = 0; index < graph.nodes.length; index++) {
    const node = graph.nodes[index]!;
    if (sentencesOf.has(node.id)) report(`nodes.${index}: duplicate id "${node.id}"`);
    const sentences = new Set<number>();
    sentencesOf.set(node.id, sentences);
    if (node.mentionCount !== node.mentions.length) report(`nodes.${index}: mentionCount ${node.mentionCount} but ${node.mentions.length} mentions`);
    const aliases = new Set(node.aliases);
    // Most mentions of an actor are written like the one before: compare in place before hashing a copy.
    let lastSurface = '';
    documents.clear();
    for (let m = 0; m < node.mentions.length; m++) {
      const mention = node.mentions[m]!;
      const p = passages.byId.get(mention.passageId);
      if (p === undefined) {
        positions.push(-1);
        report(`nodes.${index}.mentions.${m}: unknown passageId "${mention.passageId}"`);
        continue;
      }
      const passage = graph.passages[p]!;
      if (mention.end <= mention.start || mention.end > passage.text.length) {
        positions.push(-1);
        report(`nodes.${index}.mentions.${m}: span [${mention.start}, ${mention.end}] is empty, inverted or outside its passage (length ${passage.text.length})`);
        continue;
      }
      const position = passages.charBase[p]! + mention.start;
      positions.push(position);
      if (startsAt[position]! < 255) startsAt[position]!++;
      documents.add(passages.documentIndex[p]!);
      const sameAsLast = lastSurface.length === mention.end - mention.start && passage.text.startsWith(lastSurface, mention.start);
      if (!sameAsLast) {
        const surface = passage.text.slice(mention.start, mention.end);
        if (aliases.has(surface)) lastSurface = surface;
        else report(`nodes.${index}.mentions.${m}: its text "${surface}" is not among the aliases`);
      }
      const sentence = sentenceIndexAt(passage.sentences, mention.start);
      if (sentence >= 0) sentences.add(passages.sentenceBase[p]! + sentence);
    }
    if (node.documentCount !== documents.size) report(`nodes.${index}: documentCount ${node.documentCount} but mentioned in ${documents.size} documents`);
  }
  checkMentionsClaimedOnce(graph, positions, startsAt, report);
  return sentencesOf;
}

/**
 * A mention belongs to one actor: the same span listed twice, in one actor or two, is a
 * mention counted twice. Only the positions where two mentions start are looked at again.
 */
function checkMentionsClaimedOnce(graph: Graph, positions: readonly number[], startsAt: Uint8Array, report: Report): void {
  const owners = new Map<string, string>();
  let next = 0;
  for (let index = 0; index < graph.nodes.length; index++) {
    const node = graph.nodes[index]!;
    for (let m = 0; m < node.mentions.length; m++) {
      const mention = node.mentions[m]!;
      const position = positions[next++]!;
      if (position < 0 || startsAt[position]! < 2) continue;
      const key = `${position}:${mention.end}`;
      const owner = owners.get(key);
      if (owner !== undefined) report(`nodes.${index}.mentions.${m}: span [${mention.start}, ${mention.end}] of "${mention.passageId}" is already a mention of "${owner}"`);
      else owners.set(key, node.id);
    }
  }
}

function checkEdges(graph: Graph, passages: PassageIndex, sentencesOf: Map<string, Set<number>>, report: Report): void {
  const edgeIds = new Set<string>();
  const sentences = new Set<number>();
  const documents = new Set<number>();
  for (let index = 0; index < graph.edges.length; index++) {
    const edge = graph.edges[index]!;
    if (edgeIds.has(edge.id)) report(`edges.${index}: duplicate id "${edge.id}"`);
    edgeIds.add(edge.id);
    const sourceSentences = sentencesOf.get(edge.source);
    const targetSentences = sentencesOf.get(edge.target);
    if (!sourceSentences) report(`edges.${index}: unknown source "${edge.source}"`);
    if (!targetSentences) report(`edges.${index}: unknown target "${edge.target}"`);
    if (edge.source === edge.target) report(`edges.${index}: links "${edge.source}" to itself`);
    else if (edge.source > edge.target || !isEdgeId(edge.id, edge.source, edge.target)) {
      report(`edges.${index}: id "${edge.id}" is not "source|target" with source before target`);
    }
    sentences.clear();
    documents.clear();
    for (let e = 0; e < edge.evidence.length; e++) {
      const evidence = edge.evidence[e]!;
      const p = passages.byId.get(evidence.passageId);
      const span = p === undefined ? undefined : graph.passages[p]!.sentences[evidence.sentence];
      if (p === undefined || !span || span[0] !== evidence.start || span[1] !== evidence.end) {
        report(`edges.${index}.evidence.${e}: does not point at a sentence of passage "${evidence.passageId}"`);
        continue;
      }
      const relation = evidence.relation;
      if (relation && relationEndsWrong(relation, edge)) report(`edges.${index}.evidence.${e}: relation from/to must be the link's two ends, both or neither`);
      const key = passages.sentenceBase[p]! + evidence.sentence;
      sentences.add(key);
      documents.add(passages.documentIndex[p]!);
      if ((sourceSentences && !sourceSentences.has(key)) || (targetSentences && !targetSentences.has(key))) {
        report(`edges.${index}.evidence.${e}: sentence ${evidence.sentence} of "${evidence.passageId}" does not mention both "${edge.source}" and "${edge.target}"`);
      }
    }
    if (edge.weight !== sentences.size) report(`edges.${index}: weight ${edge.weight} but ${sentences.size} distinct evidence sentences`);
    if (edge.documentCount !== documents.size) report(`edges.${index}: documentCount ${edge.documentCount} but evidence from ${documents.size} documents`);
    if (!sameSummary(edge.relations ?? [], summariseRelations(edge.evidence))) report(`edges.${index}: relations summary does not match its evidence`);
  }
}

/** Whether `id` is edgeId(source, target) for source < target, without building that string for every edge. */
function isEdgeId(id: string, source: string, target: string): boolean {
  return id.length === source.length + target.length + 1 && id.charCodeAt(source.length) === 124 && id.startsWith(source) && id.endsWith(target);
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
