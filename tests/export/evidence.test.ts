import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { collectEvidence, evidenceFiles, evidenceToCsv, evidenceToMarkdown, EVIDENCE_CSV_HEADER } from '../../src/export/index.ts';
import type { Graph } from '../../src/graph-format/index.ts';
import { validateGraph } from '../../src/graph-format/index.ts';
import { buildGraph } from '../fixtures/export/build-graph.ts';

/** Two posts; China is mentioned twice in one sentence (one evidence sentence, not two). */
function corpusGraph(): Graph {
  const text1 = 'China and Kazakhstan signed a deal. China <b>&</b> China again. Nothing here.';
  const text2 = 'Kazakhstan met China.';
  const graph: Graph = {
    format: 'silkmap-graph', version: 2, generator: { name: 'test', version: '0' },
    documents: [{ id: 'd1', path: 'blog/2019.html', title: 'Blog 2019', date: '2019', length: 200 }],
    passages: [
      { id: 'd1:p0', documentId: 'd1', postIndex: 0, postTitle: 'A *deal* [draft]', postDate: '2019-05-01', text: text1, sourceStart: 0, sourceEnd: text1.length, sentences: [[0, 35], [36, 63], [64, 77]] },
      { id: 'd1:p1', documentId: 'd1', postIndex: 1, postTitle: 'Visit', text: text2, sourceStart: 100, sourceEnd: 121, sentences: [[0, 21]] },
    ],
    nodes: [
      { id: 'state:china', label: 'China', type: 'state', aliases: ['China', 'PRC'], mentionCount: 4, documentCount: 1, mentions: [
        { passageId: 'd1:p1', start: 15, end: 20 }, { passageId: 'd1:p0', start: 0, end: 5 }, { passageId: 'd1:p0', start: 36, end: 41 }, { passageId: 'd1:p0', start: 51, end: 56 },
      ] },
      { id: 'state:kazakhstan', label: 'Kazakhstan', type: 'state', aliases: ['Kazakhstan'], mentionCount: 2, documentCount: 1, mentions: [
        { passageId: 'd1:p0', start: 10, end: 20 }, { passageId: 'd1:p1', start: 0, end: 10 },
      ] },
    ],
    edges: [{ id: 'state:china|state:kazakhstan', source: 'state:china', target: 'state:kazakhstan', weight: 2, documentCount: 1, evidence: [
      { passageId: 'd1:p1', sentence: 0, start: 0, end: 21 }, { passageId: 'd1:p0', sentence: 0, start: 0, end: 35 },
    ] }],
  };
  expect(validateGraph(graph).ok).toBe(true);
  return graph;
}

describe('collectEvidence', () => {
  it('gives an actor every sentence holding one of its mentions, once, in corpus order', () => {
    const pack = collectEvidence(corpusGraph(), { kind: 'actor', actorId: 'state:china' });
    expect(pack.title).toBe('Evidence: China');
    expect(pack.sentences.map((s) => [s.passageId, s.start, s.end, s.text])).toEqual([
      ['d1:p0', 0, 35, 'China and Kazakhstan signed a deal.'],
      ['d1:p0', 36, 63, 'China <b>&</b> China again.'],
      ['d1:p1', 0, 21, 'Kazakhstan met China.'],
    ]);
    expect(pack.sentences[0]).toMatchObject({ postTitle: 'A *deal* [draft]', documentPath: 'blog/2019.html', date: '2019-05-01' });
    // No post date: the document's date stands in.
    expect(pack.sentences[2]!.date).toBe('2019');
  });

  it('gives a link its evidence sentences, whichever way round the pair is asked', () => {
    const graph = corpusGraph();
    const pack = collectEvidence(graph, { kind: 'link', source: 'state:kazakhstan', target: 'state:china' });
    expect(pack.edge?.id).toBe('state:china|state:kazakhstan');
    expect(pack.sentences.map((s) => s.text)).toEqual(['China and Kazakhstan signed a deal.', 'Kazakhstan met China.']);
    expect(pack.title).toBe('Evidence: Kazakhstan – China');
  });

  it('refuses unknown actors and pairs that are not linked', () => {
    const graph = buildGraph([{ label: 'A' }, { label: 'B' }, { label: 'C' }], [['A', 'B']]);
    expect(() => collectEvidence(graph, { kind: 'actor', actorId: 'state:zz' })).toThrow(/no actor with id "state:zz"/);
    expect(() => collectEvidence(graph, { kind: 'link', source: 'state:a', target: 'state:c' })).toThrow(/no link between/);
  });
});

describe('evidence files', () => {
  it('writes Markdown with title, actors, counts and each sentence quoted with its source and position', () => {
    const markdown = evidenceToMarkdown(collectEvidence(corpusGraph(), { kind: 'link', source: 'state:china', target: 'state:kazakhstan' }));
    expect(markdown).toContain('# Evidence: China – Kazakhstan');
    expect(markdown).toContain('- **China** (state): 4 mentions in 1 document; also named PRC');
    expect(markdown).toContain('- Link: named together in 2 sentences across 1 document');
    expect(markdown).toContain('## 2 supporting sentences');
    expect(markdown).toContain('> China and Kazakhstan signed a deal.');
    expect(markdown).toContain('> — *A \\*deal\\* \\[draft\\]*, blog/2019.html, 2019-05-01; passage d1:p0, characters 0–35');
    expect(markdown).toContain('> — *Visit*, blog/2019.html, 2019; passage d1:p1, characters 0–21');
  });

  it('escapes markup in quoted sentences so they show as written', () => {
    const markdown = evidenceToMarkdown(collectEvidence(corpusGraph(), { kind: 'actor', actorId: 'state:china' }));
    expect(markdown).toContain('> China \\<b\\>\\&\\</b\\> China again.');
  });

  it('writes one CSV row per sentence with actors, sentence, source and offsets', () => {
    const csv = evidenceToCsv(collectEvidence(corpusGraph(), { kind: 'link', source: 'state:china', target: 'state:kazakhstan' }));
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      EVIDENCE_CSV_HEADER,
      ['China; Kazakhstan', 'China and Kazakhstan signed a deal.', 'A *deal* [draft]', 'blog/2019.html', '2019-05-01', 'd1:p0', '0', '35'],
      ['China; Kazakhstan', 'Kazakhstan met China.', 'Visit', 'blog/2019.html', '2019', 'd1:p1', '0', '21'],
    ]);
  });

  it('names the files after the actor or link', () => {
    expect(evidenceFiles(corpusGraph(), { kind: 'actor', actorId: 'state:china' }).baseName).toBe('evidence-state-china');
    expect(evidenceFiles(corpusGraph(), { kind: 'link', source: 'state:china', target: 'state:kazakhstan' }).baseName).toBe('evidence-state-china--state-kazakhstan');
  });
});

describe('evidence packs without footnote markers', () => {
  it('quote the sentence as read (markers removed) but cite the stored offsets', () => {
    const text = 'China joined the Shanghai Five.4 Kazakhstan agreed.';
    const graph: Graph = {
      format: 'silkmap-graph', version: 2, generator: { name: 'test', version: '0' },
      documents: [{ id: 'd1', path: 'a.txt', title: 'A', length: 60 }],
      passages: [{ id: 'd1:p0', documentId: 'd1', postIndex: 0, postTitle: 'A', text, sourceStart: 0, sourceEnd: text.length, sentences: [[0, 32], [33, 51]] }],
      nodes: [{ id: 'state:china', label: 'China', type: 'state', aliases: ['China'], mentionCount: 1, documentCount: 1, mentions: [{ passageId: 'd1:p0', start: 0, end: 5 }] }],
      edges: [],
    };
    expect(validateGraph(graph).ok).toBe(true);
    const pack = collectEvidence(graph, { kind: 'actor', actorId: 'state:china' });
    expect(pack.sentences[0]?.text).toBe('China joined the Shanghai Five.4');
    const markdown = evidenceToMarkdown(pack);
    expect(markdown).toContain('> China joined the Shanghai Five.\n');
    expect(markdown).toContain('characters 0–32');
    const rows = Papa.parse<string[]>(evidenceToCsv(pack).trim()).data;
    expect(rows[1]?.[1]).toBe('China joined the Shanghai Five.');
    expect(rows[1]?.slice(6)).toEqual(['0', '32']);
  });
});
