import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/graph-format/index.ts';
import { expectSoundExtraction } from '../helpers/graph-oracle.ts';
import { extractGraph, type DocumentAnalysis, type DocumentCache, type SourceFile } from '../../src/extract/index.ts';

const file = (path: string, text: string): SourceFile => ({ path, bytes: new TextEncoder().encode(text) });

const postA = [
  'Notes From Tashkent',
  '',
  'President Shavkat Mirziyoyev met the Shanghai Cooperation Organisation (SCO) in Tashkent. Mirziyoyev praised China’s help.',
  '',
  'Beijing said the SCO would grow. Kazakhstan and Russia agreed.',
].join('\n');
const postB = [
  'Another Post',
  '',
  'Uzbek officials and the SCO discussed Russia and China. Mirziyoyev was absent.',
].join('\n');

const checkInvariants = expectSoundExtraction;

describe('extractGraph', () => {
  const result = extractGraph([file('b.txt', postB), file('a.txt', postA)]);
  const byLabel = new Map(result.graph.nodes.map((node) => [node.label, node]));

  it('finds the actors with their types, aliases and counts', () => {
    expect(byLabel.get('Shavkat Mirziyoyev')).toMatchObject({ type: 'person', mentionCount: 3, documentCount: 2, aliases: ['Mirziyoyev', 'Shavkat Mirziyoyev'] });
    expect(byLabel.get('Shanghai Cooperation Organisation')).toMatchObject({ type: 'organisation', mentionCount: 4, aliases: ['SCO', 'Shanghai Cooperation Organisation'] });
    expect(byLabel.get('China')).toMatchObject({ type: 'state', aliases: ['Beijing', 'China'] });
    expect(byLabel.get('Uzbekistan')).toMatchObject({ type: 'state', aliases: ['Uzbek'] });
    expect(byLabel.has('Tashkent')).toBe(false);
  });

  it('links co-mentioned actors with weight and document count', () => {
    const edge = result.graph.edges.find((e) => e.id === 'organisation:shanghai-cooperation-organisation|state:china');
    expect(edge).toMatchObject({ weight: 2, documentCount: 2 });
  });

  it('reports stats and keeps documents in path order', () => {
    expect(result.graph.documents.map((d) => d.path)).toEqual(['a.txt', 'b.txt']);
    expect(result.stats).toEqual({
      documents: 2,
      passages: 3,
      actorsByType: { state: 4, organisation: 1, firm: 0, person: 1 },
      edges: result.graph.edges.length,
    });
    checkInvariants(result.graph);
  });

  it('gives byte-identical output whatever the file order', () => {
    const again = extractGraph([file('a.txt', postA), file('b.txt', postB)]);
    expect(serializeGraph(again.graph)).toBe(serializeGraph(result.graph));
  });

  it('skips binary and empty files with reasons and keeps the rest', () => {
    const mixed = extractGraph([file('a.txt', postA), { path: 'img.txt', bytes: new Uint8Array([0x89, 0x50, 0x00, 0x01]) }, file('empty.md', '  \n')]);
    expect(mixed.skipped).toEqual([{ path: 'empty.md', reason: 'empty' }, { path: 'img.txt', reason: 'binary file' }]);
    expect(mixed.graph.documents).toHaveLength(1);
  });

  it('uses the cache and gives the same graph from it', () => {
    const store = new Map<string, DocumentAnalysis>();
    let hits = 0;
    const cache: DocumentCache = {
      keyOf: (bytes) => `${bytes.length}:${bytes.reduce((sum, byte) => (sum * 31 + byte) % 1_000_000_007, 7)}`,
      get: (key) => {
        const value = store.get(key);
        if (value) hits++;
        return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as DocumentAnalysis);
      },
      set: (key, value) => void store.set(key, value),
    };
    const cold = extractGraph([file('a.txt', postA), file('b.txt', postB)], { cache });
    expect(store.size).toBe(2);
    const warm = extractGraph([file('a.txt', postA), file('b.txt', postB)], { cache });
    expect(hits).toBe(2);
    expect(serializeGraph(warm.graph)).toBe(serializeGraph(cold.graph));
  });

  it('applies overrides to the extracted graph and reports what applied', () => {
    const plain = extractGraph([file('a.txt', postA)]);
    const china = plain.graph.nodes.find((node) => node.label === 'China')!;
    const result = extractGraph([file('a.txt', postA)], { overrides: { format: 'silkmap-overrides', version: 1, operations: [{ op: 'hide', id: china.id }, { op: 'hide', id: 'state:atlantis' }] } });
    expect(result.graph.nodes.map((node) => node.id)).not.toContain(china.id);
    expect(result.graph.nodes.length).toBe(plain.graph.nodes.length - 1);
    expect(result.overrides).toEqual({ applied: 1, warnings: [{ index: 1, op: 'hide', reason: 'no actor "state:atlantis"' }] });
    expect(result.notes).toEqual([]);
  });

  it('reads HTML without scripts and navigation', () => {
    const html = '<html><body><nav>Kazakhstan Menu</nav><script>var Russia = 1;</script><h1>Title</h1><p>Beijing said China and Kazakhstan agreed.</p></body></html>';
    const graph = extractGraph([file('page.html', html)]).graph;
    expect(graph.nodes.map((n) => n.label)).toEqual(['China', 'Kazakhstan']);
    expect(graph.nodes.find((n) => n.label === 'Kazakhstan')!.mentionCount).toBe(1);
  });

  it('counts a link once per sentence and once per document (hand-worked)', () => {
    // China and Russia share two sentences of a.txt and one of b.txt: weight 3, two documents.
    const graph = extractGraph([
      file('a.txt', 'China and Russia met. Russia thanked China.\n\nNothing else happened.'),
      file('b.txt', 'Later, Russia and China agreed.'),
    ]).graph;
    expect(graph.edges.map(({ id, weight, documentCount }) => ({ id, weight, documentCount }))).toEqual([
      { id: 'state:china|state:russia', weight: 3, documentCount: 2 },
    ]);
    expect(graph.nodes.map(({ id, mentionCount, documentCount }) => ({ id, mentionCount, documentCount }))).toEqual([
      { id: 'state:china', mentionCount: 3, documentCount: 2 },
      { id: 'state:russia', mentionCount: 3, documentCount: 2 },
    ]);
  });

  it('reads a bare surname as the full name from the same document, even when another is mentioned more (hand-worked)', () => {
    const graph = extractGraph([
      file('a.txt', 'President Ilham Aliyev met China. Ilham Aliyev praised Russia. Ilham Aliyev left Kazakhstan.'),
      file('b.txt', 'Former President Heydar Aliyev visited Russia. Later Aliyev thanked Kazakhstan.'),
    ]).graph;
    const heydar = graph.nodes.find((node) => node.label === 'Heydar Aliyev');
    const ilham = graph.nodes.find((node) => node.label === 'Ilham Aliyev');
    expect([heydar?.aliases, heydar?.mentionCount]).toEqual([['Aliyev', 'Heydar Aliyev'], 2]);
    expect([ilham?.aliases, ilham?.mentionCount]).toEqual([['Ilham Aliyev'], 3]);
  });

  it('gives the same bytes for any order of the same files', () => {
    const texts = ['Beijing said China and Kazakhstan agreed.', 'President Xi Jinping met Uzbek officials.\n\nXi spoke.', 'The SCO and Russia met.', 'Nothing here.'];
    const files = texts.map((text, index) => file(`d${index}.txt`, text));
    const expected = serializeGraph(extractGraph(files).graph);
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }), (shuffled) => {
        expect(serializeGraph(extractGraph(shuffled).graph)).toBe(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('never crashes on random or hostile text, and keeps its invariants', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('China', ' Beijing said ', 'President Xi Jinping', '\n\n', '.', ' (SCO)', '’s', '12', '\u202e', '\u0000', '<script>x</script>', 'ＡＢＣ', ' the Kyrgyz asked', 'Ministry of Foreign Affairs'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const outcome = extractGraph([file('random.txt', pieces.join(''))]);
        checkInvariants(outcome.graph);
      }),
      { numRuns: 150 },
    );
  });
});
