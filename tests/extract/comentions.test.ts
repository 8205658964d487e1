import { describe, expect, it } from 'vitest';
import { coMentionEdges, type Passage } from '../../src/graph-format/index.ts';
import { sentenceBuckets } from '../../src/extract/graph/index.ts';
import { sentenceIndexAt } from '../../src/extract/segment/index.ts';

const passage = (id: string, documentId: string, sentences: [number, number][]): Passage => ({
  id, documentId, postIndex: 0, postTitle: 't', text: 'x'.repeat(100), sourceStart: 0, sourceEnd: 100, sentences,
});

describe('co-mention edges (sentenceBuckets, then coMentionEdges)', () => {
  const passages = [passage('d1#p0', 'd1', [[0, 10], [11, 20]]), passage('d2#p0', 'd2', [[0, 50]])];

  it('links actors mentioned in the same sentence, once per sentence, with evidence', () => {
    const buckets = sentenceBuckets(passages, [
      { nodeId: 'state:china', nodeType: 'state', passageIndex: 0, start: 1, end: 2 },
      { nodeId: 'state:china', nodeType: 'state', passageIndex: 0, start: 5, end: 6 },
      { nodeId: 'state:kazakhstan', nodeType: 'state', passageIndex: 0, start: 7, end: 8 },
      { nodeId: 'person:x', nodeType: 'person', passageIndex: 0, start: 12, end: 13 },
      { nodeId: 'state:kazakhstan', nodeType: 'state', passageIndex: 1, start: 3, end: 4 },
      { nodeId: 'state:china', nodeType: 'state', passageIndex: 1, start: 30, end: 31 },
    ]);
    // d1's first sentence and d2's sentence link China and Kazakhstan; "person:x" is alone in d1's second.
    const edges = coMentionEdges(passages, buckets, [[{ type: 'none' }], [{ type: 'none' }]]);
    expect(edges).toEqual([{
      id: 'state:china|state:kazakhstan',
      source: 'state:china',
      target: 'state:kazakhstan',
      weight: 2,
      documentCount: 2,
      evidence: [
        { passageId: 'd1#p0', sentence: 0, start: 0, end: 10, relation: { type: 'none' } },
        { passageId: 'd2#p0', sentence: 0, start: 0, end: 50, relation: { type: 'none' } },
      ],
      relations: [{ type: 'none', count: 2 }],
    }]);
  });

  it('finds the sentence containing an offset', () => {
    expect(sentenceIndexAt([[0, 10], [11, 20], [25, 30]], 0)).toBe(0);
    expect(sentenceIndexAt([[0, 10], [11, 20], [25, 30]], 19)).toBe(1);
    expect(sentenceIndexAt([[0, 10], [11, 20], [25, 30]], 22)).toBe(-1);
    expect(sentenceIndexAt([[0, 10], [11, 20], [25, 30]], 29)).toBe(2);
  });
});
