import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { computeMeasures } from '../../src/analysis/index.ts';
import { toCsv } from '../../src/export/index.ts';
import { buildGraph, HOSTILE_LABELS, hostileGraph } from '../fixtures/export/build-graph.ts';

function parse(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** What a spreadsheet-safe cell looks like: formula-like text gets a leading apostrophe. */
const spreadsheetSafe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

describe('toCsv', () => {
  it('round-trips nodes and edges through papaparse, hostile labels included', () => {
    const graph = hostileGraph();
    const measures = computeMeasures(graph);
    const files = toCsv(graph, { measures });
    const nodes = parse(files['nodes.csv']);
    expect(nodes.map((row) => row.label)).toEqual(HOSTILE_LABELS.map(spreadsheetSafe));
    expect(nodes.map((row) => row.id)).toEqual(graph.nodes.map((node) => node.id));
    for (const [index, node] of graph.nodes.entries()) {
      const row = nodes[index]!;
      expect(row.type).toBe(node.type);
      expect(Number(row.mentions)).toBe(node.mentionCount);
      expect(row.aliases).toBe(spreadsheetSafe(node.aliases.join('|')));
      expect(Number(row.pagerank)).toBe(measures.nodes[node.id]!.pagerank);
      expect(Number(row.community)).toBe(measures.nodes[node.id]!.community);
    }
    const edges = parse(files['edges.csv']);
    expect(edges.map((row) => [row.source, row.target, Number(row.weight), Number(row.documentCount)]))
      .toEqual(graph.edges.map((edge) => [edge.source, edge.target, edge.weight, edge.documentCount]));
    expect(edges[0]!.sourceLabel).toBe(graph.nodes.find((node) => node.id === graph.edges[0]!.source)!.label);
  });

  it('escapes formula-like cells even when they hold a line break', () => {
    const graph = buildGraph([{ label: '=1+1\nx' }, { label: 'B' }], [['=1+1\nx', 'B']]);
    const rows = parse(toCsv(graph)['nodes.csv']);
    expect(rows[0]!.label).toBe("'=1+1\nx");
  });

  it('adds x and y columns when positions are given, left empty for actors without one', () => {
    const graph = buildGraph([{ label: 'A' }, { label: 'B' }], [['A', 'B']]);
    const rows = parse(toCsv(graph, { positions: new Map([['state:a', { x: -3.256, y: 4 }]]) })['nodes.csv']);
    expect(rows[0]).toMatchObject({ x: '-3.26', y: '4' });
    expect(rows[1]).toMatchObject({ x: '', y: '' });
    expect(Object.keys(parse(toCsv(graph)['nodes.csv'])[0]!)).not.toContain('x');
  });

  it('exports only the visible actors and the links between them', () => {
    const graph = buildGraph([{ label: 'A' }, { label: 'B' }, { label: 'C' }], [['A', 'B'], ['B', 'C']]);
    const files = toCsv(graph, { visibleNodeIds: new Set(['state:a', 'state:b']) });
    expect(parse(files['nodes.csv']).map((row) => row.id)).toEqual(['state:a', 'state:b']);
    expect(parse(files['edges.csv']).map((row) => row.id)).toEqual(['state:a|state:b']);
  });
});

describe('empty graphs', () => {
  it('still get a header row', () => {
    const files = toCsv(buildGraph([], []));
    expect(files['nodes.csv']).toBe('id,label,type,mentions,documentCount,aliases\r\n');
    expect(files['edges.csv']).toBe('id,source,target,sourceLabel,targetLabel,weight,documentCount,firstDate,lastDate,sentenceDates\r\n');
  });
});
