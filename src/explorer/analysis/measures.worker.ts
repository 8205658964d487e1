/// <reference lib="webworker" />
/**
 * Computes the network measures of one graph off the main thread. Betweenness is
 * O(V·E) (3.4 s at 5,000 actors/20,000 links, 24 s at 10,000/50,000), which would freeze
 * the page. For big graphs the page asks for everything but betweenness first, and for
 * betweenness only when the user wants it (see use-measures.ts).
 */
import { computeMeasures } from '../../analysis/index.ts';
import { serve } from '../../workers/messages.ts';
import { webWorkerScope } from '../../workers/web.ts';
import { columnsTransfer, measureColumns, networkOfRequest, type MeasuresRequest, type MeasuresResponse } from './protocol.ts';
import { measuresWithoutBetweenness } from './quick-measures.ts';

serve<MeasuresRequest, MeasuresResponse>(webWorkerScope(self as unknown as DedicatedWorkerGlobalScope), (request, post) => {
  const started = performance.now();
  const network = networkOfRequest(request);
  const measures = request.betweenness ? computeMeasures(network) : measuresWithoutBetweenness(network);
  const columns = measureColumns(request.nodeIds, measures);
  post({
    type: 'measures', columns, modularity: measures.modularity, communityCount: measures.communityCount, communitySizes: measures.communitySizes,
    complete: request.betweenness, ms: performance.now() - started,
  }, columnsTransfer(columns));
});
