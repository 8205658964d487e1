/**
 * Weakly labelled relation pairs for training the relation model (`npm run train:relations`):
 * every linking sentence of real-corpus documents no hand-annotated part uses, classified by the
 * hand-written rules; the caller keeps only the answers of rules whose precision on the hand
 * pairs is high (train-relations.ts), so thousands of sentences teach the model which words and
 * shapes go with each type, beyond the few hundred hand pairs.
 *
 * Only files that `poolOf()` puts in the `tuning` pool are read: a frozen test part (drawn from
 * the `frozen` pool) never has its sentences seen by training, not even with rule labels.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph, RelationType } from '../../graph-format/index.ts';
import { extractGraph } from '../index.ts';
import { pairContext, pairFeatures, parseSentences, relationCues, rulesFor, type SentenceMention } from '../relate/index.ts';

export interface WeakPair {
  document: string;
  /** The rule that typed the pair (classify.ts), for keeping only precise rules. */
  rule: string;
  label: RelationType;
  features: string[];
}

/** Same rule as tests/fixtures/pool.ts (parity of the first byte of SHA-256 of the file name); src cannot import tests. */
export function inTuningPool(fileName: string): boolean {
  return ((createHash('sha256').update(fileName, 'utf8').digest()[0] ?? 0) % 2) === 0;
}

/** The real-corpus files weak labels may come from: tuning pool, not a hand-annotated document, in name order. */
export function weakSourceFiles(realCorpus: string, handDocuments: ReadonlySet<string>): string[] {
  return readdirSync(realCorpus)
    .filter((name) => /\.(txt|md|html?)$/.test(name) && name !== 'README.md' && inTuningPool(name) && !handDocuments.has(name))
    .sort();
}

/** Every evidence pair of one document's graph, with the rules' answer and the model's features. */
export function weakPairsOfGraph(graph: Graph, document: string): WeakPair[] {
  const cues = relationCues();
  const mentionsByPassage = new Map<string, SentenceMention[]>();
  for (const node of graph.nodes) {
    for (const mention of node.mentions) {
      const list = mentionsByPassage.get(mention.passageId) ?? [];
      list.push({ start: mention.start, end: mention.end, actor: node.id, type: node.type });
      mentionsByPassage.set(mention.passageId, list);
    }
  }
  const passageIndex = new Map(graph.passages.map((passage, index) => [passage.id, index]));
  // The sentences with pairs, each parsed once (one batch per document).
  const sentences = new Map<string, { passage: number; sentence: number; pairs: [string, string][] }>();
  for (const edge of graph.edges) {
    for (const item of edge.evidence) {
      const passage = passageIndex.get(item.passageId);
      if (passage === undefined) continue;
      const key = `${passage}:${item.sentence}`;
      const entry = sentences.get(key) ?? { passage, sentence: item.sentence, pairs: [] };
      entry.pairs.push([edge.source, edge.target]);
      sentences.set(key, entry);
    }
  }
  const ordered = [...sentences.values()].sort((a, b) => a.passage - b.passage || a.sentence - b.sentence);
  const parses = parseSentences(ordered.map(({ passage, sentence }) => {
    const [start, end] = graph.passages[passage]!.sentences[sentence]!;
    return { text: graph.passages[passage]!.text, start, end };
  }));
  const pairs: WeakPair[] = [];
  ordered.forEach(({ passage, sentence, pairs: actorPairs }, index) => {
    const { id, sentences: spans } = graph.passages[passage]!;
    const [start, end] = spans[sentence]!;
    const mentions = (mentionsByPassage.get(id) ?? []).filter((m) => m.start >= start && m.end <= end);
    for (const [a, b] of actorPairs) {
      const context = pairContext(parses[index]!, mentions, a, b, cues);
      if (!context) continue;
      const finding = rulesFor(context);
      pairs.push({ document, rule: finding.rule, label: finding.relation.type, features: pairFeatures(context, finding) });
    }
  });
  return pairs;
}

/** Weak pairs of the given files, extracted one document at a time (deterministic: files in the given order). */
export function weakPairs(realCorpus: string, files: readonly string[], progress?: (done: number) => void): WeakPair[] {
  const pairs: WeakPair[] = [];
  files.forEach((file, index) => {
    const bytes = new Uint8Array(readFileSync(join(realCorpus, file)));
    pairs.push(...weakPairsOfGraph(extractGraph([{ path: file, bytes }]).graph, file));
    progress?.(index + 1);
  });
  return pairs;
}
