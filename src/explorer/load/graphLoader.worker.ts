/// <reference lib="webworker" />
/**
 * Fetches, parses and validates the graph off the main thread: for big graphs JSON parsing,
 * schema validation and the garbage they leave behind would otherwise freeze the page.
 */
import { loadGraph } from './loadGraph.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ url: string; path: string }>) => {
  const result = await loadGraph(event.data.url, fetch, event.data.path);
  scope.postMessage(result);
};
