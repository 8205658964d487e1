/**
 * The time window as store state. The store's `model` is what every panel, the canvas and
 * the exports read, so with a window set it is the windowed model; the full model is kept
 * as `timelineBase` (the layout runs on it, so actors keep their places as the window moves).
 */
import type { StateCreator, StoreApi } from 'zustand';
import type { ExplorerState } from '../store/state.ts';
import type { GraphModel } from '../store/types.ts';
import type { TimelineSlice } from './types.ts';
import type { TimeWindow } from './window.ts';
import { windowedView } from './window-index.ts';


/** Models this slice made, so a model from anywhere else is known to be a new full graph. */
const windowedModels = new WeakSet<GraphModel>();

/** The model of windowGraph(base.graph, window), from an index of the full graph (window-index.ts: 1–2 s → a few ms a step on a real corpus). */
function windowedModel(base: GraphModel, window: TimeWindow): { model: GraphModel; undated: number } {
  const { model, undatedSentences } = windowedView(base, window);
  windowedModels.add(model);
  return { model, undated: undatedSentences };
}

/** The state that shows `base` through `window` (or whole, when window is null). */
function viewOf(base: GraphModel, window: TimeWindow | null): Partial<ExplorerState> {
  const measuresReset = { measures: null, measuresError: null, measuresComplete: false };
  if (window === null) return { model: base, timelineBase: null, timeWindow: null, undatedHidden: 0, ...measuresReset };
  const { model, undated } = windowedModel(base, window);
  return { model, timelineBase: base, timeWindow: window, undatedHidden: undated, ...measuresReset };
}

export const createTimelineSlice: StateCreator<ExplorerState, [], [], TimelineSlice> = (set, get) => ({
  timeWindow: null,
  timelineBase: null,
  undatedHidden: 0,
  playing: false,
  setTimeWindow: (window) => {
    const { timelineBase, model, timeWindow } = get();
    const base = timelineBase ?? model;
    if (!base) { set({ timeWindow: window }); return; }
    if (window === timeWindow || (window && timeWindow && window.from === timeWindow.from && window.to === timeWindow.to)) return;
    set(viewOf(base, window));
  },
  setPlaying: (playing) => set({ playing }),
});

/**
 * Keeps the window on a graph that replaces the one on screen (a new corpus, a curation
 * change): the new graph becomes the base and is shown through the same window.
 */
export function followGraphChanges(store: StoreApi<ExplorerState>): () => void {
  return store.subscribe((state, previous) => {
    if (state.model === previous.model || state.model === null || windowedModels.has(state.model)) return;
    if (state.model === state.timelineBase) return;
    if (state.timeWindow !== null) store.setState(viewOf(state.model, state.timeWindow));
    else if (state.timelineBase !== null) store.setState({ timelineBase: null });
  });
}
