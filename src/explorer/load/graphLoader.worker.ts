/// <reference lib="webworker" />
/**
 * Fetches, parses and validates the graph off the main thread: for big graphs JSON parsing,
 * schema validation and the garbage they leave behind would otherwise freeze the page.
 * A valid graph is posted in slices (see graphTransfer.ts), so that the page unpacks it in
 * many short tasks instead of one long one.
 */
import { serve } from '../../workers/messages.ts';
import { webWorkerScope } from '../../workers/web.ts';
import { loadGraph } from './loadGraph.ts';
import { graphMessages, type GraphMessage, type LoadRequest } from './graphTransfer.ts';

serve<LoadRequest, GraphMessage>(webWorkerScope(self as unknown as DedicatedWorkerGlobalScope), async (request, post) => {
  const result = await loadGraph(request.url, fetch, request.path);
  if (!result.ok) {
    post({ type: 'refused', result });
    return;
  }
  for (const message of graphMessages(result.graph)) post(message);
});
