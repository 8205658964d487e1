/**
 * The graph seen through a time window, fast enough to move the window on a real corpus (tens
 * of thousands of links, a few hundred thousand mentions and evidence sentences). windowGraph
 * (window.ts) is the definition; this gives the same graph and the same model as
 * `buildGraphModel(windowGraph(graph, window).graph)`, but from an index built once per full
 * model: every passage's first day as an integer, every mention's and evidence sentence's
 * passage as a position, every mention's sentence numbered. A window step is then a few
 * passes over integer arrays, and the model's maps that do not depend on the window (actors by
 * id, documents, a passage's mentions) are taken over from the full model.
 */
import type { Graph, GraphEdge, GraphNode, Passage } from '../../graph-format/index.ts';
import { sentenceIndexAt } from '../../graph-format/sentence-index.ts';
import { detectHubs } from '../store/association.ts';
import { postKey } from '../store/model.ts';
import { finishSteps, runInSlices } from '../store/sliced-work.ts';
import type { GraphModel, PassageMention } from '../store/types.ts';
import { documentDates, firstDay, passageDate, type TimeWindow } from './window.ts';

/** Per full graph, worked out once; positions are indices into graph.passages / nodes / edges. */
interface WindowIndex {
  /** First day of each passage's date as YYYYMMDD, or -1 when it has none. */
  passageDay: Int32Array;
  /** Each passage's document, numbered by its id in order of first use. */
  passageDocument: Int32Array;
  documentCount: number;
  /**
   * Actor n's mentions are mentionPassage[mentionStart[n] … mentionStart[n + 1]): the passage
   * position of each (-1: a passage the graph lacks), and in mentionSentence the number of its
   * sentence across all passages (-1: outside every sentence). Flat arrays, not one per actor:
   * on a real corpus the garbage collector's work was most of the cost.
   */
  mentionStart: Int32Array;
  mentionPassage: Int32Array;
  mentionSentence: Int32Array;
  sentenceCount: number;
  /** Link e's evidence sentences' passage positions are evidencePassage[evidenceStart[e] … evidenceStart[e + 1]). */
  evidenceStart: Int32Array;
  evidencePassage: Int32Array;
  /** Distinct linking sentences with no date: the same for every window. */
  undatedSentences: number;
}

const indexes = new WeakMap<Graph, WindowIndex>();

/** YYYY-MM-DD → YYYYMMDD; ordered as the strings are, for four-digit years. */
function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** Index builds under way (prepareWindowIndex), so that a window step meanwhile finishes the same one. */
const building = new WeakMap<Graph, Generator<void, WindowIndex>>();

/** The graph's index: ready, finished now if under way, or built now. */
function windowIndex(graph: Graph): WindowIndex {
  const ready = indexes.get(graph);
  if (ready) return ready;
  return finishSteps(building.get(graph) ?? indexSteps(graph));
}

/** Items handled between two points where the index build may pause. */
const CHUNK = 2000;
/** Longest stretch of index building between two yields to the browser. */
const SLICE_MS = 12;

/**
 * Builds a graph's index in slices of a few milliseconds ahead of the first window step (on a
 * real corpus it takes about as long as one step used to: the first step would otherwise pay
 * for it). `nextTask` waits for a new task.
 */
export async function prepareWindowIndex(graph: Graph, nextTask: () => Promise<void>): Promise<void> {
  if (indexes.has(graph) || building.has(graph)) return;
  const steps = indexSteps(graph);
  building.set(graph, steps);
  // indexSteps stores the index itself; a window step meanwhile may finish the same build.
  await runInSlices(steps, nextTask, SLICE_MS, () => indexes.has(graph));
}

function* indexSteps(graph: Graph): Generator<void, WindowIndex> {
  const dates = documentDates(graph);
  const documentNumber = new Map<string, number>();
  const passagePosition = new Map<string, number>();
  const firstSentence = new Int32Array(graph.passages.length);
  const passageDay = new Int32Array(graph.passages.length);
  const passageDocument = new Int32Array(graph.passages.length);
  let sentenceCount = 0;
  for (let index = 0; index < graph.passages.length; index++) {
    if (index % CHUNK === CHUNK - 1) yield;
    const passage = graph.passages[index]!;
    passagePosition.set(passage.id, index);
    firstSentence[index] = sentenceCount;
    sentenceCount += passage.sentences.length;
    const date = passageDate(passage, dates);
    passageDay[index] = date === undefined ? -1 : dayNumber(firstDay(date));
    let document = documentNumber.get(passage.documentId);
    if (document === undefined) documentNumber.set(passage.documentId, (document = documentNumber.size));
    passageDocument[index] = document;
  }
  const mentionStart = new Int32Array(graph.nodes.length + 1);
  graph.nodes.forEach((node, n) => { mentionStart[n + 1] = mentionStart[n]! + node.mentions.length; });
  const mentionPassage = new Int32Array(mentionStart[graph.nodes.length]!);
  const mentionSentence = new Int32Array(mentionPassage.length);
  for (let n = 0; n < graph.nodes.length; n++) {
    if (n % (CHUNK / 4) === CHUNK / 4 - 1) yield;
    let m = mentionStart[n]!;
    for (const mention of graph.nodes[n]!.mentions) {
      const at = passagePosition.get(mention.passageId) ?? -1;
      const sentence = at < 0 ? -1 : sentenceIndexAt(graph.passages[at]!.sentences, mention.start);
      mentionPassage[m] = at;
      mentionSentence[m++] = sentence < 0 ? -1 : firstSentence[at]! + sentence;
    }
  }
  const evidenceStart = new Int32Array(graph.edges.length + 1);
  graph.edges.forEach((edge, e) => { evidenceStart[e + 1] = evidenceStart[e]! + edge.evidence.length; });
  const evidencePassage = new Int32Array(evidenceStart[graph.edges.length]!);
  const undated = new Set<string>();
  for (let e = 0; e < graph.edges.length; e++) {
    if (e % CHUNK === CHUNK - 1) yield;
    let i = evidenceStart[e]!;
    for (const item of graph.edges[e]!.evidence) {
      const at = passagePosition.get(item.passageId) ?? -1;
      if (at < 0 || passageDay[at]! < 0) undated.add(`${item.passageId}\u0000${item.sentence}`);
      evidencePassage[i++] = at;
    }
  }
  const index: WindowIndex = {
    passageDay, passageDocument, documentCount: documentNumber.size, mentionStart, mentionPassage, mentionSentence, sentenceCount,
    evidenceStart, evidencePassage, undatedSentences: undated.size,
  };
  indexes.set(graph, index);
  building.delete(graph);
  return index;
}

/** Counts the distinct documents of the passages at `positions` inside the window, with a reusable stamp array. */
class DocumentCounter {
  private readonly stamp: Int32Array;
  private round = 0;
  constructor(documents: number, private readonly passageDocument: Int32Array) { this.stamp = new Int32Array(documents); }
  count(positions: Int32Array, from: number, to: number, inside: Uint8Array): number {
    this.round++;
    let count = 0;
    for (let i = from; i < to; i++) {
      const at = positions[i]!;
      if (at < 0 || !inside[at]) continue;
      const document = this.passageDocument[at]!;
      if (this.stamp[document] !== this.round) { this.stamp[document] = this.round; count++; }
    }
    return count;
  }
}

export interface WindowedView {
  model: GraphModel;
  /** Distinct linking sentences left out because their post has no date. */
  undatedSentences: number;
}

/**
 * The model of `base` (a full graph's model) seen through `window`: the same as building the
 * model of windowGraph(base.graph, window).graph, with `outsideWindow` set.
 */
export function windowedView(base: GraphModel, window: TimeWindow): WindowedView {
  const { graph } = base;
  const index = windowIndex(graph);
  const from = dayNumber(window.from);
  const to = dayNumber(window.to);
  const inside = new Uint8Array(graph.passages.length);
  const passages: Passage[] = [];
  graph.passages.forEach((passage, at) => {
    const day = index.passageDay[at]!;
    if (day >= 0 && day >= from && day <= to) { inside[at] = 1; passages.push(passage); }
  });
  const documents = new DocumentCounter(index.documentCount, index.passageDocument);

  const outside = new Uint8Array(graph.nodes.length);
  const { mentionStart, mentionPassage, evidenceStart, evidencePassage } = index;
  const nodes: GraphNode[] = graph.nodes.map((node, n) => {
    const first = mentionStart[n]!, end = mentionStart[n + 1]!;
    let kept = 0;
    for (let m = first; m < end; m++) if (mentionPassage[m]! >= 0 && inside[mentionPassage[m]!]) kept++;
    if (kept === 0) outside[n] = 1;
    if (kept === node.mentions.length) return node;
    const mentions = node.mentions.filter((_, m) => mentionPassage[first + m]! >= 0 && inside[mentionPassage[first + m]!] === 1);
    return { ...node, mentions, mentionCount: kept, documentCount: documents.count(mentionPassage, first, end, inside) };
  });

  const edges: GraphEdge[] = [];
  const kept: number[] = [];
  graph.edges.forEach((edge, e) => {
    const first = evidenceStart[e]!, end = evidenceStart[e + 1]!;
    let count = 0;
    for (let i = first; i < end; i++) if (evidencePassage[i]! >= 0 && inside[evidencePassage[i]!]) count++;
    if (count === 0) return;
    kept.push(e);
    if (count === edge.evidence.length) { edges.push(edge); return; }
    const evidence = edge.evidence.filter((_, i) => evidencePassage[first + i]! >= 0 && inside[evidencePassage[first + i]!] === 1);
    edges.push({ ...edge, evidence, weight: count, documentCount: documents.count(evidencePassage, first, end, inside) });
  });
  const windowed: Graph = { ...graph, passages, nodes, edges };
  return { model: { ...windowedModel(base, windowed, kept, inside, index), outsideWindow: outside }, undatedSentences: index.undatedSentences };
}

/** The model of the windowed graph, with what does not depend on the window taken over from `base`. */
function windowedModel(base: GraphModel, graph: Graph, keptEdges: number[], inside: Uint8Array, index: WindowIndex): GraphModel {
  const nodeCount = graph.nodes.length;
  const edgeIndex = new Map<string, number>();
  graph.edges.forEach((edge, e) => edgeIndex.set(edge.id, e));
  const passageById = new Map(graph.passages.map((passage) => [passage.id, passage]));

  // A post's passages in reading order: the full list without those outside the window, in the order the posts first appear.
  const postPassages = new Map<string, Passage[]>();
  for (const passage of graph.passages) {
    const key = postKey(passage.documentId, passage.postIndex);
    if (!postPassages.has(key)) postPassages.set(key, base.postPassages.get(key)!.filter((p) => passageById.has(p.id)));
  }
  // A passage inside the window keeps all its mentions, so its list is the full model's.
  const mentionsByPassage = new Map<string, PassageMention[]>();
  for (const [passageId, list] of base.mentionsByPassage) if (passageById.has(passageId)) mentionsByPassage.set(passageId, list);

  const edgeSource = Uint32Array.from(keptEdges, (e) => base.edgeSource[e]!);
  const edgeTarget = Uint32Array.from(keptEdges, (e) => base.edgeTarget[e]!);
  const degree = new Uint32Array(nodeCount);
  for (let e = 0; e < edgeSource.length; e++) { degree[edgeSource[e]!]! += 1; degree[edgeTarget[e]!]! += 1; }
  const incidentEdges = Array.from(degree, (count) => new Uint32Array(count));
  const filled = new Uint32Array(nodeCount);
  for (let e = 0; e < edgeSource.length; e++) {
    incidentEdges[edgeSource[e]!]![filled[edgeSource[e]!]!++] = e;
    incidentEdges[edgeTarget[e]!]![filled[edgeTarget[e]!]!++] = e;
  }
  const nodesByMentions = Uint32Array.from(graph.nodes.keys())
    .sort((a, b) => graph.nodes[b]!.mentionCount - graph.nodes[a]!.mentionCount || a - b);
  const mentionRank = new Uint32Array(nodeCount);
  for (let rank = 0; rank < nodesByMentions.length; rank++) mentionRank[nodesByMentions[rank]!] = rank;
  const maxMentions = graph.nodes.reduce((max, node) => Math.max(max, node.mentionCount), 0);

  return {
    graph, nodeIndex: base.nodeIndex, edgeIndex, passageById, documentById: base.documentById, postPassages, mentionsByPassage,
    edgeSource, edgeTarget, incidentEdges, degree, pmi: windowedPmi(graph, edgeSource, edgeTarget, inside, index),
    isHub: detectHubs(degree), nodesByMentions, mentionRank, maxMentions,
  };
}

/** positivePmi (store/association.ts) over the window's sentences, from the numbered sentences of the index. */
function windowedPmi(graph: Graph, edgeSource: Uint32Array, edgeTarget: Uint32Array, inside: Uint8Array, index: WindowIndex): Float64Array {
  const lastCountedFor = new Int32Array(index.sentenceCount).fill(-1);
  const mentionsAnActor = new Uint8Array(index.sentenceCount);
  let total = 0;
  const sentencesPerNode = new Float64Array(graph.nodes.length);
  const { mentionStart, mentionPassage, mentionSentence } = index;
  for (let n = 0; n < graph.nodes.length; n++) {
    let count = 0;
    for (let m = mentionStart[n]!; m < mentionStart[n + 1]!; m++) {
      const at = mentionPassage[m]!;
      const key = mentionSentence[m]!;
      if (at < 0 || !inside[at] || key < 0) continue;
      if (lastCountedFor[key] !== n) { lastCountedFor[key] = n; count++; }
      if (!mentionsAnActor[key]) { mentionsAnActor[key] = 1; total++; }
    }
    sentencesPerNode[n] = count;
  }
  const scores = new Float64Array(graph.edges.length);
  for (let e = 0; e < graph.edges.length; e++) {
    const a = sentencesPerNode[edgeSource[e]!]!;
    const b = sentencesPerNode[edgeTarget[e]!]!;
    if (a === 0 || b === 0 || total === 0) continue;
    const pmi = Math.log((graph.edges[e]!.weight * total) / (a * b));
    scores[e] = pmi > 0 ? pmi : 0;
  }
  return scores;
}
