/**
 * The whole extraction, parameterised by the lexicon so that stages can be tested with
 * small lexicons. index.ts binds it to the real general-knowledge lexicon.
 *
 * Two halves: the per-document map (analyseDocument, a pure function of a file's bytes,
 * cached by content) and the corpus-wide assembly (resolve → graph → validate). The CLI runs
 * the map step in a pool of worker threads and calls assembleExtractionWith with the results
 * (the relations of the sentences' pairs classified on its relation workers: same output);
 * runExtraction does both in this thread (browser worker, eval, tests).
 */
import { ACTOR_TYPES, applyOverrides, coMentionEdges, validateGraph, type ActorType, type EvidenceRelation, type GraphNode, type SentenceActors } from '../graph-format/index.ts';
import { analyseDocument } from './analyse-document.ts';
import { isHtmlPath, isMarkdownPath } from './decode/paths.ts';
import { buildDocumentsAndPassages, buildNodes, graphOf, sentenceBuckets, type AnalysedDocument, type GraphParts } from './graph/index.ts';
import type { LexiconIndex } from './recognise/index.ts';
import { pairCount, relateSentencePairs, relationCues, type SentencePairs } from './relate/index.ts';
import { resolveActors, statePlaceUse, statesNamedIn, scanCorpusWords, type LocatedMention } from './resolve/index.ts';
import { repeatedSentences, sentenceIndexAt } from './segment/index.ts';
import type { AcronymDefinition, CandidateMention, DocumentAnalysis, DocumentCache, PassageAnalysis, ExtractOptions, ExtractResult, SkippedFile, SourceFile } from './types.ts';

/** The names ExtractOptions.onStage is called with, in order (overrides only when there are some). */
export const ASSEMBLY_STAGES = {
  collect: 'collect mentions', commonWords: 'common words', resolve: 'resolve actors',
  graph: 'graph (co-mentions, relations)', overrides: 'overrides', validate: 'validate',
} as const;

export function runExtraction(files: readonly SourceFile[], options: ExtractOptions, lexicon: LexiconIndex, version: string): ExtractResult {
  const ordered = sortedByPath(files);
  const analyses = ordered.map((file, index) => {
    const analysis = analyseCached(file, options, lexicon);
    options.onAnalysed?.(file.path, analysis);
    options.onProgress?.(index + 1, ordered.length, file.path);
    return analysis;
  });
  return assembleExtraction(ordered.map((file) => file.path), analyses, options, lexicon, version);
}

/** Files sorted by path, so the order files were listed or read in never changes the output. */
export function sortedByPath<T extends { path: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The corpus-wide half: `paths[i]`'s analysis is `analyses[i]`, paths sorted (sortedByPath).
 * Resolves mentions into actors, links them, applies overrides and validates. `analyses` is
 * emptied as it is read (and its mentions become the resolver's), so that nothing but the
 * graph is left for the garbage collector to keep while the graph is validated.
 */
export function assembleExtraction(
  paths: readonly string[], analyses: DocumentAnalysis[], options: ExtractOptions, lexicon: LexiconIndex, version: string,
): ExtractResult {
  const stage = options.onStage ?? ((): void => {});
  const prepared = preparedGraph(paths, analyses, lexicon, stage);
  return finishedExtraction(graphWith(prepared, relateHere(prepared.sentences, options.collectGarbage), version, stage), options);
}

/**
 * Classifies the sentences' pairs somewhere else (the CLI's relation workers): one array of
 * relations per sentence, in the sentences' order, each relateSentencePairs(sentence); or
 * undefined to have them classified in this thread. It may let go of the sentences it has handed out.
 */
export type RelateElsewhere = (sentences: SentencePairs[]) => Promise<EvidenceRelation[][]> | undefined;

/** assembleExtraction with the relation classification handed to `relate` (same output, byte for byte). */
export async function assembleExtractionWith(
  paths: readonly string[], analyses: DocumentAnalysis[], options: ExtractOptions, lexicon: LexiconIndex, version: string, relate: RelateElsewhere,
): Promise<ExtractResult> {
  const stage = options.onStage ?? ((): void => {});
  const prepared = preparedGraph(paths, analyses, lexicon, stage);
  const relations = await relate(prepared.sentences) ?? relateHere(prepared.sentences, options.collectGarbage);
  return finishedExtraction(graphWith(prepared, relations, version, stage), options);
}

/** Overrides applied, the graph validated and counted. */
function finishedExtraction(extracted: Pick<ExtractResult, 'graph' | 'skipped' | 'notes'>, options: ExtractOptions): ExtractResult {
  const stage = options.onStage ?? ((): void => {});
  const { graph: raw, skipped, notes } = extracted;
  // Corrections apply to the freshly extracted graph, so they survive re-extraction; the
  // result is validated like any other graph.
  const corrected = options.overrides ? applyOverrides(raw, options.overrides) : undefined;
  const graph = corrected?.graph ?? raw;
  if (corrected) stage(ASSEMBLY_STAGES.overrides);

  const validation = validateGraph(graph);
  if (!validation.ok) throw new Error(`extractor produced an invalid graph: ${validation.errors.join('; ')}`);
  stage(ASSEMBLY_STAGES.validate);

  const actorsByType = Object.fromEntries(ACTOR_TYPES.map((type) => [type, 0])) as Record<ActorType, number>;
  for (const node of graph.nodes) actorsByType[node.type]++;
  return {
    graph,
    skipped,
    notes,
    ...(corrected ? { overrides: { applied: corrected.applied, warnings: corrected.warnings } } : {}),
    stats: { documents: graph.documents.length, passages: graph.passages.length, actorsByType, edges: graph.edges.length },
  };
}

/** Everything the graph is made of once actors are resolved, with the sentences whose pairs are still to classify. */
interface PreparedGraph {
  parts: GraphParts;
  nodes: GraphNode[];
  buckets: SentenceActors[];
  /** sentences[k] is buckets[k]'s, with its mentions and parse. */
  sentences: SentencePairs[];
  skipped: SkippedFile[];
  notes: string[];
}

/** The edges once their sentences are classified (relations[k]: sentences[k]'s pairs' relations). */
function graphWith(prepared: PreparedGraph, relations: EvidenceRelation[][], version: string, stage: (name: string) => void): Pick<ExtractResult, 'graph' | 'skipped' | 'notes'> {
  const { parts, nodes, buckets, skipped, notes } = prepared;
  prepared.sentences.length = 0;
  const graph = graphOf(parts, nodes, version, coMentionEdges(parts.passages, buckets, relations));
  stage(ASSEMBLY_STAGES.graph);
  return { graph, skipped, notes };
}

/** Resolve, and find the sentences to classify; the intermediates (analyses, mentions, actors) end with this function. */
function preparedGraph(paths: readonly string[], analyses: DocumentAnalysis[], lexicon: LexiconIndex, stage: (name: string) => void): PreparedGraph {
  const analysed: AnalysedDocument[] = [];
  const skipped: SkippedFile[] = [];
  const notes: string[] = [];
  paths.forEach((path, index) => {
    const analysis = analyses[index];
    if (analysis === undefined) throw new Error(`no analysis for ${path}`);
    if (analysis.status === 'skipped') skipped.push({ path, reason: analysis.reason });
    else {
      analysed.push({ path, analysis });
      if (analysis.decodeNote) notes.push(`${path}: ${analysis.decodeNote}`);
    }
  });
  analyses.length = 0;

  const mentions: LocatedMention[] = [];
  const acronyms: AcronymDefinition[] = [];
  const authors: string[] = [];
  const located = new Set<DocumentAnalysis>();
  analysed.forEach(({ analysis }, document) => {
    // The mention objects themselves are located, not copies (at corpus scale a copy of every
    // mention is tens of megabytes), unless a cache gave the same analysis to two documents.
    const own = !located.has(analysis);
    located.add(analysis);
    // A repeated paragraph or sentence of the same source counts once.
    const repeats = repeatedSentences(analysis.passages);
    const documentStates = statesNamedIn(analysis.mentions);
    for (const mention of analysis.mentions) {
      const passage = analysis.passages[mention.passage];
      if (!passage) continue;
      if (repeats.size > 0 && repeats.has(`${mention.passage}:${sentenceIndexAt(passage.sentences, mention.start)}`)) continue;
      if (isStateAsPlace(passage, mention, documentStates)) continue;
      mentions.push(own ? Object.assign(mention, { document }) : { ...mention, document });
    }
    acronyms.push(...analysis.acronyms);
    authors.push(...analysis.authors);
  });
  stage(ASSEMBLY_STAGES.collect);
  // Lone words and phrases the texts also write in lower case are ordinary words, not names (one walk over the texts).
  const texts = analysed.flatMap(({ analysis }) => analysis.passages.map((passage) => passage.text));
  const corpusWords = scanCorpusWords(texts, mentions, authors);
  stage(ASSEMBLY_STAGES.commonWords);
  const actors = resolveActors(mentions, acronyms, lexicon, authors, corpusWords.commonWords, { writtenLowerCase: (phrases) => corpusWords.writtenLowerCase(phrases) });
  stage(ASSEMBLY_STAGES.resolve);
  const parts = buildDocumentsAndPassages(analysed);
  const parses = parsesByPassage(analysed, parts.passageOffset);
  // Everything the graph needs from the analyses is in `parts` and `parses` now: the rest of them
  // (and the mentions, once buildNodes has read the actors) can go before the edges are built.
  analysed.length = 0;
  mentions.length = 0;
  const { nodes, placed } = buildNodes(parts, actors);
  const buckets: SentenceActors[] = [];
  // The mentions and parses go with the sentences only, which a worker pool may let go as it hands them out.
  const sentences = sentenceBuckets(parts.passages, placed).map(({ passageIndex, sentence, nodes: actorsOf, mentions: sentenceMentions }): SentencePairs => {
    buckets.push({ passageIndex, sentence, nodes: actorsOf });
    const packed = parses.get(passageIndex)?.[sentence];
    return packed === undefined ? { mentions: sentenceMentions, actors: actorsOf } : { packed, mentions: sentenceMentions, actors: actorsOf };
  });
  return { parts, nodes, buckets, sentences, skipped, notes };
}

/** A capital ("Brussels") or a state's name ("Atlanta, Georgia") recognised as a state where the text uses it as a place (resolve/state-place-uses.ts). */
function isStateAsPlace(passage: PassageAnalysis, mention: CandidateMention, documentStates: ReadonlySet<string>): boolean {
  if (mention.kind !== 'lexicon' || mention.type !== 'state') return false;
  const sentence = passage.sentences[sentenceIndexAt(passage.sentences, mention.start)] ?? [0, passage.text.length];
  return statePlaceUse(passage.text, mention, sentence, documentStates) !== undefined;
}

/**
 * How often the graph stage offers to collect garbage (ExtractOptions.collectGarbage): the real
 * corpus classifies ~123,000 pairs in ~10 s of CPU, so four or five full collections of a ~130 MB
 * heap (~0.1 s each); collecting every 40,000 pairs held its peak at ~320 MB (2026-12-07).
 */
export const RELATE_PAIRS_PER_COLLECTION = 30_000;

/** The parses each document made of its linking sentences, by passage index (the graph's), then sentence. */
function parsesByPassage(analysed: readonly AnalysedDocument[], passageOffset: readonly number[]): Map<number, string[]> {
  // One array per passage: a string key per parsed sentence of the corpus cost megabytes while the edges are built.
  const parses = new Map<number, string[]>();
  analysed.forEach(({ analysis }, document) => {
    for (const parse of analysis.sentenceParses ?? []) {
      const passage = (passageOffset[document] ?? 0) + parse.passage;
      let sentences = parses.get(passage);
      if (!sentences) parses.set(passage, (sentences = []));
      sentences[parse.sentence] = parse.packed;
    }
  });
  return parses;
}

/** The sentences' pairs classified in this thread, with a garbage collection offered every RELATE_PAIRS_PER_COLLECTION pairs. */
function relateHere(sentences: readonly SentencePairs[], collectGarbage?: () => void): EvidenceRelation[][] {
  const cues = relationCues();
  let pairs = 0;
  return sentences.map((sentence) => {
    const before = pairs;
    pairs += pairCount(sentence.actors.length);
    if (collectGarbage && Math.floor(pairs / RELATE_PAIRS_PER_COLLECTION) > Math.floor(before / RELATE_PAIRS_PER_COLLECTION)) collectGarbage();
    return relateSentencePairs(sentence, cues);
  });
}

function analyseCached(file: SourceFile, options: ExtractOptions, lexicon: LexiconIndex): DocumentAnalysis {
  const cache = options.cache;
  if (!cache) return analyseDocument(file.bytes, file.path, lexicon);
  const key = documentCacheKey(cache, file);
  const cached = cache.get(key);
  if (cached) return cached;
  const analysis = analyseDocument(file.bytes, file.path, lexicon);
  cache.set(key, analysis);
  return analysis;
}

/** The cache key of a file: its bytes and how they are read (the same bytes as HTML, Markdown or text give different analyses). */
export function documentCacheKey(cache: Pick<DocumentCache, 'keyOf'>, file: SourceFile): string {
  return `${cache.keyOf(file.bytes)}:${formatOf(file.path)}`;
}

function formatOf(path: string): 'html' | 'markdown' | 'text' {
  return isHtmlPath(path) ? 'html' : isMarkdownPath(path) ? 'markdown' : 'text';
}
