// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../src/analysis/index.ts';
import { toGexf } from '../../src/export/index.ts';
import { buildGraph, HOSTILE_LABELS, hostileGraph, starGraph } from '../fixtures/export/build-graph.ts';
import { parseXml, parseXmlStrictly, xmlSafe } from './xml-helpers.ts';

function attValues(node: any): Record<string, string> {
  return Object.fromEntries(node.attvalues.attvalue.map((value: any) => [value.for, value.value]));
}

describe('toGexf', () => {
  it('writes a GEXF 1.3 document with every node, edge and declared attribute', () => {
    const graph = buildGraph([{ label: 'Kazakhstan' }, { label: 'China' }, { label: 'Sinopec', type: 'firm', aliases: ['Sinopec', 'China Petroleum'] }], [['China', 'Kazakhstan', 3], ['China', 'Sinopec', 1]]);
    const measures = computeMeasures(graph);
    const xml = toGexf(graph, { measures });
    const gexf = parseXml(xml).gexf;
    parseXmlStrictly(xml);

    expect(gexf.xmlns).toBe('http://gexf.net/1.3');
    expect(gexf.version).toBe('1.3');
    expect(gexf.graph.defaultedgetype).toBe('undirected');
    const nodeAttributes = gexf.graph.attributes.find((block: any) => block.class === 'node');
    expect(nodeAttributes.mode).toBe('static');
    const declared = nodeAttributes.attribute.map((attribute: any) => attribute.id);
    expect(declared).toEqual(['type', 'mentions', 'documentCount', 'aliases', 'degree', 'weightedDegree', 'pagerank', 'betweenness', 'community']);

    const nodes = gexf.graph.nodes.node;
    expect(nodes.map((node: any) => node.id)).toEqual(graph.nodes.map((node) => node.id));
    for (const node of nodes) {
      const values = attValues(node);
      expect(Object.keys(values).sort()).toEqual([...declared].sort());
      const source = graph.nodes.find((candidate) => candidate.id === node.id)!;
      expect(node.label).toBe(source.label);
      expect(values.type).toBe(source.type);
      expect(Number(values.mentions)).toBe(source.mentionCount);
      expect(Number(values.pagerank)).toBe(measures.nodes[source.id]!.pagerank);
      expect(Number(values.community)).toBe(measures.nodes[source.id]!.community);
      expect(node['viz:color']).toBeDefined();
      expect(Number(node['viz:size'].value)).toBeGreaterThan(0);
      expect(node['viz:position']).toBeUndefined();
    }
    const sinopec = attValues(nodes.find((node: any) => node.id === 'firm:sinopec'));
    expect(sinopec.aliases).toBe('Sinopec|China Petroleum');
    expect(Number(attValues(nodes.find((node: any) => node.id === 'state:china')).weightedDegree)).toBe(4);

    const edges = gexf.graph.edges.edge;
    expect(edges).toHaveLength(2);
    for (const [index, edge] of edges.entries()) {
      const source = graph.edges[index]!;
      expect([edge.id, edge.source, edge.target, Number(edge.weight)]).toEqual([source.id, source.source, source.target, source.weight]);
      expect(attValues(edge).documentCount).toBe(String(source.documentCount));
    }
  });

  it('declares no measure attributes when none were computed', () => {
    const gexf = parseXml(toGexf(starGraph('Hub', ['A']))).gexf;
    const nodeAttributes = gexf.graph.attributes.find((block: any) => block.class === 'node');
    expect(nodeAttributes.attribute.map((attribute: any) => attribute.id)).toEqual(['type', 'mentions', 'documentCount', 'aliases']);
  });

  it('writes positions (y flipped for Gephi), colours and sizes given by the caller, and only the visible subset', () => {
    const graph = starGraph('Hub', ['A', 'B']);
    const positions = new Map([['state:hub', { x: 10.126, y: 20 }], ['state:a', { x: -5, y: -7.5 }]]);
    const xml = toGexf(graph, {
      positions,
      visibleNodeIds: new Set(['state:hub', 'state:a']),
      colours: new Map([['state:hub', '#ff0000'], ['state:a', 'rgb(0, 128, 255)']]),
      sizes: new Map([['state:hub', 12]]),
    });
    const nodes = parseXml(xml).gexf.graph.nodes.node;
    expect(nodes.map((node: any) => node.id)).toEqual(['state:hub', 'state:a']);
    expect(nodes[0]['viz:position']).toEqual({ x: '10.13', y: '-20', z: '0' });
    expect(nodes[1]['viz:position']).toEqual({ x: '-5', y: '7.5', z: '0' });
    expect(nodes[0]['viz:color']).toEqual({ r: '255', g: '0', b: '0' });
    expect(nodes[1]['viz:color']).toEqual({ r: '0', g: '128', b: '255' });
    expect(nodes[0]['viz:size']).toEqual({ value: '12' });
    expect(parseXml(xml).gexf.graph.edges.edge.map((edge: any) => edge.id)).toEqual(['state:a|state:hub']);
  });

  it('stays well-formed with hostile labels and keeps every character XML can hold', () => {
    const graph = hostileGraph();
    const xml = toGexf(graph, { measures: computeMeasures(graph) });
    const strict = parseXmlStrictly(xml);
    const labels = [...strict.getElementsByTagName('node')].map((node) => node.getAttribute('label'));
    expect(labels).toEqual(HOSTILE_LABELS.map(xmlSafe));
    expect(labels).toContain('Evil\u202Eoverride');
    expect(xml).not.toContain('<script>');
    expect(parseXml(xml).gexf.graph.nodes.node).toHaveLength(HOSTILE_LABELS.length);
  });

  it('is deterministic', () => {
    const graph = hostileGraph();
    expect(toGexf(graph, { measures: computeMeasures(graph) })).toBe(toGexf(graph, { measures: computeMeasures(graph) }));
  });
});

describe('every format on an empty graph', () => {
  it('produces parseable output', async () => {
    const { exportGraph, EXPORT_FORMATS } = await import('../../src/export/index.ts');
    const empty = buildGraph([], []);
    for (const format of EXPORT_FORMATS) {
      const files = exportGraph(format, empty, { measures: computeMeasures(empty) });
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        if (file.name.endsWith('.gexf') || file.name.endsWith('.graphml')) parseXmlStrictly(file.content);
        expect(file.content.endsWith('\n')).toBe(true);
      }
    }
  });
});
