import type { Graph } from '../../graph-format/index.ts';

/** A file the extractor could not use, and why (binary, empty, not a text format…). */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** What an in-browser extraction hands back: the shape of the extractor's result the explorer needs. */
export interface IngestResult {
  graph: Graph;
  skipped: SkippedFile[];
  notes: string[];
}

export interface IngestOptions {
  onProgress?: (done: number, total: number, path: string) => void;
  signal?: AbortSignal;
}

/**
 * Turns the user's files into a graph. Injected by the composition root (src/main.tsx) so
 * that the explorer never imports the extractor: it is loaded only when files are dropped.
 */
export type IngestFiles = (files: File[], options: IngestOptions) => Promise<IngestResult>;

export type IngestState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; path: string };

export interface CorpusState {
  kind: 'sample' | 'custom';
  /** How the corpus is named in the page ("Sample corpus", "Your corpus: 3 files"). */
  name: string;
  /** The graph file of the sample corpus (./graph.json, or the ?graph= path). */
  samplePath: string;
  ingest: IngestState;
  /** Files left out of the last extraction, each with its reason; shown until dismissed. */
  skipped: SkippedFile[];
  /** Why the last extraction or restore failed, or notes worth telling; shown until dismissed. */
  messages: string[];
}

/** A user's corpus as kept in IndexedDB between visits. */
export interface StoredCorpus {
  graph: Graph;
  name: string;
}

/** The corpus slice of the explorer store (created in slice.ts). */
export interface CorpusSlice {
  corpus: CorpusState;
  /** Resolves once the last corpus change is in IndexedDB. */
  corpusSaved: () => Promise<void>;
  ingestService: IngestFiles | null;
  provideIngest: (ingest: IngestFiles) => void;
  openSampleCorpus: (path: string, fetcher?: typeof fetch) => Promise<void>;
  openCustomCorpus: (corpus: StoredCorpus) => Promise<void>;
  /** Extracts a graph from the files; it replaces the one on screen and is kept for the next visit. */
  ingestFiles: (files: File[]) => Promise<void>;
  cancelIngest: () => void;
  /** Forgets the user's corpus (and its changes) and shows the sample again. */
  backToSample: () => Promise<void>;
  addCorpusMessages: (messages: string[]) => void;
  dismissCorpusNotice: () => void;
}
