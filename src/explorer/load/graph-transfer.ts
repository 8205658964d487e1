/**
 * A validated graph sent from the loader worker to the page in slices. Receiving a message
 * deserialises it on the page's main thread; one message with a 10,000-actor graph took
 * over 100 ms there, a frozen page. Each message is a task of its own, and the page can draw
 * frames between them, so a slice's size is what bounds the task: slices are cut by what they
 * carry (an item and its mentions, evidence or sentences), not by a count of items. Cut by count
 * (2,500 links, 500 actors), a real corpus's slices carried 0.5–1.4 MB each and 10 tasks over
 * 50 ms (longest 118 ms) followed its first picture on a quiet machine.
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

const LIST_KEYS: ListKey[] = ['documents', 'passages', 'nodes', 'edges'];

/**
 * What an item costs to send, in objects: itself and each mention, evidence item or sentence it
 * carries (a passage's text counted as one per 100 characters). One unit is 100–135 bytes of the
 * real corpus's graph as JSON, in every list.
 */
export function itemCost(key: ListKey, item: unknown): number {
  const fields = item as { mentions?: unknown[]; aliases?: unknown[]; evidence?: unknown[]; relations?: unknown[]; sentences?: unknown[]; text?: string };
  switch (key) {
    case 'documents': return 1;
    case 'passages': return 1 + (fields.sentences?.length ?? 0) + (fields.text?.length ?? 0) / 100;
    case 'nodes': return 1 + (fields.mentions?.length ?? 0) + (fields.aliases?.length ?? 0);
    case 'edges': return 1 + (fields.evidence?.length ?? 0) + (fields.relations?.length ?? 0);
  }
}

/**
 * Cost units per message: about 0.25 MB, a few milliseconds to take in on a quiet machine. An
 * item that costs more (the real corpus's most mentioned actor: 8,222 units) goes alone.
 */
export const SLICE_BUDGET = 2000;

export function* graphMessages(graph: Graph, budget = SLICE_BUDGET): Generator<GraphMessage> {
  for (const key of LIST_KEYS) {
    const list: unknown[] = graph[key];
    let start = 0;
    let cost = 0;
    for (let index = 0; index < list.length; index++) {
      const itemCostNow = itemCost(key, list[index]);
      if (index > start && cost + itemCostNow > budget) {
        yield { type: 'slice', key, items: list.slice(start, index) };
        start = index;
        cost = 0;
      }
      cost += itemCostNow;
    }
    if (start < list.length) yield { type: 'slice', key, items: list.slice(start) };
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
