/**
 * Decoding a compact (version 3) graph file field by field, and every structural error the
 * decoder names. The file below is written by hand and the decoded graph worked out by hand
 * (offsets in comments); decodeGraphFile does not validate, so the graph need not be valid.
 */
import { describe, expect, it } from 'vitest';
import { decodeGraphFile, isGraphFile } from '../../src/graph-format/codec-decode.ts';

type File = Record<string, unknown> & { passages: unknown[][]; nodes: unknown[][]; edges: unknown[][] };

function handFile(): File {
  return {
    format: 'silkmap-graph',
    version: 3,
    contract: 2,
    generator: { name: 'hand', version: '1' },
    overview: { derived: true },
    notes: 'kept',
    documents: [{ id: 'd:x', path: 'x.txt', title: 'X', length: 40 }, { id: 'd:y', path: 'y.txt', title: 'Y', length: 3 }],
    passages: [
      // sentences [0+0, 0+6] = [0, 6], then [6+1, 7+6] = [7, 13]
      [0, 0, 'T1', 'Ab cd. Ef gh.', 2, 15, [0, 6, 1, 6]],
      [1, 0, ['T2', '2020-01'], 'Ij.', 0, 3, [0, 3]],
      // post 0: the previous passage's title and date; second passage of d:x → d:x#p1
      [0, 1, 0, 'Kl mn.', 20, 26, [0, 6], { flag: true }],
    ],
    nodes: [
      // passage 0, [0, 2]; passage 0+2 = 2, [3, 3+2]
      [0, 'Ab Cd', 'person', ['Ab'], [0, 0, 2, 2, 3, 2], 1],
      ['custom', 'Ij', 'state', ['Ij'], [1, 0, 2], 1, { note: 'n', $mentions: [{ role: 'x' }] }],
    ],
    edges: [
      // passage 0 sentence 1 = [7, 13]; passage 0+1 = 1 sentence 0 = [0, 3]
      [0, 1, 2, [0, 1, 1, 0], { $evidence: [0, { relation: 'r' }], tag: 1 }],
    ],
  };
}

const errorsOf = (change: (file: File) => void): string[] => {
  const file = handFile();
  change(file);
  const result = decodeGraphFile(file);
  return result.ok ? [] : result.errors;
};

describe('decoding a compact graph file', () => {
  it('gives back the hand-worked graph', () => {
    expect(decodeGraphFile(handFile())).toStrictEqual({
      ok: true,
      graph: {
        format: 'silkmap-graph',
        version: 2,
        generator: { name: 'hand', version: '1' },
        documents: [{ id: 'd:x', path: 'x.txt', title: 'X', length: 40 }, { id: 'd:y', path: 'y.txt', title: 'Y', length: 3 }],
        passages: [
          { id: 'd:x#p0', documentId: 'd:x', postIndex: 0, postTitle: 'T1', text: 'Ab cd. Ef gh.', sourceStart: 2, sourceEnd: 15, sentences: [[0, 6], [7, 13]] },
          { id: 'd:y#p0', documentId: 'd:y', postIndex: 0, postTitle: 'T2', text: 'Ij.', sourceStart: 0, sourceEnd: 3, sentences: [[0, 3]], postDate: '2020-01' },
          { id: 'd:x#p1', documentId: 'd:x', postIndex: 1, postTitle: 'T2', text: 'Kl mn.', sourceStart: 20, sourceEnd: 26, sentences: [[0, 6]], postDate: '2020-01', flag: true },
        ],
        nodes: [
          { id: 'person:ab-cd', label: 'Ab Cd', type: 'person', aliases: ['Ab'], mentionCount: 2, documentCount: 1,
            mentions: [{ passageId: 'd:x#p0', start: 0, end: 2 }, { passageId: 'd:x#p1', start: 3, end: 5 }] },
          { id: 'custom', label: 'Ij', type: 'state', aliases: ['Ij'], mentionCount: 1, documentCount: 1,
            mentions: [{ passageId: 'd:y#p0', start: 0, end: 2, role: 'x' }], note: 'n' },
        ],
        edges: [{
          id: 'custom|person:ab-cd', source: 'person:ab-cd', target: 'custom', weight: 2, documentCount: 2,
          evidence: [{ passageId: 'd:x#p0', sentence: 1, start: 7, end: 13 }, { passageId: 'd:y#p0', sentence: 0, start: 0, end: 3, relation: 'r' }],
          tag: 1,
        }],
        notes: 'kept',
      },
    });
  });

  it('hands anything but a version 3 file on unchanged', () => {
    const old = { ...handFile(), version: 2 };
    expect(isGraphFile(old)).toBe(false);
    expect(isGraphFile({ ...handFile(), format: 'other' })).toBe(false);
    expect(isGraphFile(handFile())).toBe(true);
    expect(isGraphFile(null)).toBe(false);
    expect(isGraphFile([])).toBe(false);
    expect(decodeGraphFile(old)).toEqual({ ok: true, graph: old });
    expect(decodeGraphFile('text')).toEqual({ ok: true, graph: 'text' });
  });

  it('a passage whose document has no string id gets an empty document id', () => {
    const result = decodeGraphFile({ ...handFile(), documents: [{ path: 'x.txt' }, 7] });
    expect(result.ok).toBe(true);
    const passages = (result as { graph: { passages: { id: string; documentId: string }[] } }).graph.passages;
    expect(passages.map((passage) => passage.id)).toEqual(['#p0', '#p1', '#p2']);
  });

  it('names every structural problem exactly', () => {
    expect(errorsOf((f) => { delete f.documents; })).toEqual(['documents: expected an array']);
    expect(errorsOf((f) => { f.passages = {} as never; })).toEqual(['passages: expected an array']);
    expect(errorsOf((f) => { f.edges = 'x' as never; })).toEqual(['edges: expected an array']);
    expect(errorsOf((f) => { f.contract = '2'; })).toEqual(['contract: expected the version of the graph contract (a number)']);
    expect(errorsOf((f) => { f.passages[0]!.push({}, {}); })).toEqual(['passages.0: expected an array of 7 fields (and an optional object)']);
    expect(errorsOf((f) => { f.passages[1] = 'p' as never; })).toEqual(['passages.1: expected an array of 7 fields (and an optional object)']);
    expect(errorsOf((f) => { f.passages[0]![0] = 2; })).toEqual(['passages.0: document 2 is not an index below 2']);
    expect(errorsOf((f) => { f.passages[0]![0] = -1; })).toEqual(['passages.0: document -1 is not an index below 2']);
    expect(errorsOf((f) => { f.passages[0]![0] = 0.5; })).toEqual(['passages.0: document 0.5 is not an index below 2']);
    expect(errorsOf((f) => { f.passages[0]![2] = 0; })).toEqual(['passages.0: the first passage cannot repeat the previous post']);
    for (const post of [['T'], ['T', 3], [3, 'T'], ['T', 'D', 'E'], 1, null]) {
      expect(errorsOf((f) => { f.passages[1]![2] = post; })).toEqual(['passages.1: post must be 0, a title or [title, date]']);
    }
    expect(errorsOf((f) => { f.passages[0]![6] = [0, 6, 1]; })).toEqual(['passages.0: sentences must be whole numbers in groups of 2']);
    expect(errorsOf((f) => { f.passages[0]![6] = [0, 6, 1, 6.5]; })).toEqual(['passages.0: sentences must be whole numbers in groups of 2']);
    expect(errorsOf((f) => { f.passages[0]![6] = 'x'; })).toEqual(['passages.0: sentences must be whole numbers in groups of 2']);
    expect(errorsOf((f) => { f.passages[2]![7] = [1]; })).toEqual(['passages.2: field 8 must be an object of extra fields']);
    expect(errorsOf((f) => { f.nodes[0]!.push(null); })).toEqual(['nodes.0: field 7 must be an object of extra fields']);
    expect(errorsOf((f) => { f.nodes[0]!.push([]); })).toEqual(['nodes.0: field 7 must be an object of extra fields']);
    expect(errorsOf((f) => { (f.nodes[1]![6] as Record<string, unknown>).$mentions = [[]]; })).toEqual(['nodes.1: $mentions must be a list of objects or 0']);
    expect(errorsOf((f) => { f.nodes[0]!.length = 5; })).toEqual(['nodes.0: expected an array of 6 fields (and an optional object)']);
    expect(errorsOf((f) => { f.nodes[0]![4] = [0, 0, 2, 3, 3, 2]; })).toEqual(['nodes.0.mentions.1: passage 3 is not an index below 3']);
    expect(errorsOf((f) => { f.nodes[0]![4] = [0, 0, 2, -1, 3, 2]; })).toEqual(['nodes.0.mentions.1: passage -1 is not an index below 3']);
    expect(errorsOf((f) => { f.nodes[1]![4] = [0, 0, 2.5]; })).toEqual(['nodes.1: mentions must be whole numbers in groups of 3']);
    expect(errorsOf((f) => { f.nodes[0]![1] = 5; })).toEqual(['nodes.0: expected a label and an actor type']);
    expect(errorsOf((f) => { f.nodes[0]![2] = 'country'; })).toEqual(['nodes.0: expected a label and an actor type']);
    expect(errorsOf((f) => { (f.nodes[1]![6] as Record<string, unknown>).$mentions = { role: 'x' }; })).toEqual(['nodes.1: $mentions must be a list of objects or 0']);
    expect(errorsOf((f) => { (f.nodes[1]![6] as Record<string, unknown>).$mentions = [1]; })).toEqual(['nodes.1: $mentions must be a list of objects or 0']);
    expect(errorsOf((f) => { (f.edges[0]![4] as Record<string, unknown>).$evidence = [null]; })).toEqual(['edges.0: $evidence must be a list of objects or 0']);
    expect(errorsOf((f) => { f.edges[0]![0] = 2; })).toEqual(['edges.0: source 2 is not an index below 2']);
    expect(errorsOf((f) => { f.edges[0]![1] = '1'; })).toEqual(['edges.0: target 1 is not an index below 2']);
    expect(errorsOf((f) => { f.edges[0]!.length = 3; })).toEqual(['edges.0: expected an array of 4 fields (and an optional object)']);
    expect(errorsOf((f) => { f.edges[0]![3] = [0, 1, 1]; })).toEqual(['edges.0: evidence must be whole numbers in groups of 2']);
    expect(errorsOf((f) => { f.edges[0]![3] = [0, 1, 3, 0]; })).toEqual(['edges.0.evidence.1: passage 3 is not an index below 3']);
    expect(errorsOf((f) => { f.edges[0]![3] = [-1, 0]; })).toEqual(['edges.0.evidence.0: passage -1 is not an index below 3']);
    expect(errorsOf((f) => { f.edges[0]![3] = [0, 1, 1, 1]; })).toEqual(['edges.0.evidence.1: passage "d:y#p0" has no sentence 1']);
    expect(errorsOf((f) => { f.edges[0]![3] = [0, 2]; })).toEqual(['edges.0.evidence.0: passage "d:x#p0" has no sentence 2']);
  });

  it('accepts the last passage index and a tuple with its optional object', () => {
    // passage 0+2 = 2 is the last of three; sentence 0 of d:x#p1 is [0, 6].
    const result = decodeGraphFile({ ...handFile(), edges: [[0, 1, 1, [2, 0], {}]] });
    expect(result.ok && (result.graph as { edges: unknown[] }).edges).toEqual([
      { id: 'custom|person:ab-cd', source: 'person:ab-cd', target: 'custom', weight: 1, documentCount: 1, evidence: [{ passageId: 'd:x#p1', sentence: 0, start: 0, end: 6 }] },
    ]);
  });

  it('lines up each mention\'s and evidence item\'s own extra fields with it', () => {
    const file = handFile();
    // node 0: mentions in passages 0 and 2; the second carries { role: 'b' }
    file.nodes[0]!.push({ $mentions: [0, { role: 'b' }] });
    const result = decodeGraphFile(file);
    const mentions = (result as { graph: { nodes: { mentions: unknown[] }[] } }).graph.nodes[0]!.mentions;
    expect(mentions).toStrictEqual([{ passageId: 'd:x#p0', start: 0, end: 2 }, { passageId: 'd:x#p1', start: 3, end: 5, role: 'b' }]);
    // a list with 0 and a number in it is refused, not only a list of numbers
    expect(errorsOf((f) => { f.nodes[0]!.push({ $mentions: [0, 1] }); })).toEqual(['nodes.0: $mentions must be a list of objects or 0']);
  });

  it('rethrows what is not a file error', () => {
    const file = handFile();
    Object.defineProperty(file, 'contract', { get: () => { throw new RangeError('boom'); }, enumerable: true });
    expect(() => decodeGraphFile(file)).toThrow(RangeError);
  });
});
