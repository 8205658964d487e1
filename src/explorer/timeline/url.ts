/**
 * The time window in the address: `from=YYYY-MM-DD&to=YYYY-MM-DD`. Kept apart from
 * url/sync-url.ts (which leaves parameters it does not own alone), so the window joins the
 * shared view state without changing it. Window changes replace the history entry, like filters.
 */
import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../store/slices.ts';
import { parseWindow, type TimeWindow } from './window.ts';

export function readWindow(search: string): TimeWindow | null {
  const params = new URLSearchParams(search);
  return parseWindow(params.get('from'), params.get('to'));
}

export function writeWindow(search: string, window: TimeWindow | null): string {
  const params = new URLSearchParams(search);
  params.delete('from');
  params.delete('to');
  if (window) { params.set('from', window.from); params.set('to', window.to); }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function startTimelineUrlSync(store: StoreApi<ExplorerState>, target: Window = window): () => void {
  const apply = () => store.getState().setTimeWindow(readWindow(target.location.search));
  apply();
  target.addEventListener('popstate', apply);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.timeWindow === previous.timeWindow) return;
    const search = writeWindow(target.location.search, state.timeWindow);
    if (search !== target.location.search) target.history.replaceState(null, '', `${target.location.pathname}${search}${target.location.hash}`);
  });
  return () => { unsubscribe(); target.removeEventListener('popstate', apply); };
}
