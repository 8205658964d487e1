/**
 * The explorer's workers on fake ports: a `failed` reply (the worker's own, or an error event
 * the port turned into one) never leaves the page waiting.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadInWorker } from '../../src/explorer/load/load-graph-off-thread.ts';
import { graphMessages, type GraphMessage, type LoadRequest } from '../../src/explorer/load/graph-transfer.ts';
import { LayoutHandle } from '../../src/explorer/simulation/use-layout.ts';
import type { FromWorker, ToWorker } from '../../src/explorer/simulation/protocol.ts';
import { startMeasures } from '../../src/explorer/analysis/use-measures.ts';
import type { MeasuresRequest, MeasuresResponse } from '../../src/explorer/analysis/protocol.ts';
import { FIRST_DRAW_MARK } from '../../src/explorer/canvas/controller.ts';
import { explorerStore } from '../../src/explorer/store/index.ts';
import { fakePort } from '../workers/fake-port.ts';
import { loadSmallGraph, smallGraph } from './helpers.ts';

describe('the loader worker', () => {
  it('asks for the graph by address and reassembles what it sends', async () => {
    const fake = fakePort<LoadRequest, GraphMessage>();
    const loaded = loadInWorker(fake.port, 'http://localhost/graph.json', './graph.json');
    expect(fake.sent).toEqual([{ type: 'load', url: 'http://localhost/graph.json', path: './graph.json' }]);
    const graph = smallGraph();
    for (const message of graphMessages(graph)) fake.answer(message);
    expect(await loaded).toEqual({ ok: true, graph });
    expect(fake.terminated).toBe(true);
  });

  it('passes a refused graph on for the error screen', async () => {
    const fake = fakePort<LoadRequest, GraphMessage>();
    const loaded = loadInWorker(fake.port, 'http://localhost/x.json', './x.json');
    const result = { ok: false as const, title: 'The graph file was not found', errors: ['HTTP 404 Not Found for ./x.json'] };
    fake.answer({ type: 'refused', result });
    expect(await loaded).toEqual(result);
  });

  it('answers null on a failure, so that the page loads the graph itself, and stops the worker', async () => {
    const fake = fakePort<LoadRequest, GraphMessage>();
    const loaded = loadInWorker(fake.port, 'http://localhost/graph.json', './graph.json');
    fake.answer({ type: 'failed', reason: 'the loader worker failed' });
    expect(await loaded).toBeNull();
    expect(fake.terminated).toBe(true);
    expect(fake.listening).toBe(false);
  });
});

describe('the layout worker', () => {
  it('counts the layout as settled, with the actors where they were, when the worker fails', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fake = fakePort<ToWorker, FromWorker>();
    const handle = new LayoutHandle({ radii: Float32Array.of(5, 4), links: Uint32Array.of(0, 1), linkWeights: Float32Array.of(1) }, fake.port);
    expect(handle.settled).toBe(false);
    const before = Array.from(handle.positions);
    let heard = 0;
    handle.subscribe(() => { heard++; });
    fake.answer({ type: 'failed', reason: 'the layout worker failed' });
    expect(handle.settled).toBe(true);
    expect(heard).toBe(1);
    expect(Array.from(handle.positions)).toEqual(before);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the layout worker failed'));
    warn.mockRestore();
  });
});

describe('the measures worker', () => {
  it('puts the reason of a failed reply in the store and stops the worker', () => {
    const model = loadSmallGraph();
    const fake = fakePort<MeasuresRequest, MeasuresResponse>();
    const stop = startMeasures(model, () => fake.port);
    window.dispatchEvent(new Event(FIRST_DRAW_MARK));
    expect(fake.sent.map((message) => [message.type, message.betweenness, message.nodeIds.length])).toEqual([['measure', true, model.graph.nodes.length]]);
    fake.answer({ type: 'failed', reason: 'the measures worker failed' });
    expect(explorerStore.getState().measuresError).toBe('the measures worker failed');
    expect(fake.terminated).toBe(true);
    stop();
  });
});
