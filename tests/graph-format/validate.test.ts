import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { nodeId, parseGraphJson, validateGraph, type Graph } from '../../src/graph-format/index.ts';
import { graphJsonSchemaText } from '../../src/graph-format/json-schema.ts';

function tinyGraph(): Graph {
  return {
    format: 'silkmap-graph',
    version: 2,
    generator: { name: 'test', version: '0' },
    documents: [{ id: 'd1', path: 'a.txt', title: 'A', length: 40 }],
    passages: [{ id: 'd1:p0', documentId: 'd1', postIndex: 0, postTitle: 'A', text: 'China and Russia met.', sourceStart: 0, sourceEnd: 21, sentences: [[0, 21]] }],
    nodes: [
      { id: 'state:china', label: 'China', type: 'state', aliases: ['China'], mentionCount: 1, documentCount: 1, mentions: [{ passageId: 'd1:p0', start: 0, end: 5 }] },
      { id: 'state:russia', label: 'Russia', type: 'state', aliases: ['Russia'], mentionCount: 1, documentCount: 1, mentions: [{ passageId: 'd1:p0', start: 10, end: 16 }] },
    ],
    edges: [{ id: 'state:china|state:russia', source: 'state:china', target: 'state:russia', weight: 1, documentCount: 1, evidence: [{ passageId: 'd1:p0', sentence: 0, start: 0, end: 21 }] }],
  };
}

describe('validateGraph', () => {
  it('accepts a consistent graph', () => {
    expect(validateGraph(tinyGraph())).toMatchObject({ ok: true });
  });

  it('rejects a wrong shape with the path of the problem', () => {
    const result = validateGraph({ ...tinyGraph(), nodes: [{ id: 'x' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/nodes\.0\.label/);
  });

  it('rejects dangling edge ends', () => {
    const graph = tinyGraph();
    graph.edges[0]!.target = 'state:nowhere';
    const result = validateGraph(graph);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/unknown target "state:nowhere"/);
  });

  it('rejects mentions outside their passage', () => {
    const graph = tinyGraph();
    graph.nodes[0]!.mentions[0]!.end = 999;
    expect(validateGraph(graph).ok).toBe(false);
  });

  it('rejects evidence that is not a sentence of its passage', () => {
    const graph = tinyGraph();
    graph.edges[0]!.evidence[0]!.end = 5;
    expect(validateGraph(graph).ok).toBe(false);
  });

  it('rejects a mention count that disagrees with the mentions', () => {
    const graph = tinyGraph();
    graph.nodes[1]!.mentionCount = 3;
    expect(validateGraph(graph).ok).toBe(false);
  });

  it('reports JSON syntax errors as errors, not exceptions', () => {
    const result = parseGraphJson('{"format": ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/not valid JSON/);
  });

  it('accepts an empty graph', () => {
    expect(validateGraph({ ...tinyGraph(), documents: [], passages: [], nodes: [], edges: [] }).ok).toBe(true);
  });
});

describe('data/graph.schema.json', () => {
  it('is the schema generated from the zod contract (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../../data/graph.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(graphJsonSchemaText());
  });
});

describe('nodeId', () => {
  it('is type + slug of the label', () => {
    expect(nodeId('person', 'Xi Jinping')).toBe('person:xi-jinping');
    expect(nodeId('organisation', 'Organización de Estados')).toBe('organisation:organizacion-de-estados');
  });

  it('stays under the schema limit for enormous labels and keeps distinct labels distinct', () => {
    const a = nodeId('organisation', `Ministry of ${'Abcde Fghij '.repeat(40)}A`);
    const b = nodeId('organisation', `Ministry of ${'Abcde Fghij '.repeat(40)}B`);
    expect(a.length).toBeLessThanOrEqual(300);
    expect(a).not.toBe(b);
  });
});
