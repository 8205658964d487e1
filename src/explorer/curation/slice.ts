/**
 * Curation: the analyst's corrections to the actors, kept as an overrides document (the
 * same file `npm run extract -- --overrides` applies). The graph on screen is always
 * applyOverrides(base graph, overrides), so undo is just dropping the last operation.
 * Every change is saved per corpus in IndexedDB.
 */
import type { StateCreator } from 'zustand';
// From the module itself, not the package index, which would bring the schema library along.
import { applyOverrides, type ApplyOverridesResult } from '../../graph-format/apply-overrides.ts';
import type { Graph, GraphNode, OverrideOperation, Overrides } from '../../graph-format/index.ts';
import { memoByReference } from '../store/memo.ts';
import { prepareGraphModel } from '../store/model.ts';
import { nextTask } from '../store/next-task.ts';
import { PendingSaves } from '../store/pending-saves.ts';
import type { ExplorerState } from '../store/state.ts';
import type { Selection } from '../store/types.ts';
import { NO_OVERRIDES, overridesOf } from './document.ts';
import { idAfterOperation, idBeforeOperation } from './follow.ts';
import { saveOverrides } from './storage.ts';
import type { CurationSlice, CurationState } from './types.ts';

export type { CurationSlice, CurationState } from './types.ts';



export const INITIAL_CURATION: CurationState = { corpusKey: null, base: null, source: '', overrides: NO_OVERRIDES, undone: [], warnings: [], errors: [] };

/** Memoised: undo, redo and re-renders ask for the same (base, overrides) pair more than once. */
const displayed = memoByReference((base: Graph, overrides: Overrides): ApplyOverridesResult => applyOverrides(base, overrides));

type Set = Parameters<StateCreator<ExplorerState>>[0];
type Get = () => ExplorerState;

/** Puts `overrides` on screen and moves the selection to where its actor is now. */
function show(get: Get, overrides: Overrides, selection: Selection): ApplyOverridesResult | null {
  const { base, source } = get().curation;
  if (!base) return null;
  const result = displayed(base, overrides);
  const { graph } = result;
  const exists = selection && (selection.kind === 'node' ? graph.nodes : graph.edges).some((item) => item.id === selection.id);
  // Passages never change with curation, so an open source reader can stay open. One state
  // change for graph and selection, so the address bar gets one history entry.
  const reader = get().readerPassageId;
  get().setGraph(graph, source, { selection: exists ? selection : null, readerPassageId: reader !== null && graph.passages.some((p) => p.id === reader) ? reader : null });
  return result;
}

/** Saves the document, after the saves before it; a failure is shown with the curation messages. */
function persist(saves: PendingSaves, get: Get): void {
  const { corpusKey, overrides } = get().curation;
  if (!corpusKey) return;
  saves.chain(() => saveOverrides(corpusKey, overrides).catch((error: unknown) => {
    get().addCurationErrors([`Your changes could not be saved in this browser, so a reload will lose them (${(error as Error).message}).`]);
  }));
}

function nodeOf(graph: Graph | undefined, id: string | undefined): GraphNode | undefined {
  return id === undefined ? undefined : graph?.nodes.find((node) => node.id === id);
}

function operationActor(operation: OverrideOperation): string | undefined {
  if (operation.op === 'relation') return operation.between[0];
  return operation.op === 'merge' ? operation.into : operation.id;
}

export const createCurationSlice: StateCreator<ExplorerState, [], [], CurationSlice> = (set, get) => {
  const saves = new PendingSaves();
  /** Applies `operation` after the current ones, unless it would be skipped; `undone` is the redo stack to keep. */
  const apply = (operation: OverrideOperation, undone: OverrideOperation[]): string | null => {
    const { curation, model, selection } = get();
    if (!curation.base || !model) return 'no graph is loaded';
    const next = overridesOf([...curation.overrides.operations, operation]);
    const result = displayed(curation.base, next);
    const refusal = result.warnings.find((warning) => warning.index === next.operations.length - 1);
    if (refusal) return refusal.reason;
    const actor = nodeOf(model.graph, operationActor(operation));
    let following = selection;
    if (selection?.kind === 'node') {
      const id = idAfterOperation(operation, selection.id, actor);
      following = id === null ? null : { kind: 'node', id };
    }
    set({ curation: { ...curation, overrides: next, undone, warnings: result.warnings } });
    show(get, next, following);
    persist(saves, get);
    return null;
  };

  return {
    curation: INITIAL_CURATION,
    curationSaved: () => saves.settled(),

    prepareCuration: (base, overrides) => prepareGraphModel(displayed(base, overrides ?? NO_OVERRIDES).graph, nextTask),

    beginCuration: (corpusKey, base, source, overrides) => {
      const document = overrides ?? NO_OVERRIDES;
      set({ curation: { ...INITIAL_CURATION, corpusKey, base, source, overrides: document } });
      const result = show(get, document, null);
      set({ curation: { ...get().curation, warnings: result?.warnings ?? [] } });
    },

    curate: (operation) => apply(operation, []),

    undo: () => {
      const { curation, selection } = get();
      const operation = curation.overrides.operations.at(-1);
      if (!curation.base || !operation) return;
      const previous = overridesOf(curation.overrides.operations.slice(0, -1));
      const before = displayed(curation.base, previous);
      const actor = nodeOf(before.graph, operationActor(operation));
      const following: Selection = selection?.kind === 'node' ? { kind: 'node', id: idBeforeOperation(operation, selection.id, actor) } : selection;
      set({ curation: { ...curation, overrides: previous, undone: [...curation.undone, operation], warnings: before.warnings } });
      show(get, previous, following);
      persist(saves, get);
    },

    redo: () => {
      const { undone } = get().curation;
      const operation = undone.at(-1);
      if (operation) apply(operation, undone.slice(0, -1));
    },

    importOverrides: async (text) => {
      const { parseOverridesJson } = await import('../../graph-format/overrides.ts');
      const parsed = parseOverridesJson(text);
      if (!parsed.ok) {
        set({ curation: { ...get().curation, errors: ['The file is not a Silkmap overrides document:', ...parsed.errors] } });
        return false;
      }
      const { curation, selection } = get();
      if (!curation.base) return false;
      const result = displayed(curation.base, parsed.overrides);
      set({ curation: { ...curation, overrides: parsed.overrides, undone: [], warnings: result.warnings, errors: [] } });
      show(get, parsed.overrides, selection);
      persist(saves, get);
      return true;
    },

    addCurationErrors: (errors) => set({ curation: { ...get().curation, errors: [...get().curation.errors, ...errors] } }),
    dismissCurationMessages: () => set({ curation: { ...get().curation, errors: [], warnings: [] } }),
  };
};
