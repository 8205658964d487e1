/** The curation slice of the explorer store, apart from its code so the store's state type imports no slice. */
import type { Graph, OverrideOperation, Overrides, OverrideWarning } from '../../graph-format/index.ts';

export interface CurationState {
  /** Whose changes these are (their storage key): 'custom', or 'sample:<graph path>'. */
  corpusKey: string | null;
  /** The graph as extracted, before any change. */
  base: Graph | null;
  /** How the graph is named in the load state (its path, or "your corpus"). */
  source: string;
  overrides: Overrides;
  /** Undone operations, the most recently undone last: Redo applies them again. */
  undone: OverrideOperation[];
  /** Operations of the document that do not apply to this graph (e.g. an import written for another extraction). */
  warnings: OverrideWarning[];
  /** Problems to show until dismissed: a file that is not an overrides document, storage failures. */
  errors: string[];
}

export interface CurationSlice {
  curation: CurationState;
  /** Resolves once every change made so far is in IndexedDB. */
  curationSaved: () => Promise<void>;
  /** Shows `base` with `overrides` applied; the corpus's curation starts from there. */
  beginCuration: (corpusKey: string, base: Graph, source: string, overrides?: Overrides | null) => void;
  /**
   * Builds, in short slices, the model of the graph that beginCuration(…, base, …, overrides)
   * is about to show, so that showing it does not freeze the page on a big graph.
   */
  prepareCuration: (base: Graph, overrides: Overrides | null) => Promise<void>;
  /** Appends an operation; returns why it was refused (it would not apply), or null. */
  curate: (operation: OverrideOperation) => string | null;
  undo: () => void;
  redo: () => void;
  /** Replaces the document with the text of an overrides file; false (with errors shown) when it is not one. */
  importOverrides: (text: string) => Promise<boolean>;
  addCurationErrors: (errors: string[]) => void;
  dismissCurationMessages: () => void;
}
