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
import { packTerms, pairContext, pairFeatures, parseSentences, relationCues, rulesFor, unpackTerms, type SentenceMention } from '../relate/index.ts';
import { isFolderNotes } from './read-corpus.ts';

export interface WeakPair {
  document: string;
  /** The rule that typed the pair (classify.ts), for keeping only precise rules. */
  rule: string;
  label: RelationType;
  features: string[];
}

/** One linking sentence, parsed (packed terms, parse.ts) with its mentions and actor pairs: what the features are computed from. */
export interface WeakSentence {
  document: string;
  packed: string;
  mentions: SentenceMention[];
  pairs: [string, string][];
}

/** Same rule as tests/fixtures/pool.ts (parity of the first byte of SHA-256 of the file name); src cannot import tests. */
export function inTuningPool(fileName: string): boolean {
  return ((createHash('sha256').update(fileName, 'utf8').digest()[0] ?? 0) % 2) === 0;
}

/** The real-corpus files weak labels may come from: tuning pool, not a hand-annotated document, in name order. */
export function weakSourceFiles(realCorpus: string, handDocuments: ReadonlySet<string>): string[] {
  return readdirSync(realCorpus)
    .filter((name) => /\.(txt|md|html?)$/.test(name) && !isFolderNotes(name) && inTuningPool(name) && !handDocuments.has(name))
    .sort();
}

/** Every linking sentence of one document's graph, parsed once (one batch per document). */
export function weakSentencesOfGraph(graph: Graph, document: string): WeakSentence[] {
  const mentionsByPassage = new Map<string, SentenceMention[]>();
  for (const node of graph.nodes) {
    for (const mention of node.mentions) {
      const list = mentionsByPassage.get(mention.passageId) ?? [];
      list.push({ start: mention.start, end: mention.end, actor: node.id, type: node.type });
      mentionsByPassage.set(mention.passageId, list);
    }
  }
  const passageIndex = new Map(graph.passages.map((passage, index) => [passage.id, index]));
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
  return ordered.map(({ passage, sentence, pairs }, index) => {
    const { id, sentences: spans } = graph.passages[passage]!;
    const [start, end] = spans[sentence]!;
    const mentions = (mentionsByPassage.get(id) ?? []).filter((m) => m.start >= start && m.end <= end);
    return { document, packed: packTerms(parses[index]!), mentions, pairs };
  });
}

/** The rules' answer and the model's features for every pair of the sentences (no parse: the terms are packed). */
export function weakPairsOf(sentences: readonly WeakSentence[]): WeakPair[] {
  const cues = relationCues();
  const pairs: WeakPair[] = [];
  for (const sentence of sentences) {
    const terms = unpackTerms(sentence.packed);
    for (const [a, b] of sentence.pairs) {
      const context = pairContext(terms, sentence.mentions, a, b, cues);
      if (!context) continue;
      const finding = rulesFor(context);
      pairs.push({ document: sentence.document, rule: finding.rule, label: finding.relation.type, features: pairFeatures(context, finding) });
    }
  }
  return pairs;
}

/** Linking sentences of the given files, extracted one document at a time (deterministic: files in the given order). */
export function weakSentences(realCorpus: string, files: readonly string[], progress?: (done: number) => void): WeakSentence[] {
  const sentences: WeakSentence[] = [];
  files.forEach((file, index) => {
    const bytes = new Uint8Array(readFileSync(join(realCorpus, file)));
    sentences.push(...weakSentencesOfGraph(extractGraph([{ path: file, bytes }]).graph, file));
    progress?.(index + 1);
  });
  return sentences;
}
