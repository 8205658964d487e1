// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../src/analysis/index.ts';
import { toGraphml } from '../../src/export/index.ts';
import { buildGraph, HOSTILE_LABELS, hostileGraph } from '../fixtures/export/build-graph.ts';
import { parseXml, parseXmlStrictly, xmlSafe } from './xml-helpers.ts';

function dataOf(element: any): Record<string, string> {
  return Object.fromEntries(element.data.map((data: any) => [data.key, data['#text'] ?? '']));
}

describe('toGraphml', () => {
  it('declares a key for every attribute and holds every node and edge', () => {
    const graph = buildGraph([{ label: 'Uzbekistan' }, { label: 'Russia' }, { label: 'SCO', type: 'organisation' }], [['Russia', 'Uzbekistan', 2], ['SCO', 'Russia', 1]]);
    const measures = computeMeasures(graph);
    const xml = toGraphml(graph, { measures, positions: new Map([['state:russia', { x: 1.5, y: -2 }]]) });
    parseXmlStrictly(xml);
    const graphml = parseXml(xml).graphml;
    expect(graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(graphml.graph.edgedefault).toBe('undirected');

    const keys = new Map(graphml.key.map((key: any) => [key.id, key]));
    for (const name of ['label', 'type', 'mentions', 'documentCount', 'aliases', 'degree', 'weightedDegree', 'pagerank', 'betweenness', 'community', 'x', 'y']) {
      expect(keys.get(name), name).toMatchObject({ for: 'node', 'attr.name': name });
    }
    expect(keys.get('weight')).toMatchObject({ for: 'edge', 'attr.type': 'int' });

    const nodes = graphml.graph.node;
    expect(nodes.map((node: any) => node.id)).toEqual(graph.nodes.map((node) => node.id));
    for (const node of nodes) {
      const data = dataOf(node);
      for (const key of Object.keys(data)) expect(keys.has(key)).toBe(true);
      const source = graph.nodes.find((candidate) => candidate.id === node.id)!;
      expect(data.label).toBe(source.label);
      expect(Number(data.betweenness)).toBe(measures.nodes[source.id]!.betweenness);
      expect(Number(data.degree)).toBe(measures.nodes[source.id]!.degree);
    }
    expect(dataOf(nodes.find((node: any) => node.id === 'state:russia'))).toMatchObject({ x: '1.5', y: '-2' });
    expect(dataOf(nodes.find((node: any) => node.id === 'state:uzbekistan')).x).toBeUndefined();

    const edges = graphml.graph.edge;
    expect(edges.map((edge: any) => [edge.source, edge.target, dataOf(edge).weight])).toEqual(graph.edges.map((edge) => [edge.source, edge.target, String(edge.weight)]));
  });

  it('stays well-formed with hostile labels', () => {
    const xml = toGraphml(hostileGraph());
    const labels = [...parseXmlStrictly(xml).getElementsByTagName('data')].filter((data) => data.getAttribute('key') === 'label').map((data) => data.textContent);
    expect(labels).toEqual(HOSTILE_LABELS.map(xmlSafe));
  });
});
