import type { GraphLoadResult } from './loadGraph.ts';
import { GraphReceiver, type GraphMessage } from './graphTransfer.ts';
import type { GraphPreview } from './preview.ts';

/**
 * Loads a graph in a worker when the platform has workers, else in the page. The in-page
 * path imports the validator lazily, so the schema library stays out of the initial bundle.
 * `onPreview` receives a big graph's first picture when the worker makes one (preview.ts).
 */
export async function loadGraphOffThread(path: string, fetcher?: typeof fetch, onPreview?: (preview: GraphPreview) => void): Promise<GraphLoadResult> {
  if (!fetcher && typeof Worker !== 'undefined') {
    const url = new URL(path, document.baseURI).href;
    const result = await new Promise<GraphLoadResult | null>((resolve) => {
      const worker = new Worker(new URL('./graphLoader.worker.ts', import.meta.url), { type: 'module' });
      const receiver = new GraphReceiver(onPreview);
      worker.onmessage = (event: MessageEvent<GraphMessage>) => {
        const done = receiver.receive(event.data);
        if (done) { worker.terminate(); resolve(done); }
      };
      // A worker that cannot start (blocked by policy, old browser) falls back to the page.
      worker.onerror = () => { worker.terminate(); resolve(null); };
      worker.postMessage({ url, path });
    });
    if (result) return result;
  }
  const { loadGraph } = await import('./loadGraph.ts');
  return loadGraph(path, fetcher);
}
