/**
 * The whole extraction, parameterised by the lexicon so that stages can be tested with
 * small lexicons. index.ts binds it to the real general-knowledge lexicon.
 */
import { ACTOR_TYPES, applyOverrides, validateGraph, type ActorType } from '../graph-format/index.ts';
import { analyseDocument } from './analyse-document.ts';
import { isHtmlPath, isMarkdownPath } from './decode/index.ts';
import { buildDocumentsAndPassages, buildGraph, type AnalysedDocument, type RelateSentence } from './graph/index.ts';
import type { LexiconIndex } from './recognise/index.ts';
import { classifyPair, relationCues, type ParsedTerm } from './relate/index.ts';
import { resolveActors, type LocatedMention } from './resolve/index.ts';
import type { AcronymDefinition, DocumentAnalysis, ExtractOptions, ExtractResult, SkippedFile, SourceFile } from './types.ts';

export function runExtraction(files: readonly SourceFile[], options: ExtractOptions, lexicon: LexiconIndex, version: string): ExtractResult {
  // Sorted by path, so the order files were listed or read in never changes the output.
  const ordered = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const analysed: AnalysedDocument[] = [];
  const skipped: SkippedFile[] = [];
  const notes: string[] = [];
  ordered.forEach((file, index) => {
    const analysis = analyseCached(file, options, lexicon);
    if (analysis.status === 'skipped') skipped.push({ path: file.path, reason: analysis.reason });
    else {
      analysed.push({ path: file.path, analysis });
      if (analysis.decodeNote) notes.push(`${file.path}: ${analysis.decodeNote}`);
    }
    options.onProgress?.(index + 1, ordered.length, file.path);
  });

  const mentions: LocatedMention[] = [];
  const acronyms: AcronymDefinition[] = [];
  const authors: string[] = [];
  analysed.forEach(({ analysis }, document) => {
    for (const mention of analysis.mentions) mentions.push({ ...mention, document });
    acronyms.push(...analysis.acronyms);
    authors.push(...analysis.authors);
  });
  const actors = resolveActors(mentions, acronyms, lexicon, authors);
  const parts = buildDocumentsAndPassages(analysed);
  const extracted = buildGraph(parts, actors, version, relateFrom(analysed, parts.passageOffset));
  // Corrections apply to the freshly extracted graph, so they survive re-extraction; the
  // result is validated like any other graph.
  const corrected = options.overrides ? applyOverrides(extracted, options.overrides) : undefined;
  const graph = corrected?.graph ?? extracted;

  const validation = validateGraph(graph);
  if (!validation.ok) throw new Error(`extractor produced an invalid graph: ${validation.errors.join('; ')}`);

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

/** The relation classifier over the parses each document made of its linking sentences. */
function relateFrom(analysed: readonly AnalysedDocument[], passageOffset: readonly number[]): RelateSentence {
  const parses = new Map<string, ParsedTerm[]>();
  analysed.forEach(({ analysis }, document) => {
    for (const parse of analysis.sentenceParses ?? []) parses.set(`${(passageOffset[document] ?? 0) + parse.passage}:${parse.sentence}`, parse.terms);
  });
  const cues = relationCues();
  return (passageIndex, sentence, mentions, a, b) => {
    const terms = parses.get(`${passageIndex}:${sentence}`);
    return terms ? classifyPair(terms, mentions, a, b, cues) : { type: 'none' };
  };
}

function analyseCached(file: SourceFile, options: ExtractOptions, lexicon: LexiconIndex): DocumentAnalysis {
  const cache = options.cache;
  if (!cache) return analyseDocument(file.bytes, file.path, lexicon);
  // The same bytes read as HTML, Markdown or plain text give different analyses.
  const key = `${cache.keyOf(file.bytes)}:${formatOf(file.path)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const analysis = analyseDocument(file.bytes, file.path, lexicon);
  cache.set(key, analysis);
  return analysis;
}

function formatOf(path: string): 'html' | 'markdown' | 'text' {
  return isHtmlPath(path) ? 'html' : isMarkdownPath(path) ? 'markdown' : 'text';
}
