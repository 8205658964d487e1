/// <reference lib="webworker" />
/**
 * Fetches, parses and validates the graph off the main thread: for big graphs JSON parsing,
 * schema validation and the garbage they leave behind would otherwise freeze the page.
 * A valid graph is posted in slices (see graphTransfer.ts), so that the page unpacks it in
 * many short tasks instead of one long one.
 */
import { loadGraph } from './loadGraph.ts';
import { graphMessages } from './graphTransfer.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ url: string; path: string }>) => {
  const result = await loadGraph(event.data.url, fetch, event.data.path);
  if (!result.ok) {
    scope.postMessage({ kind: 'failed', result });
    return;
  }
  for (const message of graphMessages(result.graph)) scope.postMessage(message);
};
