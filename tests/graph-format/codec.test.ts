import { describe, expect, it } from 'vitest';
import {
  decodeGraphFile, encodeGraph, parseGraphJson, serializeGraph, serializeGraphFile, validateGraph, type Graph,
} from '../../src/graph-format/index.ts';
import { extractGraph } from '../../src/extract/index.ts';

/** Two documents; the second has two passages of one dated post. Offsets counted by hand. */
function handGraph(): Graph {
  return {
    format: 'silkmap-graph',
    version: 2,
    generator: { name: 'test', version: '0' },
    documents: [
      { id: 'doc:a', path: 'a.txt', title: 'A', length: 22 },
      // Keys in the order the extractor builds them (date last), not the schema's.
      { id: 'doc:b', path: 'b.txt', title: 'B', length: 60, date: '2024-05' },
    ],
    passages: [
      { id: 'doc:a#p0', documentId: 'doc:a', postIndex: 0, postTitle: 'A', text: 'China and Russia met.', sourceStart: 0, sourceEnd: 21, sentences: [[0, 21]] },
      // "Iran spoke. China agreed." : sentences [0, 11] and [12, 25]
      { id: 'doc:b#p0', documentId: 'doc:b', postIndex: 0, postTitle: 'Post', text: 'Iran spoke. China agreed.', sourceStart: 3, sourceEnd: 28, sentences: [[0, 11], [12, 25]], postDate: '2024-05-01' },
      { id: 'doc:b#p1', documentId: 'doc:b', postIndex: 0, postTitle: 'Post', text: 'Russia and Iran.', sourceStart: 30, sourceEnd: 46, sentences: [[0, 16]], postDate: '2024-05-01' },
    ],
    nodes: [
      { id: 'state:china', label: 'China', type: 'state', aliases: ['China'], mentionCount: 2, documentCount: 2,
        mentions: [{ passageId: 'doc:a#p0', start: 0, end: 5 }, { passageId: 'doc:b#p0', start: 12, end: 17 }] },
      { id: 'state:iran', label: 'Iran', type: 'state', aliases: ['Iran'], mentionCount: 2, documentCount: 1,
        mentions: [{ passageId: 'doc:b#p0', start: 0, end: 4 }, { passageId: 'doc:b#p1', start: 11, end: 15 }] },
      { id: 'state:russia', label: 'Russia', type: 'state', aliases: ['Russia'], mentionCount: 2, documentCount: 2,
        mentions: [{ passageId: 'doc:a#p0', start: 10, end: 16 }, { passageId: 'doc:b#p1', start: 0, end: 6 }] },
    ],
    edges: [
      { id: 'state:china|state:russia', source: 'state:china', target: 'state:russia', weight: 1, documentCount: 1, evidence: [{ passageId: 'doc:a#p0', sentence: 0, start: 0, end: 21 }] },
      { id: 'state:iran|state:russia', source: 'state:iran', target: 'state:russia', weight: 1, documentCount: 1, evidence: [{ passageId: 'doc:b#p1', sentence: 0, start: 0, end: 16 }] },
    ],
  };
}

describe('graph file codec (format version 3)', () => {
  it('encodes a graph as the hand-worked compact file', () => {
    const graph = handGraph();
    expect(validateGraph(graph).ok).toBe(true);
    // Documents are written with their keys in the schema's order, which is what decoding gives back.
    expect(Object.keys(encodeGraph(graph).documents[1]!)).toEqual(['id', 'path', 'title', 'date', 'length']);
    expect(encodeGraph(graph)).toEqual({
      format: 'silkmap-graph', version: 3, contract: 2, generator: { name: 'test', version: '0' },
      documents: graph.documents,
      passages: [
        [0, 0, 'A', 'China and Russia met.', 0, 21, [0, 21]],
        [1, 0, ['Post', '2024-05-01'], 'Iran spoke. China agreed.', 3, 28, [0, 11, 1, 13]],
        [1, 0, 0, 'Russia and Iran.', 30, 46, [0, 16]],
      ],
      nodes: [
        [0, 'China', 'state', ['China'], [0, 0, 5, 1, 12, 5], 2],
        [0, 'Iran', 'state', ['Iran'], [1, 0, 4, 1, 11, 4], 1],
        [0, 'Russia', 'state', ['Russia'], [0, 10, 6, 2, 0, 6], 2],
      ],
      edges: [
        [0, 2, 1, [0, 0]],
        [1, 2, 1, [2, 0]],
      ],
    });
  });

  it('decodes its own file back to an equal graph, with the same bytes', () => {
    const graph = handGraph();
    const text = serializeGraphFile(graph);
    const parsed = parseGraphJson(text);
    expect(parsed).toEqual({ ok: true, graph });
    // The validator gives keys in the schema's order; the file's bytes do not depend on it.
    if (parsed.ok) expect(serializeGraphFile(parsed.graph)).toBe(text);
  });

  it('carries fields it does not know, and values that differ from the derived ones, losslessly', () => {
    // What another contract version might add: a relation on each evidence item, a summary on each edge.
    const graph = handGraph() as Graph & Record<string, unknown>;
    const edge = graph.edges[0]! as Graph['edges'][number] & Record<string, unknown>;
    edge.relation = { types: { meets: 1 } };
    Object.assign(edge.evidence[0]!, { relation: { type: 'meets', from: 'state:china', negated: false } });
    graph.edges[1]!.evidence.push({ passageId: 'doc:b#p1', sentence: 0, start: 0, end: 16 });
    graph.edges[1]!.weight = 2;
    graph.passages[0]!.id = 'custom-passage-id';
    graph.nodes[0]!.mentions[0]!.passageId = 'custom-passage-id';
    graph.nodes[2]!.mentions[0]!.passageId = 'custom-passage-id';
    graph.edges[0]!.evidence[0]!.passageId = 'custom-passage-id';
    graph.nodes[1]!.id = 'state:persia';
    graph.edges[1] = { ...graph.edges[1]!, id: 'state:persia|state:russia', source: 'state:persia' };
    graph.notes = ['top-level extra'];
    const file = encodeGraph(graph);
    expect(file.edges[0]![4]).toEqual({ relation: { types: { meets: 1 } }, $evidence: [{ relation: { type: 'meets', from: 'state:china', negated: false } }] });
    expect(file.passages[0]![7]).toEqual({ id: 'custom-passage-id' });
    expect(file.nodes[1]![0]).toBe('state:persia');
    const decoded = decodeGraphFile(JSON.parse(JSON.stringify(file)));
    expect(decoded).toEqual({ ok: true, graph });
  });

  it('still reads a graph written as plain objects (version 1)', () => {
    expect(parseGraphJson(serializeGraph(handGraph()))).toEqual({ ok: true, graph: handGraph() });
  });

  it('turns a malformed compact file into readable errors, never a throw', () => {
    const good = encodeGraph(handGraph());
    const broken = (change: (file: Record<string, unknown>) => void): string[] => {
      const file = JSON.parse(JSON.stringify(good)) as Record<string, unknown>;
      change(file);
      const result = parseGraphJson(JSON.stringify(file));
      return result.ok ? [] : result.errors;
    };
    expect(broken((f) => { (f.passages as unknown[][])[0]!.length = 3; })).toEqual([expect.stringMatching(/^passages\.0: expected an array of 7 fields/)]);
    expect(broken((f) => { (f.edges as unknown[][])[0]![1] = 9; })).toEqual([expect.stringMatching(/^edges\.0: target 9 is not an index below 3/)]);
    expect(broken((f) => { (f.edges as unknown[][])[0]![3] = [0, 5]; })).toEqual([expect.stringMatching(/has no sentence 5/)]);
    expect(broken((f) => { (f.nodes as unknown[][])[0]![4] = [0, 0]; })).toEqual([expect.stringMatching(/^nodes\.0: mentions must be whole numbers in groups of 3/)]);
    expect(broken((f) => { (f.passages as unknown[][])[0]![2] = 0; })).toEqual([expect.stringMatching(/first passage/)]);
    expect(broken((f) => { delete f.nodes; })).toEqual(['nodes: expected an array']);
    // Offsets are the validator's business: a mention past its passage's end.
    expect(broken((f) => { (f.nodes as unknown[][])[0]![4] = [0, 0, 50] as unknown; })[0]).toMatch(/^nodes\.0\.mentions\.0: span \[0, 50\] is empty, inverted or outside its passage \(length 21\)$/);
  });

  it('round-trips an extracted graph byte for byte', () => {
    const text = 'Summit\n\nPresident Xi Jinping met Kazakh officials in Astana. China and Kazakhstan signed a deal with Gazprom.\n\nRussia said the Shanghai Cooperation Organisation (SCO) would meet.\n';
    const { graph } = extractGraph([{ path: 'a.txt', bytes: new TextEncoder().encode(text) }, { path: 'b.md', bytes: new TextEncoder().encode(`# B\n\n${text}`) }]);
    const parsed = parseGraphJson(serializeGraphFile(graph));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(serializeGraph(parsed.graph)).toBe(serializeGraph(graph));
      expect(serializeGraphFile(parsed.graph)).toBe(serializeGraphFile(graph));
    }
  });
});
