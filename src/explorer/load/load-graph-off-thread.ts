import type { WorkerPort } from '../../workers/messages.ts';
import { webWorkerPort } from '../../workers/web.ts';
import type { GraphLoadResult } from './load-graph.ts';
import { GraphReceiver, type GraphMessage, type LoadRequest } from './graph-transfer.ts';
import type { GraphPreview } from './preview.ts';

export type LoaderPort = WorkerPort<LoadRequest, GraphMessage>;

function startLoaderWorker(): LoaderPort {
  return webWorkerPort(new Worker(new URL('./graph-loader.worker.ts', import.meta.url), { type: 'module' }), 'the loader worker failed');
}

/**
 * Loads through the loader worker; null when the worker fails (it cannot start where a policy
 * blocks it or in an old browser, or it crashed), so that the caller loads in the page.
 */
export function loadInWorker(port: LoaderPort, url: string, path: string, onPreview?: (preview: GraphPreview) => void): Promise<GraphLoadResult | null> {
  return new Promise<GraphLoadResult | null>((resolve) => {
    const receiver = new GraphReceiver(onPreview);
    const finish = (result: GraphLoadResult | null) => { port.listen(null); port.terminate(); resolve(result); };
    port.listen((message) => {
      if (message.type === 'failed') { finish(null); return; }
      const done = receiver.receive(message);
      if (done) finish(done);
    });
    port.post({ type: 'load', url, path });
  });
}

/**
 * Loads a graph in a worker when the platform has workers, else in the page. The in-page
 * path imports the validator lazily, so the schema library stays out of the initial bundle.
 * `onPreview` receives a big graph's first picture when the worker makes one (preview.ts).
 */
export async function loadGraphOffThread(path: string, fetcher?: typeof fetch, onPreview?: (preview: GraphPreview) => void): Promise<GraphLoadResult> {
  if (!fetcher && typeof Worker !== 'undefined') {
    const result = await loadInWorker(startLoaderWorker(), new URL(path, document.baseURI).href, path, onPreview);
    if (result) return result;
  }
  const { loadGraph } = await import('./load-graph.ts');
  return loadGraph(path, fetcher);
}
