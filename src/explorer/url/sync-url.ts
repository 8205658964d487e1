/**
 * Keeps the address bar and the store in step. Selections push a history entry (so Back
 * returns to the previous actor); filter tweaks replace the current one (so a slider drag
 * does not flood the history). Back/forward restore the state from the URL.
 */
import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../store/slices.ts';
import { readUrlState, writeUrlState, type UrlState } from './url-state.ts';

export function applyUrlToStore(store: StoreApi<ExplorerState>, search: string): void {
  const { selection, filters, sizeBy, colourBy } = readUrlState(search, store.getState().model);
  store.setState({ selection, filters, sizeBy, colourBy });
}

export function currentUrlState(state: ExplorerState): UrlState {
  return { selection: state.selection, filters: state.filters, sizeBy: state.sizeBy, colourBy: state.colourBy };
}

/** The address that reproduces the current view (for "Copy link"). */
export function shareableUrl(state: ExplorerState, location: Location = window.location): string {
  return `${location.origin}${location.pathname}${writeUrlState(location.search, currentUrlState(state))}`;
}

export function startUrlSync(store: StoreApi<ExplorerState>, target: Window = window): () => void {
  applyUrlToStore(store, target.location.search);
  let restoring = false;
  const onPopState = () => {
    restoring = true;
    applyUrlToStore(store, target.location.search);
    restoring = false;
  };
  target.addEventListener('popstate', onPopState);
  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring || (state.selection === previous.selection && state.filters === previous.filters &&
      state.sizeBy === previous.sizeBy && state.colourBy === previous.colourBy)) return;
    const search = writeUrlState(target.location.search, currentUrlState(state));
    if (search === target.location.search) return;
    const url = `${target.location.pathname}${search}${target.location.hash}`;
    if (state.selection !== previous.selection) target.history.pushState(null, '', url);
    else target.history.replaceState(null, '', url);
  });
  return () => { unsubscribe(); target.removeEventListener('popstate', onPopState); };
}
