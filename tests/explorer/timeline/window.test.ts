import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '../../../src/explorer/store/index.ts';
import { buildHistogram } from '../../../src/explorer/timeline/histogram.ts';
import { parseWindow, shiftWindow, windowGraph } from '../../../src/explorer/timeline/window.ts';
import { readWindow, writeWindow } from '../../../src/explorer/timeline/url.ts';
import { datedGraph } from './dated-graph.ts';

const YEAR_2020 = { from: '2020-01-01', to: '2020-12-31' };
const weights = (graph: ReturnType<typeof datedGraph>) => Object.fromEntries(graph.edges.map((edge) => [edge.id, edge.weight]));

describe('windowGraph', () => {
  it('keeps only evidence inside the window, recounting weights and documents', () => {
    const full = datedGraph();
    expect(weights(full)).toEqual({ 'state:a|state:b': 4, 'state:a|state:d': 1, 'state:b|state:c': 1, 'state:c|state:e': 1 });
    const { graph, undatedSentences } = windowGraph(full, YEAR_2020);
    // A–B: p1 s0 (2020-06-11) and p2 s0 (its document's 2020-06); p3 is undated, p4 is 2021.
    expect(weights(graph)).toEqual({ 'state:a|state:b': 2, 'state:c|state:e': 1 });
    expect(graph.edges.find((edge) => edge.id === 'state:a|state:b')!.documentCount).toBe(1);
    // p3 s0 (A B) and p3 s1 (A D) have no date.
    expect(undatedSentences).toBe(2);
    expect(graph.passages.map((passage) => passage.id)).toEqual(['p1', 'p2']);
  });

  it('marks actors with no mention inside the window, keeping every actor in its place', () => {
    const { graph, outside } = windowGraph(datedGraph(), YEAR_2020);
    expect(graph.nodes.map((node) => node.label)).toEqual(['Astana', 'Beijing', 'Cairo', 'Dushanbe', 'Erevan']);
    expect([...outside]).toEqual([0, 0, 0, 1, 0]);
    expect(graph.nodes.map((node) => node.mentionCount)).toEqual([2, 2, 1, 0, 1]);
  });

  it('recomputes PMI over the window’s sentences', () => {
    const full = buildGraphModel(datedGraph());
    const windowed = buildGraphModel(windowGraph(datedGraph(), YEAR_2020).graph);
    const ab = (model: typeof full) => model.pmi[model.edgeIndex.get('state:a|state:b')!]!;
    // Whole graph: 7 sentences, A in 5, B in 5, both in 4: ln(4·7 / (5·5)).
    expect(ab(full)).toBeCloseTo(Math.log(28 / 25), 10);
    // 2020: 3 sentences, A in 2, B in 2, both in 2: ln(2·3 / (2·2)).
    expect(ab(windowed)).toBeCloseTo(Math.log(1.5), 10);
  });

  it('places a month-precision date on its first day', () => {
    const { graph } = windowGraph(datedGraph(), { from: '2020-06-05', to: '2021-12-31' });
    // p2 (2020-06 → 2020-06-01) falls before the window; p1 (06-11) and p4 (2021-03-15) inside.
    expect(weights(graph)).toEqual({ 'state:a|state:b': 2, 'state:b|state:c': 1, 'state:c|state:e': 1 });
  });
});

describe('buildHistogram', () => {
  it('counts distinct linking sentences per month, with the selection overlaid', () => {
    const histogram = buildHistogram(datedGraph(), { kind: 'node', id: 'state:c' });
    expect(histogram.unit).toBe('month');
    expect(histogram.bins).toHaveLength(10); // 2020-06 … 2021-03
    const byKey = Object.fromEntries(histogram.bins.map((bin) => [bin.key, [bin.count, bin.selected]]));
    expect(byKey['2020-06']).toEqual([3, 1]);
    expect(byKey['2021-03']).toEqual([2, 1]);
    expect(byKey['2020-12']).toEqual([0, 0]);
    expect(histogram.undated).toBe(2);
    expect(histogram.dated).toBe(5);
  });

  it('overlays a link’s own sentences', () => {
    const histogram = buildHistogram(datedGraph(), { kind: 'edge', id: 'state:a|state:b' });
    expect(histogram.bins.map((bin) => bin.selected).filter(Boolean)).toEqual([2, 1]);
  });
});

describe('window arithmetic and URL form', () => {
  it('steps a one-year window by whole months', () => {
    expect(shiftWindow(YEAR_2020, 12)).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(shiftWindow({ from: '2020-01-01', to: '2020-02-29' }, 1)).toEqual({ from: '2020-02-01', to: '2020-03-31' });
  });

  it('reads only valid windows from the URL and writes them beside other parameters', () => {
    expect(readWindow('?actor=x&from=2020-01-01&to=2020-12-31')).toEqual(YEAR_2020);
    expect(readWindow('?from=2020-12-31&to=2020-01-01')).toBeNull();
    expect(readWindow('?from=2020-02-30&to=2020-12-31')).toBeNull();
    expect(parseWindow('2020-01-01', null)).toBeNull();
    expect(writeWindow('?actor=x', YEAR_2020)).toBe('?actor=x&from=2020-01-01&to=2020-12-31');
    expect(writeWindow('?actor=x&from=2020-01-01&to=2020-12-31', null)).toBe('?actor=x');
  });
});

describe('buildHistogram with the model’s link index', () => {
  it('gives the same overlay as a search of the links', () => {
    const model = buildGraphModel(datedGraph());
    const node = model.nodeIndex.get('state:c')!;
    const indexed = buildHistogram(model.graph, { kind: 'node', id: 'state:c' }, model.incidentEdges[node]);
    expect(indexed.bins.map((bin) => bin.selected)).toEqual(buildHistogram(model.graph, { kind: 'node', id: 'state:c' }).bins.map((bin) => bin.selected));
    expect(indexed.bins.map((bin) => bin.selected).reduce((a, b) => a + b, 0)).toBe(2);
  });
});
