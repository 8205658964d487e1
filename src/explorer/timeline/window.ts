/**
 * Time windows over a graph, framework-free. A passage's date is its post's date, else its
 * document's; a date of month or year precision is placed on its first day. With a window
 * set, every link keeps only its evidence from dated passages inside the window (weight and
 * document count follow; PMI is recomputed by the model from the windowed graph), actors keep
 * only their mentions inside it, and undated evidence is left out and counted.
 */
import type { Graph, GraphEdge, GraphNode, Passage } from '../../graph-format/index.ts';

/** Inclusive bounds as YYYY-MM-DD. */
export interface TimeWindow { from: string; to: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A valid YYYY-MM-DD (a real calendar day), else false. */
export function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The first day a date of any precision stands for ("2020" → 2020-01-01, "2020-06" → 2020-06-01). */
export function firstDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date.slice(0, 10);
}

export function passageDate(passage: Passage, documentDates: ReadonlyMap<string, string | undefined>): string | undefined {
  return passage.postDate ?? documentDates.get(passage.documentId);
}

export function documentDates(graph: Graph): Map<string, string | undefined> {
  return new Map(graph.documents.map((document) => [document.id, document.date]));
}

export function inWindow(date: string, window: TimeWindow): boolean {
  const day = firstDay(date);
  return day >= window.from && day <= window.to;
}

export interface WindowedGraph {
  graph: Graph;
  /** 1 for each actor (same order as the full graph) with no mention inside the window. */
  outside: Uint8Array;
  /** Distinct linking sentences left out because their post has no date. */
  undatedSentences: number;
}

/**
 * The graph as seen through a window. Actors stay (same order, so positions and indices
 * carry over) with only their mentions inside the window; links with no evidence inside it
 * are dropped; passages outside it are dropped, so PMI counts only the window's sentences.
 */
export function windowGraph(graph: Graph, window: TimeWindow): WindowedGraph {
  const dates = documentDates(graph);
  const passageIn = new Map<string, boolean | undefined>();
  for (const passage of graph.passages) {
    const date = passageDate(passage, dates);
    passageIn.set(passage.id, date === undefined ? undefined : inWindow(date, window));
  }
  const passages = graph.passages.filter((passage) => passageIn.get(passage.id) === true);
  const documentOf = new Map(graph.passages.map((passage) => [passage.id, passage.documentId]));

  const outside = new Uint8Array(graph.nodes.length);
  const nodes: GraphNode[] = graph.nodes.map((node, index) => {
    const mentions = node.mentions.filter((mention) => passageIn.get(mention.passageId) === true);
    if (mentions.length === 0) outside[index] = 1;
    if (mentions.length === node.mentions.length) return node;
    const documents = new Set(mentions.map((mention) => documentOf.get(mention.passageId)));
    return { ...node, mentions, mentionCount: mentions.length, documentCount: documents.size };
  });

  const undated = new Set<string>();
  const edges: GraphEdge[] = [];
  for (const edge of graph.edges) {
    const evidence = edge.evidence.filter((item) => {
      const inside = passageIn.get(item.passageId);
      if (inside === undefined) undated.add(`${item.passageId}\u0000${item.sentence}`);
      return inside === true;
    });
    if (evidence.length === 0) continue;
    if (evidence.length === edge.evidence.length) { edges.push(edge); continue; }
    const documents = new Set(evidence.map((item) => documentOf.get(item.passageId)));
    edges.push({ ...edge, evidence, weight: evidence.length, documentCount: documents.size });
  }
  return { graph: { ...graph, passages, nodes, edges }, outside, undatedSentences: undated.size };
}

/** The window in the form the URL and the date inputs use, or null when it is not a valid one. */
export function parseWindow(from: string | null, to: string | null): TimeWindow | null {
  if (from === null || to === null || !isDay(from) || !isDay(to) || from > to) return null;
  return { from, to };
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The last day of the month a day falls in. */
function endOfMonth(day: string): string {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).toISOString().slice(0, 10);
}

/**
 * The window moved on by whole months (a year is 12): a window that covers whole months
 * stays on whole months, so stepping a one-year window walks through the years.
 */
export function shiftWindow(window: TimeWindow, months: number): TimeWindow {
  const from = addMonths(window.from, months);
  const wholeMonths = window.from.endsWith('-01') && window.to === endOfMonth(window.to);
  const to = wholeMonths ? endOfMonth(addMonths(`${window.to.slice(0, 7)}-01`, months)) : addMonths(window.to, months);
  return { from, to };
}
