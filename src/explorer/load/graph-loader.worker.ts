/// <reference lib="webworker" />
/**
 * Fetches, parses and validates the graph off the main thread: for big graphs JSON parsing,
 * schema validation and the garbage they leave behind would otherwise freeze the page.
 * A big graph's first picture (preview.ts) is posted before all that: from the overview at the
 * file's head as soon as it has arrived, or, for a file without one, once the file is parsed.
 * A valid graph is then posted in slices (see graph-transfer.ts), so that the page unpacks it in
 * many short tasks instead of one long one.
 */
import { serve } from '../../workers/messages.ts';
import { webWorkerScope } from '../../workers/web.ts';
import { loadGraph } from './load-graph.ts';
import { graphMessages, type GraphMessage, type LoadRequest } from './graph-transfer.ts';
import { OVERVIEW_ACTORS } from '../../graph-format/overview-size.ts';
import { storedPreview } from './preview.ts';

const scope = webWorkerScope<GraphMessage>(self as unknown as DedicatedWorkerGlobalScope);
/** Longest a first picture worked out here waits for its layout to come to rest (the explorer finishes it). */
const PREVIEW_LAYOUT_MS = 700;

/** When each step ended, in milliseconds since the epoch (the page turns them into performance marks). */
const phases: Record<string, number> = {};
const phase = (name: string) => { phases[name] = performance.timeOrigin + performance.now(); };
let previewSent = false;

serve<LoadRequest, GraphMessage>(scope, async (request, post) => {
  function onOverview(overview: unknown): void {
    const preview = storedPreview(overview);
    if (!preview) return;
    previewSent = true;
    phase('preview');
    post({ type: 'preview', preview });
  }

  async function onParsed(data: unknown): Promise<void> {
    phase('parsed');
    if (previewSent) return;
    // A graph the page shows whole needs no first picture: not even the code that would say so.
    const nodes = (data as { nodes?: unknown } | null)?.nodes;
    if (!Array.isArray(nodes) || nodes.length <= OVERVIEW_ACTORS) return;
    try {
      // A file without a stored overview: its picture's code is not in this worker's first bundle (initial JavaScript budget).
      const { graphPreview } = await import('./computed-preview.ts');
      const preview = graphPreview(data);
      if (!preview) return;
      // d3-force only for files without a stored overview: not in this worker's first bundle.
      const { layOutOverview } = await import('../../layout/overview-layout.ts');
      const { positions, alpha } = layOutOverview(preview, PREVIEW_LAYOUT_MS);
      phase('preview');
      post({ type: 'preview', preview: { ...preview, positions, alpha } });
    } catch {
      // Only a picture: the load goes on, and reports what is wrong with the file.
    }
  }

  const result = await loadGraph(request.url, fetch, request.path, { onOverview, onParsed });
  phase('validated');
  post({ type: 'phases', at: phases });
  if (!result.ok) {
    post({ type: 'refused', result });
    return;
  }
  for (const message of graphMessages(result.graph)) post(message);
});
