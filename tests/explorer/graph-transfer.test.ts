import { describe, expect, it } from 'vitest';
import { GraphReceiver, graphMessages, type GraphMessage } from '../../src/explorer/load/graph-transfer.ts';
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

  it('keeps every message small: at most a few thousand items', () => {
    for (const message of graphMessages(generateGraph(3000, 15_000, 4))) {
      if (message.type === 'slice') expect(message.items.length).toBeLessThanOrEqual(2500);
    }
  });

  it('passes a failed load through as it is', () => {
    const failed: GraphMessage = { type: 'refused', result: { ok: false, title: 'The graph file is not valid', errors: ['nodes: expected array'] } };
    expect(new GraphReceiver().receive(failed)).toEqual(failed.result);
  });
});
