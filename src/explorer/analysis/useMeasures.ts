import { useEffect } from 'react';
import { explorerStore } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { loadCommunityPalette } from '../canvas/scales.ts';
import { networkOnly, type MeasuresResponse } from './protocol.ts';

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
  const worker = new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' });
  const palette = loadCommunityPalette();
  worker.onmessage = (event: MessageEvent<MeasuresResponse>) => {
    const response = event.data;
    if (!response.ok || response.complete) worker.terminate();
    // Answers keep their order: each waits for the same palette promise.
    void palette.then(() => receive(response), () => receive(response));
  };
  worker.onerror = (event) => { receive({ ok: false, message: event.message || 'the measures worker failed' }); worker.terminate(); };
  worker.postMessage({ graph: networkOnly(model.graph) });
  return () => { cancelled = true; worker.terminate(); };
}

export function useMeasures(model: GraphModel): void {
  useEffect(() => startMeasures(model), [model]);
}
