import type { Graph, GraphEdge, GraphNode, Passage } from '../graph-format/index.ts';
import { displaySentence, edgeId } from '../graph-format/index.ts';
import { toCsvText } from './csv.ts';
import { evidenceRelationText } from './relations.ts';
import { displayText } from './text.ts';

/** What an evidence pack is about: one actor, or the link between two actors. */
export type EvidenceTarget =
  | { kind: 'actor'; actorId: string }
  | { kind: 'link'; source: string; target: string };

/** One supporting sentence with everything needed to cite it. */
export interface EvidenceSentence {
  /** passage.text.slice(start, end), exactly. */
  text: string;
  passageId: string;
  /** Character offsets of the sentence in passage.text. */
  start: number;
  end: number;
  postTitle: string;
  documentPath: string;
  documentTitle: string;
  /** The post's date, else the document's, when either is known. */
  date?: string;
  /** In a link pack of a typed graph: the sentence's relation in words ("China → Kazakhstan · funds"). */
  relation?: string;
}

export interface EvidencePack {
  title: string;
  actors: GraphNode[];
  /** The link, for a link pack. */
  edge?: GraphEdge;
  sentences: EvidenceSentence[];
}

/**
 * Every sentence that supports an actor (each sentence holding one of its mentions) or
 * a link (the link's evidence), in corpus order. Sentences are sliced out of the
 * passage text with the offsets stored in the graph, never re-derived.
 * Throws when the actor or link does not exist in the graph.
 */
export function collectEvidence(graph: Graph, target: EvidenceTarget): EvidencePack {
  const nodesById = new Map(graph.nodes.map((node) => [node.id, node]));
  const actorOf = (id: string): GraphNode => {
    const node = nodesById.get(id);
    if (!node) throw new Error(`no actor with id "${id}"`);
    return node;
  };
  const cite = citer(graph);

  if (target.kind === 'actor') {
    const actor = actorOf(target.actorId);
    const spans = new Map<string, { passageId: string; start: number; end: number }>();
    for (const mention of actor.mentions) {
      const span = enclosingSentence(cite.passage(mention.passageId), mention.start, mention.end);
      spans.set(`${mention.passageId}\u0000${span.start}`, { passageId: mention.passageId, ...span });
    }
    return { title: `Evidence: ${actor.label}`, actors: [actor], sentences: cite.all([...spans.values()]) };
  }

  const source = actorOf(target.source);
  const otherEnd = actorOf(target.target);
  const id = edgeId(source.id, otherEnd.id);
  const edge = graph.edges.find((candidate) => candidate.id === id) ??
    graph.edges.find((candidate) => (candidate.source === source.id && candidate.target === otherEnd.id) || (candidate.source === otherEnd.id && candidate.target === source.id));
  if (!edge) throw new Error(`no link between "${source.id}" and "${otherEnd.id}"`);
  const sentences = cite.all(edge.evidence).map((sentence) => {
    const relation = evidenceRelationText(graph, edge, sentence.passageId, sentence.start);
    return relation === undefined ? sentence : { ...sentence, relation };
  });
  return { title: `Evidence: ${source.label} – ${otherEnd.label}`, actors: [source, otherEnd], edge, sentences };
}

/** Markdown ready to paste into a report: heading, actors, counts, then each sentence quoted with its source. */
export function evidenceToMarkdown(pack: EvidencePack): string {
  const lines = [`# ${markdown(pack.title)}`, ''];
  for (const actor of pack.actors) {
    const aliases = actor.aliases.filter((alias) => alias !== actor.label);
    lines.push(`- **${markdown(actor.label)}** (${actor.type}): ${plural(actor.mentionCount, 'mention')} in ${plural(actor.documentCount, 'document')}` +
      (aliases.length > 0 ? `; also named ${aliases.map(markdown).join(', ')}` : ''));
  }
  if (pack.edge) {
    lines.push(`- Link: named together in ${plural(pack.edge.weight, 'sentence')} across ${plural(pack.edge.documentCount, 'document')}`);
  }
  lines.push('', `## ${plural(pack.sentences.length, 'supporting sentence')}`, '');
  for (const sentence of pack.sentences) {
    if (sentence.relation !== undefined) lines.push(`**${markdown(sentence.relation)}**`, '');
    lines.push(
      `> ${markdown(shownText(sentence))}`,
      '>',
      `> — *${markdown(sentence.postTitle)}*, ${markdown(sentence.documentPath)}, ${markdown(sentence.date ?? 'undated')}; ` +
        `passage ${markdown(sentence.passageId)}, characters ${sentence.start}–${sentence.end}`,
      '',
    );
  }
  return lines.join('\n');
}

export const EVIDENCE_CSV_HEADER = ['actors', 'sentence', 'postTitle', 'document', 'date', 'passageId', 'start', 'end'];

/** One row per supporting sentence (spreadsheet-safe: formula-like cells are prefixed with '). */
export function evidenceToCsv(pack: EvidencePack): string {
  const actors = pack.actors.map((actor) => actor.label).join('; ');
  // A link pack of a typed graph has a last column with each sentence's relation in words.
  const typed = pack.sentences.some((sentence) => sentence.relation !== undefined);
  return toCsvText(typed ? [...EVIDENCE_CSV_HEADER, 'relation'] : EVIDENCE_CSV_HEADER, pack.sentences.map((sentence) => [
    actors, shownText(sentence), sentence.postTitle, sentence.documentPath, sentence.date ?? '', sentence.passageId, sentence.start, sentence.end,
    ...(typed ? [sentence.relation ?? ''] : []),
  ]));
}

/** The sentence as a reader sees it: glued footnote markers removed (the offsets still cite the stored text). */
function shownText(sentence: EvidenceSentence): string {
  return displaySentence(sentence.text, 0, sentence.text.length).text;
}

/** Both files of an evidence pack, named after the actor or link. */
export function evidenceFiles(graph: Graph, target: EvidenceTarget): { markdown: string; csv: string; baseName: string } {
  const pack = collectEvidence(graph, target);
  const baseName = `evidence-${pack.actors.map((actor) => actor.id).join('--').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')}`;
  return { markdown: evidenceToMarkdown(pack), csv: evidenceToCsv(pack), baseName };
}

/** Looks up passages and documents once and turns spans into citable sentences in corpus order. */
function citer(graph: Graph) {
  const passageOrder = new Map(graph.passages.map((passage, index) => [passage.id, index]));
  const passages = new Map(graph.passages.map((passage) => [passage.id, passage]));
  const documents = new Map(graph.documents.map((document) => [document.id, document]));
  const passage = (id: string): Passage => {
    const found = passages.get(id);
    if (!found) throw new Error(`no passage with id "${id}"`);
    return found;
  };
  const one = (span: { passageId: string; start: number; end: number }): EvidenceSentence => {
    const source = passage(span.passageId);
    const document = documents.get(source.documentId);
    const date = source.postDate ?? document?.date;
    return {
      text: source.text.slice(span.start, span.end),
      passageId: source.id,
      start: span.start,
      end: span.end,
      postTitle: source.postTitle,
      documentPath: document?.path ?? source.documentId,
      documentTitle: document?.title ?? '',
      ...(date !== undefined ? { date } : {}),
    };
  };
  const all = (spans: readonly { passageId: string; start: number; end: number }[]): EvidenceSentence[] =>
    [...spans]
      .sort((a, b) => (passageOrder.get(a.passageId) ?? 0) - (passageOrder.get(b.passageId) ?? 0) || a.start - b.start)
      .map(one);
  return { passage, all };
}

/** The sentence of the passage that holds a mention; the mention itself if no sentence does. */
function enclosingSentence(passage: Passage, start: number, end: number): { start: number; end: number } {
  for (const [sentenceStart, sentenceEnd] of passage.sentences) {
    if (sentenceStart <= start && end <= sentenceEnd) return { start: sentenceStart, end: sentenceEnd };
  }
  return { start, end };
}

/**
 * Text shown literally in Markdown: markup characters backslash-escaped (so a name like
 * <script> or *x* shows as written), control characters and line breaks removed so a
 * quote stays one blockquote line.
 */
function markdown(text: string): string {
  return displayText(text)
    .replace(/[\\`*_[\]<>#|~&!]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+]|\d+[.)])(?=\s|$)/, (_, space: string, marker: string) => `${space}${marker.replace(/([-+.)])$/, '\\$1')}`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
