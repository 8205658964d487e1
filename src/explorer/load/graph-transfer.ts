/**
 * A validated graph sent from the loader worker to the page in slices. Receiving a message
 * deserialises it on the page's main thread; one message with a 10,000-actor graph took
 * over 100 ms there, a frozen page. Slices of a few thousand items are a few milliseconds
 * each, and the page can draw frames between them.
 */
import type { Graph } from '../../graph-format/index.ts';
import type { GraphLoadResult } from './load-graph.ts';
import type { GraphPreview } from './preview.ts';

type ListKey = 'documents' | 'passages' | 'nodes' | 'edges';

/** The page's request: the graph's address, and its name in messages. */
export interface LoadRequest {
  type: 'load';
  url: string;
  path: string;
}

export type GraphMessage =
  | { type: 'slice'; key: ListKey; items: unknown[] }
  /** The graph without its lists, after every slice. */
  | { type: 'end'; header: Omit<Graph, ListKey> }
  /** The graph could not be fetched or is not valid: the error screen's words. */
  | { type: 'refused'; result: Extract<GraphLoadResult, { ok: false }> }
  /** A big graph's first picture, before the graph is decoded and validated (preview.ts). */
  | { type: 'preview'; preview: GraphPreview }
  /** When the worker's steps ended (ms since the epoch), before the result: benchmarks read them as performance marks. */
  | { type: 'phases'; at: Record<string, number> };

/** Items per message, by list; an actor carries its mentions, a link its evidence. */
const SLICE_SIZE: Record<ListKey, number> = { documents: 50, passages: 1000, nodes: 500, edges: 2500 };
const LIST_KEYS: ListKey[] = ['documents', 'passages', 'nodes', 'edges'];

export function* graphMessages(graph: Graph): Generator<GraphMessage> {
  for (const key of LIST_KEYS) {
    const list: unknown[] = graph[key];
    const size = SLICE_SIZE[key];
    for (let start = 0; start < list.length; start += size) yield { type: 'slice', key, items: list.slice(start, start + size) };
  }
  const { documents: _d, passages: _p, nodes: _n, edges: _e, ...header } = graph;
  yield { type: 'end', header };
}

/** Reassembles the graph on the page; returns the result once the last message is in. */
export class GraphReceiver {
  private readonly lists: Record<ListKey, unknown[]> = { documents: [], passages: [], nodes: [], edges: [] };

  /** `onPreview` gets a big graph's first picture, if the worker sends one, before the graph. */
  constructor(private readonly onPreview?: (preview: GraphPreview) => void) {}

  receive(message: GraphMessage): GraphLoadResult | null {
    if (message.type === 'refused') return message.result;
    if (message.type === 'preview') { this.onPreview?.(message.preview); return null; }
    if (message.type === 'phases') { markPhases(message.at); return null; }
    if (message.type === 'slice') {
      const list = this.lists[message.key];
      for (const item of message.items) list.push(item);
      return null;
    }
    return { ok: true, graph: { ...message.header, ...this.lists } as Graph };
  }
}

/** The worker's step times as the page's performance marks `silkmap:worker-<step>` (benchmarks split the load with them). */
function markPhases(at: Record<string, number>): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  for (const [name, epoch] of Object.entries(at)) {
    try { performance.mark(`silkmap:worker-${name}`, { startTime: Math.max(0, epoch - performance.timeOrigin) }); } catch { /* marks are only for benchmarks */ }
  }
}
