import { useEffect } from 'react';
import { explorerStore, nextTask } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { FIRST_DRAW_MARK, LAYOUT_SETTLED_EVENT } from '../canvas/controller.ts';
import type { ReplyOrFailure, WorkerPort } from '../../workers/messages.ts';
import { webWorkerPort } from '../../workers/web.ts';
import { measuresOfColumns, measuresRequest, requestTransfer, type MeasuresRequest, type MeasuresResponse } from './protocol.ts';

export type MeasuresPort = WorkerPort<MeasuresRequest, MeasuresResponse>;

/** A measures worker, or null where the browser has no workers (jsdom). */
function measuresWorkerStarter(): (() => MeasuresPort) | null {
  if (typeof Worker === 'undefined') return null;
  return () => webWorkerPort(new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' }), 'the measures worker failed');
}

/**
 * Above this many actors betweenness waits until asked for. Kept here, not in quick-measures.ts,
 * so that the page bundle never pulls in graphology.
 */
export const QUICK_PASS_NODE_COUNT = 3000;

/** Longest wait for the graph to be drawn / the layout to settle before measures start anyway. */
const FIRST_DRAW_WAIT_MS = 2000;
const SETTLE_WAIT_MS = 20_000;

/**
 * Starts the measures computation for a newly loaded graph in a worker and puts the answer
 * in the store (without workers, e.g. jsdom, the UI says measures are unavailable; tests put
 * measures in the store themselves). Measures are not needed to see the network, so they
 * start once it is drawn. On a big graph every core is busy with the layout and drawing:
 * there they start once the layout has settled, without betweenness (O(V·E): 24 s at
 * 10,000 actors / 50,000 links), which is computed when the user asks for it.
 */
export function startMeasures(model: GraphModel, startWorker = measuresWorkerStarter()): () => void {
  const store = explorerStore.getState();
  let cancelled = false;
  if (!startWorker) {
    // Computing in the page could freeze it for seconds on a big graph; every current browser has workers.
    store.setMeasuresError(model, 'this browser cannot run Web Workers');
    return () => { cancelled = true; };
  }
  const workers = new Set<MeasuresPort>();
  const compute = (betweenness: boolean) => {
    if (cancelled) return;
    const worker = startWorker();
    workers.add(worker);
    const request = measuresRequest(model.graph, model.edgeSource, model.edgeTarget, betweenness);
    const finish = (response: ReplyOrFailure<MeasuresResponse>) => {
      void worker.terminate();
      workers.delete(worker);
      if (cancelled) return;
      if (response.type === 'failed') { store.setMeasuresError(model, response.reason); return; }
      // Measures are background results: they are taken in when the page is idle, so that they
      // do not land in the middle of a click or a pan (on a big graph they arrive a second or
      // two after the layout settles, just when the user starts to work). The record of 10,000
      // actors in one idle slice, the table and canvas taking it in the next.
      whenIdle(() => {
        if (cancelled) return;
        const measures = measuresOfColumns(request.nodeIds, response);
        whenIdle(() => { if (!cancelled) store.setMeasures(model, measures, response.complete); });
      });
    };
    worker.listen(finish);
    worker.post(request, requestTransfer(request));
  };

  const big = model.graph.nodes.length > QUICK_PASS_NODE_COUNT && model.graph.edges.length > 0;
  if (big) {
    let asked = false;
    store.provideBetweenness(() => { if (!asked) { asked = true; compute(true); } });
    afterEvent(LAYOUT_SETTLED_EVENT, SETTLE_WAIT_MS, () => { if (!asked) compute(false); });
  } else {
    store.provideBetweenness(null);
    afterFirstDraw(() => compute(true));
  }
  return () => {
    cancelled = true;
    for (const worker of workers) void worker.terminate();
  };
}

/** Longest wait for an idle moment before background results are taken in anyway. */
const IDLE_WAIT_MS = 1000;

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: IDLE_WAIT_MS });
  else void nextTask().then(callback);
}

function afterFirstDraw(callback: () => void): void {
  if (performance.getEntriesByName(FIRST_DRAW_MARK).length > 0) callback();
  else afterEvent(FIRST_DRAW_MARK, FIRST_DRAW_WAIT_MS, callback);
}

/** Runs `callback` once, on the window event `name` or after `timeoutMs`, whichever comes first. */
function afterEvent(name: string, timeoutMs: number, callback: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    window.removeEventListener(name, once);
    callback();
  };
  window.addEventListener(name, once);
  setTimeout(once, timeoutMs);
}

export function useMeasures(model: GraphModel): void {
  useEffect(() => startMeasures(model), [model]);
}
