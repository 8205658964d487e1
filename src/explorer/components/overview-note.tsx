import { shownVisibility } from '../canvas/controller.ts';
import { explorerStore, overviewCounts, OVERVIEW_ACTORS, selectVisibility, useExplorer } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { formatCount } from '../store/numbers.ts';

/**
 * Says how much of a big graph the network shows ("Showing 300 of 14,485 actors") with the one
 * control that shows more (twice as many each time, then all); the rest stay in the Actors table,
 * search and Focus. Says nothing while the network shows everything of a graph that fits.
 */
export function OverviewNote({ model }: { model: GraphModel }) {
  const filters = useExplorer((state) => state.filters);
  const selection = useExplorer((state) => state.selection);
  const overviewSize = useExplorer((state) => state.overviewSize);
  const full = selectVisibility(model, filters, selection);
  const shown = shownVisibility(model, explorerStore.getState());
  const counts = overviewCounts(full, shown);
  const setSize = (size: number) => explorerStore.getState().setOverviewSize(size);
  if (!counts.limited) {
    if (overviewSize === OVERVIEW_ACTORS || full.visibleNodes.length <= OVERVIEW_ACTORS) return null;
    return (
      <p className="network-overview" data-overview>
        Showing all {formatCount(counts.totalActors)} actors{' '}
        <button type="button" onClick={() => setSize(OVERVIEW_ACTORS)}>Back to the main {OVERVIEW_ACTORS}</button>
      </p>
    );
  }
  const next = overviewSize * 2 >= counts.totalActors ? 0 : overviewSize * 2;
  return (
    <p className="network-overview" data-overview>
      Showing {formatCount(counts.shownActors)} of {formatCount(counts.totalActors)} actors · {formatCount(counts.shownLinks)} of {formatCount(counts.totalLinks)} links<span className="wide-only"> (the significant ones)</span>{' '}
      <button type="button" aria-label="Show more actors in the network" onClick={() => setSize(next)} title={next ? `Show the ${formatCount(next)} most mentioned actors` : 'Show every actor'}>Show more</button>
    </p>
  );
}
