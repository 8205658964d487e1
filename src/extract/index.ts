/**
 * Silkmap's extractor: a folder's worth of texts → the actor graph (src/graph-format).
 * Browser-safe: no Node APIs here or below, except in ./cli/.
 *
 * Per document (a pure function of its bytes, cacheable): decode → HTML to text →
 * posts / passages / sentences without boilerplate → candidate mentions.
 * Across documents: resolve aliases into actors → co-mentions → sorted graph → validate.
 */
import * as lexiconData from './lexicon/index.ts';
import { assembleExtraction, assembleExtractionWith, runExtraction, type RelateElsewhere } from './pipeline.ts';
import { buildLexiconIndex, type LexiconIndex } from './recognise/index.ts';
import type { DocumentAnalysis, ExtractOptions, ExtractResult, SourceFile } from './types.ts';

export type {
  SourceFile, SkippedFile, ExtractOptions, ExtractResult, ExtractStats, DocumentCache, DocumentAnalysis,
} from './types.ts';

/** Bump when a change alters the output: it invalidates every cached document analysis. */
export const EXTRACTOR_VERSION = '1.12.0';

let lexiconIndex: LexiconIndex | undefined;

/** The general-knowledge lexicon, indexed once per thread on first use. */
export function extractorLexicon(): LexiconIndex {
  lexiconIndex ??= buildLexiconIndex(lexiconData);
  return lexiconIndex;
}

export function extractGraph(files: SourceFile[], options: ExtractOptions = {}): ExtractResult {
  return runExtraction(files, options, extractorLexicon(), EXTRACTOR_VERSION);
}

/**
 * The corpus-wide half of extractGraph, for callers that ran the per-document step
 * (analyseDocument) themselves, e.g. in worker threads: `analyses[i]` belongs to `paths[i]`,
 * paths sorted by sortedByPath; `analyses` is emptied as it is read. Same output as
 * extractGraph on the same files.
 */
export function assembleGraph(paths: readonly string[], analyses: DocumentAnalysis[], options: ExtractOptions = {}): ExtractResult {
  return assembleExtraction(paths, analyses, options, extractorLexicon(), EXTRACTOR_VERSION);
}

/** assembleGraph with the relations of the sentences' pairs classified by `relate` (the CLI's workers): the same output. */
export function assembleGraphWith(paths: readonly string[], analyses: DocumentAnalysis[], options: ExtractOptions, relate: RelateElsewhere): Promise<ExtractResult> {
  return assembleExtractionWith(paths, analyses, options, extractorLexicon(), EXTRACTOR_VERSION, relate);
}

export { sortedByPath, documentCacheKey, ASSEMBLY_STAGES, type RelateElsewhere } from './pipeline.ts';
