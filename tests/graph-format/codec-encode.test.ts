/**
 * Encoding a graph into the compact file (codec.ts) at its edges: when a post is written as
 * 0, which fields go into `extra`, the header's key order, and the errors for dangling ids.
 * The graph and its file are written by hand (offsets in comments); encodeGraph does not
 * validate, so the graph need not be valid.
 */
import { describe, expect, it } from 'vitest';
import { encodeGraph } from '../../src/graph-format/codec.ts';
import type { Graph } from '../../src/graph-format/types.ts';

// "Ab cd. Ef." : sentences [0, 6] and [7, 10]
function handGraph(): Graph {
  return {
    format: 'silkmap-graph', version: 2, generator: { name: 'hand', version: '1' },
    documents: [{ id: 'd', path: 'd.txt', title: 'D', length: 30 }],
    passages: [
      { id: 'd#p0', documentId: 'd', postIndex: 0, postTitle: 'T', text: 'Ab cd. Ef.', sourceStart: 0, sourceEnd: 10, sentences: [[0, 6], [7, 10]] },
      // same title, a date: a new post
      { id: 'd#p1', documentId: 'd', postIndex: 1, postTitle: 'T', postDate: '2020', text: 'Ab.', sourceStart: 12, sourceEnd: 15, sentences: [[0, 3]] },
      // same title and date as the one before: 0
      { id: 'd#p2', documentId: 'd', postIndex: 1, postTitle: 'T', postDate: '2020', text: 'Ef.', sourceStart: 16, sourceEnd: 19, sentences: [[0, 3]] },
      // same date, other title: a new post
      { id: 'd#p3', documentId: 'd', postIndex: 2, postTitle: 'U', postDate: '2020', text: 'Ab.', sourceStart: 20, sourceEnd: 23, sentences: [[0, 3]] },
    ],
    nodes: [
      { id: 'person:ab', label: 'Ab', type: 'person', aliases: ['Ab'], mentionCount: 3, documentCount: 1,
        mentions: [{ passageId: 'd#p0', start: 0, end: 2 }, { passageId: 'd#p1', start: 0, end: 2 }, { passageId: 'd#p3', start: 0, end: 2 }] },
      { id: 'person:ef', label: 'Ef', type: 'person', aliases: ['Ef'], mentionCount: 2, documentCount: 1,
        mentions: [{ passageId: 'd#p0', start: 7, end: 9 }, { passageId: 'd#p2', start: 0, end: 2 }] },
    ],
    edges: [{ id: 'person:ab|person:ef', source: 'person:ab', target: 'person:ef', weight: 1, documentCount: 1,
      evidence: [{ passageId: 'd#p0', sentence: 0, start: 0, end: 6 }] }],
  };
}

describe('encodeGraph', () => {
  it('writes a post as 0 only when title and date are both the previous passage\'s', () => {
    const file = encodeGraph(handGraph());
    expect(file.passages.map((passage) => passage[2])).toEqual(['T', ['T', '2020'], 0, ['U', '2020']]);
    // mentions: passage 0, then +1 = 1, then +2 = 3; [passage delta, start, length]
    expect(file.nodes[0]).toEqual([0, 'Ab', 'person', ['Ab'], [0, 0, 2, 1, 0, 2, 2, 0, 2], 1]);
    expect(file.nodes[1]).toEqual([0, 'Ef', 'person', ['Ef'], [0, 7, 2, 2, 0, 2], 1]);
    // sentences: [0 − 0, 6 − 0, 7 − 6, 10 − 7]
    expect(file.passages[0]![6]).toEqual([0, 6, 1, 3]);
    // a plain edge: nothing differs from what decoding derives, so no extra object
    expect(file.edges).toStrictEqual([[0, 1, 1, [0, 0]]]);
  });

  it('writes evidence as passage steps and sentences, and keeps a span no sentence has', () => {
    const graph = handGraph();
    // passages 0, 2, 3: steps 0, 2 − 0 = 2, 3 − 2 = 1
    graph.edges[0]!.evidence = [
      { passageId: 'd#p0', sentence: 1, start: 7, end: 10 },
      { passageId: 'd#p2', sentence: 0, start: 0, end: 3 },
      { passageId: 'd#p3', sentence: 0, start: 0, end: 3 },
    ];
    graph.edges[0]!.weight = 3;
    expect(encodeGraph(graph).edges).toStrictEqual([[0, 1, 1, [0, 1, 2, 0, 1, 0]]]);
    // d#p3 has no sentence 4: the span cannot be derived, so it is kept
    graph.edges[0]!.evidence = [{ passageId: 'd#p3', sentence: 4, start: 1, end: 2 }];
    graph.edges[0]!.weight = 1;
    expect(encodeGraph(graph).edges).toStrictEqual([[0, 1, 1, [3, 4], { $evidence: [{ start: 1, end: 2 }] }]]);
  });

  it('writes a node id only when it is not the one derived from type and label', () => {
    const graph = handGraph();
    graph.nodes[1]!.id = 'person:custom';
    graph.edges[0]!.target = 'person:custom';
    graph.edges[0]!.id = 'person:ab|person:custom';
    const file = encodeGraph(graph);
    expect(file.nodes.map((node) => node[0])).toEqual([0, 'person:custom']);
    expect(file.edges[0]).toHaveLength(4);
  });

  it('writes a document\'s keys in the schema\'s order whatever order it was built in', () => {
    const graph = handGraph();
    graph.documents[0] = { length: 30, title: 'D', date: '2020', path: 'd.txt', id: 'd' };
    expect(Object.keys(encodeGraph(graph).documents[0]!)).toEqual(['id', 'path', 'title', 'date', 'length']);
  });

  it('puts the overview right after the header, and leaves it out when there is none', () => {
    const overview = { nodes: [] } as never;
    expect(Object.keys(encodeGraph(handGraph(), overview))).toEqual(['format', 'version', 'contract', 'generator', 'overview', 'documents', 'passages', 'nodes', 'edges']);
    expect(encodeGraph(handGraph(), overview).overview).toBe(overview);
    expect(Object.keys(encodeGraph(handGraph()))).not.toContain('overview');
  });

  it('keeps values that differ from the derived ones and unknown fields, and drops undefined ones', () => {
    const graph = handGraph() as Graph & Record<string, unknown>;
    graph.nodes[0]!.mentionCount = 5;
    Object.assign(graph.nodes[1]!, { note: undefined });
    Object.assign(graph.nodes[1]!.mentions[1]!, { role: 'r' });
    graph.edges[0]!.evidence[0]!.start = 1;
    graph.edges[0]!.evidence[0]!.end = 5;
    graph.edges[0]!.weight = 4;
    graph.edges[0]!.id = 'e';
    graph.passages[3]!.id = 'other';
    graph.nodes[0]!.mentions[2]!.passageId = 'other';
    Object.assign(graph.documents[0]!, { source: 'web', title: undefined });
    graph.unknownTop = undefined;
    graph.keptTop = 1;
    const file = encodeGraph(graph);
    expect(file.nodes[0]![6]).toEqual({ mentionCount: 5 });
    expect(file.nodes[1]![6]).toStrictEqual({ $mentions: [0, { role: 'r' }] });
    expect(file.edges[0]![4]).toEqual({ id: 'e', weight: 4, $evidence: [{ start: 1, end: 5 }] });
    expect(file.passages[3]![7]).toEqual({ id: 'other' });
    expect(file.passages[2]).toHaveLength(7);
    expect(file.documents[0]).toStrictEqual({ id: 'd', path: 'd.txt', length: 30, source: 'web' });
    expect(Object.keys(file.documents[0]!)).toEqual(['id', 'path', 'length', 'source']);
    expect('unknownTop' in file).toBe(false);
    expect(file.keptTop).toBe(1);
  });

  it('counts a document\'s passages for the derived id separately per document', () => {
    const graph = handGraph();
    graph.documents.push({ id: 'e', path: 'e.txt', title: 'E', length: 3 });
    // e's first passage is e#p0 although it is the graph's fifth
    graph.passages.push({ id: 'e#p0', documentId: 'e', postIndex: 0, postTitle: 'E', text: 'Ab.', sourceStart: 0, sourceEnd: 3, sentences: [[0, 3]] });
    const file = encodeGraph(graph);
    expect(file.passages[4]).toEqual([1, 0, 'E', 'Ab.', 0, 3, [0, 3]]);
  });

  it('names the dangling id', () => {
    const noDocument = handGraph();
    noDocument.passages[1]!.documentId = 'zz';
    expect(() => encodeGraph(noDocument)).toThrow('passage "d#p1": unknown document "zz"');
    const noPassage = handGraph();
    noPassage.nodes[1]!.mentions[0]!.passageId = 'q';
    expect(() => encodeGraph(noPassage)).toThrow('node "person:ef": unknown passage "q"');
    const noNode = handGraph();
    noNode.edges[0]!.target = 'person:zz';
    expect(() => encodeGraph(noNode)).toThrow('edge "person:ab|person:ef": unknown node');
    const noSource = handGraph();
    noSource.edges[0]!.source = 'person:zz';
    expect(() => encodeGraph(noSource)).toThrow('edge "person:ab|person:ef": unknown node');
    const noEvidencePassage = handGraph();
    noEvidencePassage.edges[0]!.evidence[0]!.passageId = 'q';
    expect(() => encodeGraph(noEvidencePassage)).toThrow('edge "person:ab|person:ef": unknown passage "q"');
  });
});
