import type { Passage } from '../../graph-format/index.ts';
import { compareNames } from './names.ts';
import { sentenceIndexAt } from '../../graph-format/sentence-index.ts';
import { otherEnd, postKey } from './model.ts';
import { memoByReference } from './memo.ts';
import type { Filters, GraphModel } from './types.ts';
import type { Visibility } from './visibility.ts';
import { compareByAssociation, edgesByStrength, hasPmiSupport } from './strength.ts';

/** One sentence to show, with the spans (in passage.text offsets) to mark. */
export interface Excerpt {
  passage: Passage;
  start: number;
  end: number;
  highlights: [number, number][];
}

export interface PostExcerpts {
  key: string;
  postTitle: string;
  postDate: string | undefined;
  documentTitle: string;
  excerpts: Excerpt[];
}

function groupByPost(model: GraphModel, excerpts: Excerpt[]): PostExcerpts[] {
  const groups = new Map<string, PostExcerpts>();
  for (const excerpt of excerpts) {
    const { passage } = excerpt;
    const key = postKey(passage.documentId, passage.postIndex);
    let group = groups.get(key);
    if (!group) {
      group = {
        key, postTitle: passage.postTitle, postDate: passage.postDate,
        documentTitle: model.documentById.get(passage.documentId)?.title ?? passage.documentId, excerpts: [],
      };
      groups.set(key, group);
    }
    group.excerpts.push(excerpt);
  }
  return [...groups.values()];
}

/**
 * Every sentence that mentions the actor, with each surface form used in it marked,
 * grouped by post in the order the graph lists them. A mention that falls outside every
 * sentence span is shown with its own span, so no evidence is lost.
 */
export const actorExcerpts = memoByReference((model: GraphModel, nodeId: string): PostExcerpts[] => {
  const index = model.nodeIndex.get(nodeId);
  if (index === undefined) return [];
  const bySentence = new Map<string, Excerpt>();
  for (const mention of model.graph.nodes[index]!.mentions) {
    const passage = model.passageById.get(mention.passageId);
    if (!passage) continue;
    const sentence = sentenceIndexAt(passage.sentences, mention.start);
    const [start, end] = sentence >= 0 ? passage.sentences[sentence]! : [mention.start, mention.end];
    const key = `${passage.id}\u0000${start}`;
    const excerpt = bySentence.get(key) ?? { passage, start, end, highlights: [] };
    excerpt.highlights.push([mention.start, mention.end]);
    bySentence.set(key, excerpt);
  }
  return groupByPost(model, [...bySentence.values()]);
});

/** The sentences that link the two ends of an edge, both actors' surface forms marked. */
export const edgeExcerpts = memoByReference((model: GraphModel, edgeId: string): PostExcerpts[] => {
  const index = model.edgeIndex.get(edgeId);
  if (index === undefined) return [];
  const ends = new Set([model.edgeSource[index]!, model.edgeTarget[index]!]);
  const excerpts: Excerpt[] = [];
  for (const evidence of model.graph.edges[index]!.evidence) {
    const passage = model.passageById.get(evidence.passageId);
    if (!passage) continue;
    const highlights = (model.mentionsByPassage.get(passage.id) ?? [])
      .filter((m) => ends.has(m.node) && m.start >= evidence.start && m.end <= evidence.end)
      .map((m): [number, number] => [m.start, m.end]);
    excerpts.push({ passage, start: evidence.start, end: evidence.end, highlights });
  }
  return groupByPost(model, excerpts);
});

export interface Connection { edge: number; edgeId: string; neighbour: number; label: string; weight: number; pmi: number }

/** An actor's links that the current view shows, and how many of its links the filters hide. */
export interface ActorConnections { shown: Connection[]; hidden: number }

/**
 * Links of an actor that are visible now (type filters, thresholds, hidden hubs, focus), strongest
 * first in the current weight mode (ties: more sentences, then name). By PMI, pairs with too few
 * shared sentences come after those with enough (see compareByAssociation).
 */
export const actorConnections = memoByReference((model: GraphModel, nodeId: string, filters: Filters, visibility: Visibility): ActorConnections => {
  const node = model.nodeIndex.get(nodeId);
  if (node === undefined) return { shown: [], hidden: 0 };
  const incident = model.incidentEdges[node]!;
  const shown = Array.from(incident.filter((edge) => visibility.edgeVisible[edge] === 1), (edge): Connection => {
    const neighbour = otherEnd(model, edge, node);
    return { edge, edgeId: model.graph.edges[edge]!.id, neighbour, label: model.graph.nodes[neighbour]!.label, weight: model.graph.edges[edge]!.weight, pmi: model.pmi[edge]! };
  });
  const byValue = filters.weightMode === 'pmi'
    ? (a: Connection, b: Connection) => compareByAssociation(model, a.edge, b.edge)
    : (a: Connection, b: Connection) => b.weight - a.weight;
  shown.sort((a, b) => byValue(a, b) || b.weight - a.weight || compareNames(a.label, b.label));
  return { shown, hidden: incident.length - shown.length };
});

/**
 * The strongest links the current view shows (visible ends, thresholds, hidden hubs), in the
 * weight mode's order; by PMI only pairs with enough shared sentences and a positive score.
 */
export function strongestVisibleLinks(model: GraphModel, filters: Filters, visibility: Visibility, count: number): number[] {
  const strongest: number[] = [];
  const byPmi = filters.weightMode === 'pmi';
  for (const edge of edgesByStrength(model, filters.weightMode)) {
    if (strongest.length === count) break;
    if (byPmi && !hasPmiSupport(model, edge)) break;
    if (visibility.edgeVisible[edge] && (!byPmi || model.pmi[edge]! > 0)) strongest.push(edge);
  }
  return strongest;
}

/** Splits text[start, end) into plain and marked runs; overlapping marks are merged. */
export function highlightRuns(text: string, start: number, end: number, highlights: readonly (readonly [number, number])[]): { text: string; marked: boolean }[] {
  const spans = highlights
    .map(([s, e]) => [Math.max(s, start), Math.min(e, end)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const runs: { text: string; marked: boolean }[] = [];
  let cursor = start;
  for (const [s, e] of spans) {
    if (e <= cursor) continue;
    const from = Math.max(s, cursor);
    if (from > cursor) runs.push({ text: text.slice(cursor, from), marked: false });
    runs.push({ text: text.slice(from, e), marked: true });
    cursor = e;
  }
  if (cursor < end) runs.push({ text: text.slice(cursor, end), marked: false });
  return runs;
}
