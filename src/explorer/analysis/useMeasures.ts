import { useEffect } from 'react';
import { explorerStore } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { networkOnly, type MeasuresResponse } from './protocol.ts';

/**
 * Starts the measures computation for a newly loaded graph, once, and puts the answer in
 * the store. In a worker when the browser has them; otherwise (jsdom) in the page, after
 * the first render. All sizes are computed in full: in the worker the page stays
 * responsive however long betweenness takes, and the UI says "computing" meanwhile.
 */
export function startMeasures(model: GraphModel): () => void {
  const store = explorerStore.getState();
  let cancelled = false;
  const receive = (response: MeasuresResponse) => {
    if (cancelled) return;
    if (response.ok) store.setMeasures(model, response.measures);
    else store.setMeasuresError(model, response.message);
  };
  if (typeof Worker === 'undefined') {
    const timer = setTimeout(() => {
      void import('../../analysis/index.ts').then(({ computeMeasures }) => {
        try { receive({ ok: true, measures: computeMeasures(model.graph), ms: 0 }); }
        catch (error) { receive({ ok: false, message: error instanceof Error ? error.message : String(error) }); }
      });
    }, 0);
    return () => { cancelled = true; clearTimeout(timer); };
  }
  const worker = new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<MeasuresResponse>) => { receive(event.data); worker.terminate(); };
  worker.onerror = (event) => { receive({ ok: false, message: event.message || 'the measures worker failed' }); worker.terminate(); };
  worker.postMessage({ graph: networkOnly(model.graph) });
  return () => { cancelled = true; worker.terminate(); };
}

export function useMeasures(model: GraphModel): void {
  useEffect(() => startMeasures(model), [model]);
}
