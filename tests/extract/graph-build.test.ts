import { describe, expect, it } from 'vitest';
import { coMentionEdges, type EvidenceRelation } from '../../src/graph-format/index.ts';
import { buildDocumentsAndPassages, buildNodes, graphOf, sentenceBuckets, type AnalysedDocument, type PlacedMention } from '../../src/extract/graph/index.ts';
import type { Actor } from '../../src/extract/resolve/index.ts';
import type { PassageAnalysis, PostInfo } from '../../src/extract/types.ts';

// The graph stage on hand-made analyses, in the pipeline's steps (pipeline.ts: buildNodes, then
// sentenceBuckets, the pairs classified, graph-format's coMentionEdges, graphOf): every expected id, offset and count is written out.
function analysed(path: string, title: string, passages: PassageAnalysis[], posts: PostInfo[], date?: string): AnalysedDocument {
  return {
    path,
    analysis: {
      status: 'ok', title, length: 500, posts, passages, mentions: [], acronyms: [], authors: [], sentenceParses: [],
      ...(date === undefined ? {} : { date }),
    },
  };
}

const passage = (postIndex: number, text: string, sentences: [number, number][]): PassageAnalysis => ({ postIndex, text, sourceStart: 10, sourceEnd: 10 + text.length, sentences });

function actor(type: Actor['type'], label: string, mentions: [document: number, passage: number, start: number, end: number][]): Actor {
  return { type, label, mentions: mentions.map(([document, passageIndex, start, end]) => ({ document, passage: passageIndex, start, end, kind: 'lexicon', type, label })) };
}

describe('documents and passages', () => {
  it('gives each document a unique id from its path, and each passage its post title and date', () => {
    const parts = buildDocumentsAndPassages([
      analysed('notes/A b.txt', 'First', [passage(0, 'One.', [[0, 4]]), passage(1, 'Two.', [[0, 4]])], [{ title: 'Post one', date: '2021-01-02' }, { title: 'Post two' }], '2021-01'),
      analysed('notes/a-B.txt', 'Second', [passage(3, 'Three.', [[0, 6]])], []),
      analysed('NOTES/a B.txt', 'Third', [], []),
      analysed('---', 'Fourth', [], []),
    ]);
    // Strict: a document without a date has no date field at all.
    expect(parts.documents).toStrictEqual([
      { id: 'doc:notes-a-b-txt', path: 'notes/A b.txt', title: 'First', length: 500, date: '2021-01' },
      { id: 'doc:notes-a-b-txt-2', path: 'notes/a-B.txt', title: 'Second', length: 500 },
      { id: 'doc:notes-a-b-txt-3', path: 'NOTES/a B.txt', title: 'Third', length: 500 },
      { id: 'doc:document', path: '---', title: 'Fourth', length: 500 },
    ]);
    expect(parts.passageOffset).toEqual([0, 2, 3, 3]);
    expect(parts.passages).toEqual([
      { id: 'doc:notes-a-b-txt#p0', documentId: 'doc:notes-a-b-txt', postIndex: 0, postTitle: 'Post one', postDate: '2021-01-02', text: 'One.', sourceStart: 10, sourceEnd: 14, sentences: [[0, 4]] },
      { id: 'doc:notes-a-b-txt#p1', documentId: 'doc:notes-a-b-txt', postIndex: 1, postTitle: 'Post two', text: 'Two.', sourceStart: 10, sourceEnd: 14, sentences: [[0, 4]] },
      // Post 3 does not exist: the document's title stands in.
      { id: 'doc:notes-a-b-txt-2#p0', documentId: 'doc:notes-a-b-txt-2', postIndex: 3, postTitle: 'Second', text: 'Three.', sourceStart: 10, sourceEnd: 16, sentences: [[0, 6]] },
    ]);
  });
});

describe('nodes and the graph around them', () => {
  // d0: "Kazakhstan and China met. China agreed." (sentences 0–25, 26–39)
  // d1: "China, Kazakhstan." (one sentence)
  const parts = buildDocumentsAndPassages([
    analysed('d0.txt', 'D0', [passage(0, 'Kazakhstan and China met. China agreed.', [[0, 25], [26, 39]])], [{ title: 'P' }]),
    analysed('d1.txt', 'D1', [passage(0, 'China, Kazakhstan.', [[0, 18]])], [{ title: 'Q' }]),
  ]);

  it('merges actors with the same id, drops repeated mentions, orders mentions and aliases, and empties the actors', () => {
    const actors = [
      actor('state', 'Kazakhstan', [[1, 0, 7, 17], [0, 0, 0, 10]]),
      // The same actor resolved twice (same type and label), with one mention repeated.
      actor('state', 'China', [[1, 0, 0, 5], [0, 0, 26, 31]]),
      actor('state', 'China', [[0, 0, 15, 20], [0, 0, 26, 31]]),
    ];
    const { nodes, placed } = buildNodes(parts, actors);
    expect(actors).toEqual([]);
    expect(nodes).toEqual([
      {
        id: 'state:china', label: 'China', type: 'state', aliases: ['China'], mentionCount: 3, documentCount: 2,
        mentions: [
          { passageId: 'doc:d0-txt#p0', start: 15, end: 20 },
          { passageId: 'doc:d0-txt#p0', start: 26, end: 31 },
          { passageId: 'doc:d1-txt#p0', start: 0, end: 5 },
        ],
      },
      {
        id: 'state:kazakhstan', label: 'Kazakhstan', type: 'state', aliases: ['Kazakhstan'], mentionCount: 2, documentCount: 2,
        mentions: [{ passageId: 'doc:d0-txt#p0', start: 0, end: 10 }, { passageId: 'doc:d1-txt#p0', start: 7, end: 17 }],
      },
    ]);
    // Placed by the graph's passage index (d1's passage is the second), node by node in id order.
    expect(placed.map(({ nodeId, passageIndex, start }) => `${nodeId}@${passageIndex}:${start}`)).toEqual([
      'state:china@0:15', 'state:china@0:26', 'state:china@1:0', 'state:kazakhstan@0:0', 'state:kazakhstan@1:7',
    ]);
  });

  it('collects every written form as an alias, sorted, and orders mentions by start then end', () => {
    // "Kazakhstan and China met." read as one actor written three ways.
    const { nodes } = buildNodes(parts, [actor('state', 'Kazakhstan', [[0, 0, 15, 20], [0, 0, 0, 10], [0, 0, 0, 3]])]);
    expect(nodes[0]!.aliases).toEqual(['China', 'Kaz', 'Kazakhstan']);
    expect(nodes[0]!.mentions.map((mention) => [mention.start, mention.end])).toEqual([[0, 3], [0, 10], [15, 20]]);
    expect(nodes[0]!.documentCount).toBe(1);
  });

  it('puts the parts, nodes and edges in the graph with the generator named', () => {
    const { nodes, placed } = buildNodes(parts, [actor('state', 'Kazakhstan', [[0, 0, 0, 10]]), actor('state', 'China', [[0, 0, 15, 20]])]);
    const buckets = sentenceBuckets(parts.passages, placed);
    const graph = graphOf(parts, nodes, '9.9.9', coMentionEdges(parts.passages, buckets, [[{ type: 'meets' }]]));
    expect(graph).toMatchObject({ format: 'silkmap-graph', generator: { name: 'silkmap-extract', version: '9.9.9' } });
    expect(graph.documents).toBe(parts.documents);
    expect(graph.passages).toBe(parts.passages);
    expect(graph.nodes).toBe(nodes);
    expect(graph.edges.map((edge) => [edge.id, edge.relations])).toEqual([['state:china|state:kazakhstan', [{ type: 'meets', count: 1 }]]]);
  });
});

describe('placing mentions', () => {
  it('finds a mention in a later passage of a later document', () => {
    const parts = buildDocumentsAndPassages([
      analysed('d0.txt', 'D0', [passage(0, 'Alpha.', [[0, 6]])], []),
      analysed('d1.txt', 'D1', [passage(0, 'Beta.', [[0, 5]]), passage(0, 'Gamma.', [[0, 6]])], []),
    ]);
    const { nodes, placed } = buildNodes(parts, [actor('state', 'Gamma', [[1, 1, 0, 5]])]);
    expect(nodes[0]!.mentions).toEqual([{ passageId: 'doc:d1-txt#p1', start: 0, end: 5 }]);
    expect(nodes[0]!.aliases).toEqual(['Gamma']);
    expect(placed).toEqual([{ nodeId: 'state:gamma', nodeType: 'state', passageIndex: 2, start: 0, end: 5 }]);
  });
});

describe('sentence buckets and their edges', () => {
  // One passage per document; d0 has sentences [0,10) [11,20) [21,30), d1 one sentence [0,30).
  const passages = [
    { id: 'd0#p0', documentId: 'd0', postIndex: 0, postTitle: 't', text: 'x'.repeat(30), sourceStart: 0, sourceEnd: 30, sentences: [[0, 10], [11, 20], [21, 30]] as [number, number][] },
    { id: 'd1#p0', documentId: 'd1', postIndex: 0, postTitle: 't', text: 'x'.repeat(30), sourceStart: 0, sourceEnd: 30, sentences: [[0, 30]] as [number, number][] },
  ];
  const at = (nodeId: string, passageIndex: number, start: number): PlacedMention => ({ nodeId, nodeType: 'state', passageIndex, start, end: start + 1 });
  const none: EvidenceRelation = { type: 'none' };

  it('buckets by sentence in the order of first mentions, actors sorted, every mention kept, and empties the mentions', () => {
    const mentions = [at('state:b', 0, 2), at('state:a', 0, 5), at('state:b', 0, 7), at('state:z', 1, 2), at('state:c', 1, 5), at('state:q', 0, 12)];
    expect(sentenceBuckets(passages, mentions)).toEqual([
      {
        passageIndex: 0, sentence: 0, nodes: ['state:a', 'state:b'],
        mentions: [
          { start: 2, end: 3, actor: 'state:b', type: 'state' },
          { start: 5, end: 6, actor: 'state:a', type: 'state' },
          { start: 7, end: 8, actor: 'state:b', type: 'state' },
        ],
      },
      {
        passageIndex: 1, sentence: 0, nodes: ['state:c', 'state:z'],
        mentions: [{ start: 2, end: 3, actor: 'state:z', type: 'state' }, { start: 5, end: 6, actor: 'state:c', type: 'state' }],
      },
      // d0's second sentence names one actor only: no bucket.
    ]);
    expect(mentions).toEqual([]);
  });

  it('skips mentions outside every sentence or in a passage that does not exist', () => {
    // Offset 10 lies between sentences 0 and 1; passage 5 does not exist.
    expect(sentenceBuckets(passages, [at('state:a', 0, 2), at('state:b', 0, 10), at('state:c', 5, 2)])).toEqual([]);
    // Two actors in the same gap are not in one sentence either.
    expect(sentenceBuckets(passages, [at('state:a', 0, 10), at('state:b', 0, 10), at('state:c', 5, 2), at('state:d', 5, 3)])).toEqual([]);
  });

  it('orders ends, edges and evidence whatever the order of the mentions', () => {
    const buckets = sentenceBuckets(passages, [
      // Given last-first: d1, then d0's third sentence, then its first.
      at('state:z', 1, 2), at('state:a', 1, 5),
      at('state:z', 0, 22), at('state:a', 0, 25),
      at('state:z', 0, 1), at('state:m', 0, 3), at('state:a', 0, 5),
    ]);
    // Three sentences: (a, z), (a, z), (a, m, z) with pairs a–m, a–z, m–z.
    const edges = coMentionEdges(passages, buckets, [[none], [none], [none, none, none]]);
    expect(buckets).toEqual([]);
    expect(edges.map((edge) => [edge.id, edge.source, edge.target, edge.weight, edge.documentCount])).toEqual([
      ['state:a|state:m', 'state:a', 'state:m', 1, 1],
      ['state:a|state:z', 'state:a', 'state:z', 3, 2],
      ['state:m|state:z', 'state:m', 'state:z', 1, 1],
    ]);
    expect(edges[1]!.evidence).toEqual([
      { passageId: 'd0#p0', sentence: 0, start: 0, end: 10, relation: none },
      { passageId: 'd0#p0', sentence: 2, start: 21, end: 30, relation: none },
      { passageId: 'd1#p0', sentence: 0, start: 0, end: 30, relation: none },
    ]);
  });

  it("lays relations[k] on bucket k's pairs in their order and summarises them per edge", () => {
    // d0's first sentence names a, m, z: its pairs are a–m, a–z, m–z; d1's names a, z.
    const buckets = sentenceBuckets(passages, [at('state:z', 0, 1), at('state:m', 0, 3), at('state:a', 0, 5), at('state:a', 1, 2), at('state:z', 1, 5)]);
    const edges = coMentionEdges(passages, buckets, [
      [{ type: 'meets' }, { type: 'funds', from: 'state:z', to: 'state:a' }, none],
      [{ type: 'funds', from: 'state:z', to: 'state:a' }],
    ]);
    expect(edges.map((edge) => [edge.id, edge.evidence.map((evidence) => evidence.relation?.type)])).toEqual([
      ['state:a|state:m', ['meets']],
      ['state:a|state:z', ['funds', 'funds']],
      ['state:m|state:z', ['none']],
    ]);
    expect(edges[1]!.relations).toEqual([{ type: 'funds', from: 'state:z', to: 'state:a', count: 2 }]);
  });

  it('fails loudly when a sentence has fewer relations than pairs', () => {
    const buckets = sentenceBuckets(passages, [at('state:z', 0, 1), at('state:m', 0, 3), at('state:a', 0, 5)]);
    expect(() => coMentionEdges(passages, buckets, [[none, none]])).toThrow('sentence 0 has no relation for its pair 2');
  });
});
