import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph-format/index.ts';
import { buildGraphModel } from '../../../src/explorer/store/index.ts';
import { windowGraph, type TimeWindow } from '../../../src/explorer/timeline/window.ts';
import { prepareWindowIndex, windowedView } from '../../../src/explorer/timeline/window-index.ts';
import { generateGraph } from '../../fixtures/graphs/generate.ts';
import { datedGraph } from './dated-graph.ts';

const YEAR_2020 = { from: '2020-01-01', to: '2020-12-31' };

describe('windowedView (the indexed window step)', () => {
  // Expected figures worked out by hand from the table in dated-graph.ts.
  it('keeps only evidence inside the window, recounting weights, documents and mentions', () => {
    const { model, undatedSentences } = windowedView(buildGraphModel(datedGraph()), YEAR_2020);
    const weight = Object.fromEntries(model.graph.edges.map((edge) => [edge.id, [edge.weight, edge.documentCount]]));
    // A–B: p1 s0 (2020-06-11) and p2 s0 (d1's 2020-06), both in d1; C–E: p1 s1. p3 undated, p4 2021.
    expect(weight).toEqual({ 'state:a|state:b': [2, 1], 'state:c|state:e': [1, 1] });
    expect(undatedSentences).toBe(2); // p3 s0 (A B) and p3 s1 (A D)
    expect(model.graph.passages.map((passage) => passage.id)).toEqual(['p1', 'p2']);
    expect(model.graph.nodes.map((node) => node.mentionCount)).toEqual([2, 2, 1, 0, 1]);
    expect(model.graph.nodes.map((node) => node.documentCount)).toEqual([1, 1, 1, 0, 1]);
    expect([...model.outsideWindow!]).toEqual([0, 0, 0, 1, 0]);
    expect([...model.degree]).toEqual([1, 1, 1, 0, 1]);
    expect(model.edgeIndex.get('state:c|state:e')).toBe(1);
    expect([...model.passageById.keys()]).toEqual(['p1', 'p2']);
    expect([...model.mentionsByPassage.keys()].sort()).toEqual(['p1', 'p2']);
  });

  it('recomputes PMI over the window’s sentences', () => {
    const { model } = windowedView(buildGraphModel(datedGraph()), YEAR_2020);
    // 2020: 3 sentences name an actor (p1 s0, p1 s1, p2 s0); A in 2, B in 2, both in 2: ln(2·3 / (2·2)).
    expect(model.pmi[model.edgeIndex.get('state:a|state:b')!]).toBeCloseTo(Math.log(1.5), 12);
    // C in 1, E in 1, both in 1: ln(1·3 / (1·1)).
    expect(model.pmi[model.edgeIndex.get('state:c|state:e')!]).toBeCloseTo(Math.log(3), 12);
  });

  it('places a month-precision date on its first day', () => {
    const { model } = windowedView(buildGraphModel(datedGraph()), { from: '2020-06-05', to: '2021-12-31' });
    // p2 (2020-06 → 2020-06-01) falls before the window; p1 (06-11) and p4 (2021-03-15) inside.
    expect(Object.fromEntries(model.graph.edges.map((edge) => [edge.id, edge.weight])))
      .toEqual({ 'state:a|state:b': 2, 'state:b|state:c': 1, 'state:c|state:e': 1 });
    // A–B: p1 (d1) and p4 s1 (d3).
    expect(model.graph.edges[model.edgeIndex.get('state:a|state:b')!]!.documentCount).toBe(2);
  });

  it('gives a window with nothing inside an empty graph of faded actors', () => {
    const { model } = windowedView(buildGraphModel(datedGraph()), { from: '1990-01-01', to: '1990-12-31' });
    expect(model.graph.edges).toHaveLength(0);
    expect([...model.outsideWindow!]).toEqual([1, 1, 1, 1, 1]);
    expect(model.maxMentions).toBe(0);
  });

  /** The same model as the definition: building the model of windowGraph's graph. */
  function expectSameAsDefinition(graph: Graph, window: TimeWindow): void {
    const { model, undatedSentences } = windowedView(buildGraphModel(graph), window);
    const reference = windowGraph(graph, window);
    const expected = { ...buildGraphModel(reference.graph), outsideWindow: reference.outside };
    expect(undatedSentences).toBe(reference.undatedSentences);
    expect(model.graph).toEqual(expected.graph);
    for (const key of Object.keys(expected) as (keyof typeof expected)[]) expect(model[key], key).toEqual(expected[key]);
    expect([...model.postPassages.keys()]).toEqual([...expected.postPassages.keys()]);
    expect([...model.mentionsByPassage.keys()]).toEqual([...expected.mentionsByPassage.keys()]);
  }

  it('gives the same figures from an index built ahead in slices', async () => {
    const graph = datedGraph();
    await prepareWindowIndex(graph, async () => {});
    const { model, undatedSentences } = windowedView(buildGraphModel(graph), YEAR_2020);
    expect(Object.fromEntries(model.graph.edges.map((edge) => [edge.id, edge.weight]))).toEqual({ 'state:a|state:b': 2, 'state:c|state:e': 1 });
    expect(undatedSentences).toBe(2);
  });

  it('matches the definition on the hand-made graph for every window', () => {
    for (const window of [YEAR_2020, { from: '2020-06-05', to: '2021-12-31' }, { from: '2021-03-15', to: '2021-03-15' }, { from: '2000-01-01', to: '2030-12-31' }]) {
      expectSameAsDefinition(datedGraph(), window);
    }
  });

  it('matches the definition on a generated graph with dated posts, undated posts and several documents', () => {
    const graph = generateGraph(300, 1500, 7);
    graph.documents = ['2019', '2020-03', undefined, '2021-07-04'].map((date, index) => ({ id: `doc-${index}`, path: `doc-${index}.txt`, title: `Document ${index}`, length: 1, ...(date ? { date } : {}) }));
    graph.passages = graph.passages.map((passage, index) => {
      const day = String(1 + (index % 28)).padStart(2, '0');
      const month = String(1 + (index % 12)).padStart(2, '0');
      const postDate = index % 3 === 0 ? `${2019 + (index % 4)}-${month}-${day}` : index % 3 === 1 ? undefined : `${2019 + (index % 3)}-${month}`;
      const dated = { ...passage, documentId: `doc-${index % 4}` };
      return postDate ? { ...dated, postDate } : dated;
    });
    for (const window of [{ from: '2019-01-01', to: '2019-12-31' }, { from: '2020-02-10', to: '2021-08-31' }, { from: '2022-01-01', to: '2022-12-31' }]) {
      expectSameAsDefinition(graph, window);
    }
  });
});
