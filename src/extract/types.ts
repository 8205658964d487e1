/**
 * Types shared by the extraction stages. Everything here is plain data so that a
 * DocumentAnalysis can be cached as JSON and the pipeline can run in a Web Worker.
 */
import type { ActorType, Graph, Overrides, OverrideWarning, Span } from '../graph-format/index.ts';

export interface SourceFile {
  /** Relative path with forward slashes; it becomes the document's path in the graph. */
  path: string;
  bytes: Uint8Array;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

/**
 * Per-document analysis store. The key covers the document's bytes and the extractor
 * version, so a stale entry can never be returned after the extractor changes.
 */
export interface DocumentCache {
  /** Key for a document's bytes (the CLI uses sha256(bytes) + EXTRACTOR_VERSION). */
  keyOf(bytes: Uint8Array): string;
  get(key: string): DocumentAnalysis | undefined;
  set(key: string, analysis: DocumentAnalysis): void;
}

export interface ExtractOptions {
  onProgress?: (done: number, total: number, path: string) => void;
  /** Called with each document's analysis (candidate mentions with their rules): for per-rule evaluation. */
  onAnalysed?: (path: string, analysis: DocumentAnalysis) => void;
  cache?: DocumentCache;
  /**
   * An analyst's corrections (merges, renames, type changes, splits, hidden actors), applied
   * to the extracted graph before it is validated. Parse untrusted input with parseOverrides.
   */
  overrides?: Overrides;
  /** Called as each stage of the corpus-wide assembly ends (the CLI's SILKMAP_STAGES profile). */
  onStage?: (stage: string) => void;
  /**
   * Called now and then while the graph's co-mentions are classified (every RELATE_PAIRS_PER_COLLECTION
   * pairs): the CLI runs a full garbage collection there, which keeps V8 from growing the heap
   * with the classifier's short-lived garbage at the run's peak (real corpus: 426 → ~320 MB).
   */
  collectGarbage?: () => void;
}

export interface ExtractStats {
  documents: number;
  passages: number;
  actorsByType: Record<ActorType, number>;
  edges: number;
}

export interface ExtractResult {
  graph: Graph;
  skipped: SkippedFile[];
  stats: ExtractStats;
  /** Things the caller should tell the user (e.g. a file decoded as windows-1252). */
  notes: string[];
  /** Present when overrides were given: how many operations applied, and why the others were skipped. */
  overrides?: { applied: number; warnings: OverrideWarning[] };
}

/** A post inside a document (blog archives hold several). */
export interface PostInfo {
  title: string;
  date?: string;
}

export interface PassageAnalysis {
  postIndex: number;
  text: string;
  sourceStart: number;
  sourceEnd: number;
  sentences: Span[];
}

/**
 * How a mention was recognised; the resolver uses it to merge mentions into actors.
 * - lexicon: a general-knowledge entry (country, capital, demonym, known organisation)
 * - named: a name recognised by rules (cue words, titles, first names)
 * - acronym: an all-capitals token; resolved through definitions "Full Name (ACR)"
 * - surname: an unconfirmed name (a lone capitalised word, or words the rules could not type); kept
 *   only if it is the short form of, or the same as, a name confirmed elsewhere
 */
export type MentionKind = 'lexicon' | 'named' | 'acronym' | 'surname';

export interface CandidateMention {
  passage: number;
  start: number;
  end: number;
  kind: MentionKind;
  /** Proposed type; for acronyms and surnames it is only a guess, fixed by the resolver. */
  type: ActorType;
  /** Proposed canonical label (for lexicon hits: the entry's name). */
  label: string;
  /** For a lexicon hit through an acronym ("CPC"): the acronym, so a definition in the text can override the lexicon. */
  acronym?: string;
  /** Which recogniser rule produced the mention (recognise/rule-ids.ts); for per-rule evaluation, not written to the graph. */
  rule?: string;
}

export interface AcronymDefinition {
  acronym: string;
  label: string;
  /** 'none' when the defined phrase is not an actor ("Personal Protective Equipment (PPE)"). */
  type: ActorType | 'none';
}

export type DocumentAnalysis =
  | {
      status: 'ok';
      title: string;
      date?: string;
      length: number;
      /** e.g. "not valid UTF-8: decoded as windows-1252" */
      decodeNote?: string;
      posts: PostInfo[];
      passages: PassageAnalysis[];
      mentions: CandidateMention[];
      acronyms: AcronymDefinition[];
      /** Names from bylines and author bios: they confirm that a name in the body is a person. */
      authors: string[];
      /** Parses of the sentences naming two or more candidates, for the relation classifier. */
      sentenceParses: SentenceParse[];
    }
  | { status: 'skipped'; reason: string };

/**
 * One sentence's parse, kept with its document's analysis (passage and sentence index in it).
 * The terms are packed into one string (relate/parse.ts packTerms): at corpus scale the parses
 * are most of an analysis, and as objects they held a hundred megabytes in the CLI's main thread.
 */
export interface SentenceParse {
  passage: number;
  sentence: number;
  /** packTerms(terms); unpackTerms gives them back when the sentence's pairs are classified. */
  packed: string;
}
