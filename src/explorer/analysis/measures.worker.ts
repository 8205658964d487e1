/// <reference lib="webworker" />
/**
 * Computes the network measures of one graph off the main thread. Betweenness is
 * O(V·E) (3.4 s at 5,000 actors/20,000 links, 24 s at 10,000/50,000), which would freeze
 * the page. Above QUICK_PASS_NODE_COUNT actors the worker first posts everything but
 * betweenness (complete: false), then the full result.
 */
import { computeMeasures } from '../../analysis/index.ts';
import type { MeasuresRequest, MeasuresResponse } from './protocol.ts';
import { measuresWithoutBetweenness, QUICK_PASS_NODE_COUNT } from './quickMeasures.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<MeasuresRequest>) => {
  const { graph } = event.data;
  const started = performance.now();
  try {
    if (graph.nodes.length > QUICK_PASS_NODE_COUNT && graph.edges.length > 0) {
      const quick: MeasuresResponse = { ok: true, measures: measuresWithoutBetweenness(graph), complete: false, ms: performance.now() - started };
      scope.postMessage(quick);
    }
    const full: MeasuresResponse = { ok: true, measures: computeMeasures(graph), complete: true, ms: performance.now() - started };
    scope.postMessage(full);
  } catch (error) {
    const failed: MeasuresResponse = { ok: false, message: error instanceof Error ? error.message : String(error) };
    scope.postMessage(failed);
  }
};
