import { describe, expect, it } from 'vitest';
import { overviewAtHead, readGraphText } from '../../src/explorer/load/read-graph-text.ts';
import { storedPreview } from '../../src/explorer/load/preview.ts';
import { graphPreview } from '../../src/explorer/load/computed-preview.ts';
import { LayoutHandle, SEEDED_ALPHA } from '../../src/explorer/simulation/use-layout.ts';
import type { FromWorker, ToWorker } from '../../src/explorer/simulation/protocol.ts';
import { fakePort } from '../workers/fake-port.ts';
import { encodeGraph, type Graph } from '../../src/graph-format/index.ts';
import { graphOverview } from '../../src/graph-format/overview.ts';
import { generateGraph } from '../fixtures/graphs/generate.ts';

const HEADER = '{"format":"silkmap-graph","version":3,"contract":2,"generator":{"name":"x","version":"1"},';
// Two actors linked once (weight 4 of a heaviest 16), a label with braces and an escaped quote.
const OVERVIEW = { actors: 500, links: 900, maxWeight: 16, nodes: [['state:a', 'A {"}', 'state', 9, 1.5, -2], ['person:b', 'B', 'person', 4, 0, 3]], edges: [0, 1, 4] };

/** A response whose body arrives in pieces of `size` characters. */
function streamed(text: string, size: number): Response {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) { controller.close(); return; }
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
  return new Response(body);
}

describe('the overview at the head of a graph file', () => {
  it('is read as soon as its last byte is in, whatever the pieces, and the whole text still comes back', async () => {
    const text = `${HEADER}"overview":${JSON.stringify(OVERVIEW)},"documents":[],"passages":[],"nodes":[],"edges":[]}\n`;
    for (const size of [1, 7, 64, 100_000]) {
      const seen: unknown[] = [];
      expect(await readGraphText(streamed(text, size), (overview) => seen.push(overview))).toBe(text);
      expect(seen).toEqual([OVERVIEW]);
    }
  });

  it('says "none" for a file without one, and "not yet" for an incomplete head', () => {
    expect(overviewAtHead(`${HEADER}"documents":[{"id":"d"}]`)).toBeNull();
    expect(overviewAtHead(`${HEADER}"overview":{"actors":5,"nodes":[["a`)).toBeUndefined();
    expect(overviewAtHead(HEADER)).toBeUndefined();
    expect(overviewAtHead(`${HEADER}"overview":{"actors":5,}`)).toBeNull(); // not JSON
  });

  it('becomes a picture with the explorer’s sizes and spring weights, laid out already', () => {
    const preview = storedPreview(OVERVIEW)!;
    expect(preview.ids).toEqual(['state:a', 'person:b']);
    expect(preview.labels).toEqual(['A {"}', 'B']);
    expect(Array.from(preview.positions!)).toEqual([1.5, -2, 0, 3]);
    expect(Array.from(preview.links)).toEqual([0, 1]);
    // sqrt(4 / 16) = 0.5; radii of a 500-actor graph run from 5 to 26: 5 + 21·sqrt(9/9) and 5 + 21·sqrt(4/9) = 19.
    expect(Array.from(preview.linkWeights)).toEqual([0.5]);
    expect(Array.from(preview.radii)).toEqual([26, 19]);
    expect(preview.alpha).toBe(0);
  });

  it('is refused when malformed', () => {
    expect(storedPreview({ ...OVERVIEW, edges: [0, 5, 1] })).toBeNull(); // an actor that is not there
    expect(storedPreview({ ...OVERVIEW, nodes: [['state:a', 'A', 'planet', 1, 0, 0]] })).toBeNull();
    expect(storedPreview({ ...OVERVIEW, maxWeight: 0 })).toBeNull();
    expect(storedPreview([])).toBeNull();
  });

  it('is the same, worked out from a file without one, as the one the extractor stores', () => {
    const graph = generateGraph(400, 1200, 5) as Graph;
    const layOut = (actors: { mentionCount: number }[]) => new Float32Array(actors.length * 2);
    const stored = storedPreview(graphOverview(graph, layOut))!;
    const computed = graphPreview(JSON.parse(JSON.stringify(encodeGraph(graph))))!;
    expect(computed.ids).toEqual(stored.ids);
    expect(Array.from(computed.links)).toEqual(Array.from(stored.links));
    expect(Array.from(computed.radii)).toEqual(Array.from(stored.radii));
    expect(graphPreview(JSON.parse(JSON.stringify(encodeGraph(generateGraph(250, 600, 5) as Graph))))).toBeNull();
  });
});

describe('a layout seeded from the first picture', () => {
  it('starts its actors where the picture had them and only finishes the layout', () => {
    const worker = fakePort<ToWorker, FromWorker>();
    const sent = worker.sent;
    const input = { radii: Float32Array.of(5, 4, 3), links: Uint32Array.of(0, 1, 1, 2), linkWeights: Float32Array.of(1, 1) };
    const handle = new LayoutHandle(input, worker.port, true);
    handle.seed({ nodes: Uint32Array.of(2, 0), positions: Float32Array.of(7, 8, -1, -2), alpha: 0.0005 });
    handle.follow(Uint32Array.of(0, 2), Uint32Array.of(1));
    const start = sent[0] as Extract<ToWorker, { type: 'start' }>;
    expect(Array.from(start.input.initialPositions!)).toEqual([-1, -2, 7, 8]);
    expect(start.input.alpha).toBe(SEEDED_ALPHA);
  });

  it('starts hot when most of what is shown was not in the picture', () => {
    const worker = fakePort<ToWorker, FromWorker>();
    const sent = worker.sent;
    const input = { radii: Float32Array.of(5, 4, 3), links: Uint32Array.of(0, 1, 1, 2), linkWeights: Float32Array.of(1, 1) };
    const handle = new LayoutHandle(input, worker.port, true);
    handle.seed({ nodes: Uint32Array.of(0), positions: Float32Array.of(7, 8), alpha: 0 });
    handle.follow(Uint32Array.of(0, 1, 2), Uint32Array.of(0, 1));
    expect((sent[0] as Extract<ToWorker, { type: 'start' }>).input.alpha).toBe(1);
  });
});
