import { useEffect } from 'react';
import { explorerStore } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { loadCommunityPalette } from '../canvas/scales.ts';
import { networkOnly, type MeasuresResponse } from './protocol.ts';
import { FIRST_DRAW_MARK } from '../canvas/controller.ts';

/**
 * Starts the measures computation for a newly loaded graph, once, in a worker, and puts
 * the answer in the store (without workers, e.g. jsdom, the UI says measures are
 * unavailable; tests put measures in the store themselves). Big graphs get a first answer without betweenness (see
 * quickMeasures.ts), so sizing and colouring never wait for the O(V·E) part.
 */
export function startMeasures(model: GraphModel): () => void {
  const store = explorerStore.getState();
  let cancelled = false;
  const receive = (response: MeasuresResponse) => {
    if (cancelled) return;
    if (response.ok) store.setMeasures(model, response.measures, response.complete);
    else store.setMeasuresError(model, response.message);
  };
  if (typeof Worker === 'undefined') {
    // Computing in the page could freeze it for seconds on a big graph; every current browser has workers.
    store.setMeasuresError(model, 'this browser cannot run Web Workers');
    return () => { cancelled = true; };
  }
  let worker: Worker | undefined;
  const start = () => {
    if (cancelled) return;
    worker = new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' });
    run(worker);
  };
  afterFirstDraw(start);
  return () => { cancelled = true; worker?.terminate(); };

  function run(worker: Worker): void {
    const palette = loadCommunityPalette();
    worker.onmessage = (event: MessageEvent<MeasuresResponse>) => {
      const response = event.data;
      if (!response.ok || response.complete) worker.terminate();
      // Answers keep their order: each waits for the same palette promise.
      void palette.then(() => receive(response), () => receive(response));
    };
    worker.onerror = (event) => { receive({ ok: false, message: event.message || 'the measures worker failed' }); worker.terminate(); };
    worker.postMessage({ graph: networkOnly(model.graph) });
  }
}

/** Longest wait for a first draw (a page without a drawable canvas never marks one). */
const FIRST_DRAW_WAIT_MS = 2000;

/**
 * Measures are not needed to see the network, so their worker and chunks are only fetched
 * once the graph is on screen: the first drawn graph stays within the start-up budget.
 */
function afterFirstDraw(callback: () => void): void {
  if (performance.getEntriesByName(FIRST_DRAW_MARK).length > 0) {
    callback();
    return;
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    window.removeEventListener(FIRST_DRAW_MARK, once);
    callback();
  };
  window.addEventListener(FIRST_DRAW_MARK, once);
  setTimeout(once, FIRST_DRAW_WAIT_MS);
}

export function useMeasures(model: GraphModel): void {
  useEffect(() => startMeasures(model), [model]);
}
