import { describe, expect, it } from 'vitest';
import { GraphReceiver, graphMessages, itemCost, SLICE_BUDGET, type GraphMessage } from '../../src/explorer/load/graph-transfer.ts';
import type { Graph } from '../../src/graph-format/index.ts';
import { generateGraph } from '../fixtures/graphs/generate.ts';
import { smallGraph } from './helpers.ts';

describe('graph transfer from the loader worker', () => {
  it('reassembles exactly the graph that was sliced, through structured clones', () => {
    for (const graph of [smallGraph(), generateGraph(1200, 6000, 4)]) {
      const receiver = new GraphReceiver();
      let result = null;
      let messages = 0;
      for (const message of graphMessages(graph)) {
        expect(result).toBeNull();
        result = receiver.receive(structuredClone(message));
        messages++;
      }
      expect(result).toEqual({ ok: true, graph });
      if (graph.nodes.length > 1000) expect(messages).toBeGreaterThan(5);
    }
  });

  it('cuts slices by what the items carry, an item over the budget alone', () => {
    // Actors costing 1 + mentions + aliases: 4, 4, 6, 2, 12, 1 with a budget of 8 →
    // [4 + 4], [6 + 2], [12] alone, [1].
    const node = (id: string, mentions: number) => ({ id, aliases: [], mentions: Array.from({ length: mentions }, () => ({})) });
    const nodes = [node('a', 3), node('b', 3), node('c', 5), node('d', 1), node('e', 11), node('f', 0)];
    const graph = { documents: [], passages: [], nodes, edges: [] } as unknown as Graph;
    const slices = [...graphMessages(graph, 8)].filter((message) => message.type === 'slice');
    expect(slices.map((message) => (message.items as { id: string }[]).map((item) => item.id).join(''))).toEqual(['ab', 'cd', 'e', 'f']);
  });

  it('keeps every message of a big graph within the budget, unless it is one item', () => {
    let slices = 0;
    for (const message of graphMessages(generateGraph(3000, 15_000, 4))) {
      if (message.type !== 'slice') continue;
      slices++;
      const cost = message.items.reduce<number>((sum, item) => sum + itemCost(message.key, item), 0);
      if (message.items.length > 1) expect(cost).toBeLessThanOrEqual(SLICE_BUDGET);
    }
    expect(slices).toBeGreaterThan(5);
  });

  it('passes a failed load through as it is', () => {
    const failed: GraphMessage = { type: 'refused', result: { ok: false, title: 'The graph file is not valid', errors: ['nodes: expected array'] } };
    expect(new GraphReceiver().receive(failed)).toEqual(failed.result);
  });
});
