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

  // Each case below breaks one figure of the hand-checked tiny graph: "China and Russia met."
  // has China at [0, 5], Russia at [10, 16] and one sentence [0, 21].
  const broken: [string, (graph: Graph) => void, RegExp][] = [
    ['a mention one character past its passage', (g) => { g.nodes[1]!.mentions[0] = { passageId: 'd1:p0', start: 16, end: 22 }; }, /nodes\.1\.mentions\.0: span \[16, 22\]/],
    ['an empty mention', (g) => { g.nodes[1]!.mentions[0]!.end = 10; }, /nodes\.1\.mentions\.0: span \[10, 10\] is empty/],
    ['an inverted mention', (g) => { g.nodes[1]!.mentions[0] = { passageId: 'd1:p0', start: 16, end: 10 }; }, /span \[16, 10\]/],
    ['a sentence one character past its passage', (g) => { g.passages[0]!.sentences = [[0, 22]]; g.edges[0]!.evidence[0]!.end = 22; }, /passages\.0\.sentences\.0: span \[0, 22\]/],
    ['an empty sentence', (g) => { g.passages[0]!.sentences = [[0, 21], [21, 21]]; }, /passages\.0\.sentences\.1: span \[21, 21\]/],
    ['overlapping sentences', (g) => { g.passages[0]!.sentences = [[0, 12], [11, 21]]; }, /passages\.0\.sentences\.1/],
    ['a passage past the end of its document', (g) => { g.passages[0]!.sourceEnd = 41; }, /passages\.0: source span \[0, 41\] ends past its document \(length 40\)/],
    ['a mention written differently from every alias', (g) => { g.nodes[1]!.aliases = ['Russian Federation']; }, /nodes\.1\.mentions\.0: its text "Russia" is not among the aliases/],
    ['a document count that disagrees with the mentions', (g) => { g.nodes[0]!.documentCount = 2; }, /nodes\.0: documentCount 2 but mentioned in 1 documents/],
    ['a mention listed twice in one actor', (g) => { g.nodes[0]!.mentions.push({ passageId: 'd1:p0', start: 0, end: 5 }); g.nodes[0]!.mentionCount = 2; }, /nodes\.0\.mentions\.1: span \[0, 5\] of "d1:p0" is already a mention of "state:china"/],
    ['a mention claimed by two actors', (g) => { g.nodes[1]!.mentions.push({ passageId: 'd1:p0', start: 0, end: 5 }); g.nodes[1]!.mentionCount = 2; g.nodes[1]!.aliases.push('China'); }, /nodes\.1\.mentions\.1: .* already a mention of "state:china"/],
    ['a duplicate node id', (g) => { g.nodes[1] = { ...g.nodes[0]!, mentions: [] , mentionCount: 0, documentCount: 0 }; }, /nodes\.1: duplicate id "state:china"/],
    ['a weight that is not the number of evidence sentences', (g) => { g.edges[0]!.weight = 2; }, /edges\.0: weight 2 but 1 distinct evidence sentences/],
    ['the same sentence given twice as evidence', (g) => { g.edges[0]!.evidence.push({ ...g.edges[0]!.evidence[0]! }); g.edges[0]!.weight = 2; }, /edges\.0: weight 2 but 1 distinct/],
    ['a link document count that is the sentence count', (g) => { g.edges[0]!.documentCount = 2; }, /edges\.0: documentCount 2 but evidence from 1 documents/],
    ['evidence from a sentence that does not mention both actors', (g) => {
      g.passages[0]!.sentences = [[0, 9], [10, 21]];
      g.edges[0]!.evidence = [{ passageId: 'd1:p0', sentence: 1, start: 10, end: 21 }];
    }, /edges\.0\.evidence\.0: sentence 1 of "d1:p0" does not mention both "state:china" and "state:russia"/],
    ['an edge id that is not source|target', (g) => { g.edges[0]!.id = 'state:russia|state:china'; }, /edges\.0: id "state:russia\|state:china" is not "source\|target"/],
    ['an edge whose ends are in the wrong order', (g) => { g.edges[0]!.source = 'state:russia'; g.edges[0]!.target = 'state:china'; }, /edges\.0: id .* source before target/],
    ['a duplicate document id', (g) => { g.documents.push({ ...g.documents[0]! }); }, /documents\.1: duplicate id "d1"/],
  ];
  it.each(broken)('rejects %s', (_name, breakIt, expected) => {
    const graph = tinyGraph();
    breakIt(graph);
    const result = validateGraph(graph);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(expected);
  });

  it('stops at 20 errors', () => {
    const graph = tinyGraph();
    for (let i = 0; i < 30; i++) graph.nodes[0]!.mentions.push({ passageId: 'nowhere', start: 0, end: 1 });
    const result = validateGraph(graph);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(20);
  });

  it('accepts nested mentions of different actors that start at the same place', () => {
    const graph = tinyGraph();
    graph.passages[0]!.text = 'China Bank and Russia met.';
    graph.passages[0]!.sentences = [[0, 26]];
    graph.passages[0]!.sourceEnd = 26;
    graph.nodes[1]!.mentions[0] = { passageId: 'd1:p0', start: 15, end: 21 };
    graph.nodes.push({ id: 'firm:china-bank', label: 'China Bank', type: 'firm', aliases: ['China Bank'], mentionCount: 1, documentCount: 1, mentions: [{ passageId: 'd1:p0', start: 0, end: 10 }] });
    graph.edges = [];
    const result = validateGraph(graph);
    expect(result.ok ? [] : result.errors).toEqual([]);
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
