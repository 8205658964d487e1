import { describe, expect, it } from 'vitest';
import { GraphReceiver, graphMessages, type GraphMessage } from '../../src/explorer/load/graphTransfer.ts';
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
      if (message.kind === 'slice') expect(message.items.length).toBeLessThanOrEqual(2500);
    }
  });

  it('passes a failed load through as it is', () => {
    const failed: GraphMessage = { kind: 'failed', result: { ok: false, title: 'The graph file is not valid', errors: ['nodes: expected array'] } };
    expect(new GraphReceiver().receive(failed)).toEqual(failed.result);
  });
});

describe('a big graph sent ahead of its validation', () => {
  it('is handed over unchecked, and becomes the result only when the worker says it is valid', () => {
    const graph = smallGraph();
    const unchecked: unknown[] = [];
    const receiver = new GraphReceiver({ onUnchecked: (received) => unchecked.push(received) });
    for (const message of graphMessages(graph, true)) expect(receiver.receive(structuredClone(message))).toBeNull();
    expect(unchecked).toEqual([graph]);
    expect(receiver.receive({ kind: 'checked' })).toEqual({ ok: true, graph });
    // The result is the very object handed over (its model, built meanwhile, is reused).
    expect((receiver.receive({ kind: 'checked' }) as { graph: unknown }).graph).toBe(unchecked[0]);
  });

  it('ends in the failure when validation fails after it was sent', () => {
    const receiver = new GraphReceiver({ onUnchecked: () => undefined });
    for (const message of graphMessages(smallGraph(), true)) receiver.receive(message);
    const failed: GraphMessage = { kind: 'failed', result: { ok: false, title: 'The graph file is not a valid Silkmap graph', errors: ['nodes.3.mentions.0: span'] } };
    expect(receiver.receive(failed)).toEqual(failed.result);
  });
});
