/**
 * Silkmap's extractor: a folder's worth of texts → the actor graph (src/graph-format).
 * Browser-safe: no Node APIs here or below, except in ./cli/.
 *
 * Per document (a pure function of its bytes, cacheable): decode → HTML to text →
 * posts / passages / sentences without boilerplate → candidate mentions.
 * Across documents: resolve aliases into actors → co-mentions → sorted graph → validate.
 */
import * as lexiconData from './lexicon/index.ts';
import { runExtraction } from './pipeline.ts';
import { buildLexiconIndex, type LexiconIndex } from './recognise/index.ts';
import type { ExtractOptions, ExtractResult, SourceFile } from './types.ts';

export type {
  SourceFile, SkippedFile, ExtractOptions, ExtractResult, ExtractStats, DocumentCache, DocumentAnalysis,
} from './types.ts';

/** Bump when a change alters the output: it invalidates every cached document analysis. */
export const EXTRACTOR_VERSION = '1.2.0';

let lexiconIndex: LexiconIndex | undefined;

export function extractGraph(files: SourceFile[], options: ExtractOptions = {}): ExtractResult {
  lexiconIndex ??= buildLexiconIndex(lexiconData);
  return runExtraction(files, options, lexiconIndex, EXTRACTOR_VERSION);
}
