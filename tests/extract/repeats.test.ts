import { describe, expect, it } from 'vitest';
import { extractGraph, type SourceFile } from '../../src/extract/index.ts';
import { repeatedSentences } from '../../src/extract/segment/index.ts';
import { onePassage as passage } from '../helpers/one-passage.ts';

const file = (path: string, text: string): SourceFile => ({ path, bytes: new TextEncoder().encode(text) });

describe('repeated text within a source', () => {
  it('marks every sentence of a paragraph printed twice, and long sentences reprinted with other breaks', () => {
    const passages = [
      passage('Kazakhstan and China signed a pipeline deal in Astana last year. Russia objected.'),
      passage('Nothing else.'),
      passage('Kazakhstan and China  signed a pipeline deal in Astana last year. Russia objected.'),
      passage('Then: Kazakhstan and China signed a pipeline deal in Astana last year.4 Russia objected.'),
    ];
    // Passage 2 repeats passage 0 (spacing differs); passage 3's first sentence is another text ("Then: …"),
    // and its short "Russia objected." may recur by chance: kept.
    expect([...repeatedSentences(passages)].sort()).toEqual(['2:0', '2:1']);
    // A long sentence reprinted in another paragraph, footnote marker aside, is a repeat.
    expect(repeatedSentences([passage('Then: nothing.'), passage('Kazakhstan and China signed a pipeline deal in Astana last year.4 Russia objected.'), passage('Kazakhstan and China signed a pipeline deal in Astana last year. Fine.')]))
      .toEqual(new Set(['2:0']));
  });

  it('counts a pasted-twice paragraph once in link weights and mentions; other documents still count', () => {
    const paragraph = 'Kazakhstan and Uzbekistan agreed on new water quotas for the Syr Darya basin.';
    const text = `Water Talks\n\n${paragraph}\n\nSomething else happened later that week in the region.\n\n${paragraph}\n`;
    const { graph } = extractGraph([file('a.txt', text), file('b.txt', `Other\n\n${paragraph}\n`)]);
    const edge = graph.edges.find((candidate) => candidate.id === 'state:kazakhstan|state:uzbekistan');
    expect(edge?.weight).toBe(2);
    expect(edge?.documentCount).toBe(2);
    expect(graph.nodes.find((node) => node.id === 'state:kazakhstan')?.mentionCount).toBe(2);
  });
});
