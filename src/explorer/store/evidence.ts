import type { Passage } from '../../graph-format/index.ts';
import { compareNames } from './names.ts';
import { sentenceAt } from './association.ts';
import { otherEnd, postKey } from './model.ts';
import { memoByReference } from './memo.ts';
import type { Filters, GraphModel } from './types.ts';
import { edgeValue } from './visibility.ts';

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
    const sentence = sentenceAt(passage, mention.start);
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

/** Links of an actor, strongest first in the current weight mode (ties: more sentences, then name). */
export const actorConnections = memoByReference((model: GraphModel, nodeId: string, filters: Filters): Connection[] => {
  const node = model.nodeIndex.get(nodeId);
  if (node === undefined) return [];
  const connections = Array.from(model.incidentEdges[node]!, (edge): Connection => {
    const neighbour = otherEnd(model, edge, node);
    return { edge, edgeId: model.graph.edges[edge]!.id, neighbour, label: model.graph.nodes[neighbour]!.label, weight: model.graph.edges[edge]!.weight, pmi: model.pmi[edge]! };
  });
  return connections.sort((a, b) => edgeValue(model, b.edge, filters) - edgeValue(model, a.edge, filters) || b.weight - a.weight || compareNames(a.label, b.label));
});

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
