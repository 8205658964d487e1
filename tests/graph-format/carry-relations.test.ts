/**
 * The relation ledger (carry-relations.ts) on its own: which sentence relations it keeps, how
 * they follow renames, hides and merges, how `set` replaces one, and how they are put back on
 * rebuilt edges. Also the small helpers beside it: migrateGraph, serializeGraph and the
 * shown sentence's highlight order. Expected values written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { RelationLedger } from '../../src/graph-format/carry-relations.ts';
import { migrateGraph } from '../../src/graph-format/migrate.ts';
import { serializeGraph, serializeGraphFile } from '../../src/graph-format/serialize.ts';
import { displaySentence, footnoteMarkers } from '../../src/graph-format/display-sentence.ts';
import type { EvidenceRelation, Graph, GraphEdge } from '../../src/graph-format/types.ts';

const item = (passageId: string, sentence: number, relation?: EvidenceRelation) =>
  ({ passageId, sentence, start: 0, end: 5, ...(relation ? { relation } : {}) });
const edge = (source: string, target: string, evidence: ReturnType<typeof item>[]): GraphEdge =>
  ({ id: `${source}|${target}`, source, target, weight: evidence.length, documentCount: 1, evidence });

/** a|b: p0 s0 "a funds b", p0 s1 untyped; a|c: p1 s0 "meets". */
const typedEdges = () => [
  edge('a', 'b', [item('p0', 0, { type: 'funds', from: 'a', to: 'b' }), item('p0', 1)]),
  edge('a', 'c', [item('p1', 0, { type: 'meets' })]),
];
/** The same links rebuilt from the nodes: no relations. */
const bareEdges = () => [edge('a', 'b', [item('p0', 0), item('p0', 1)]), edge('a', 'c', [item('p1', 0)])];

describe('RelationLedger', () => {
  it('puts each sentence\'s relation back on rebuilt edges, with the summary', () => {
    const rebuilt = new RelationLedger(typedEdges()).attachTo(bareEdges());
    expect(rebuilt).toStrictEqual([
      { ...edge('a', 'b', [item('p0', 0, { type: 'funds', from: 'a', to: 'b' }), item('p0', 1)]), relations: [{ type: 'funds', from: 'a', to: 'b', count: 1 }] },
      { ...edge('a', 'c', [item('p1', 0, { type: 'meets' })]), relations: [{ type: 'meets', count: 1 }] },
    ]);
  });

  it('leaves an edge none of whose sentences has a relation as it is', () => {
    const bare = bareEdges();
    const ledger = new RelationLedger([typedEdges()[1]!]);
    const rebuilt = ledger.attachTo(bare);
    expect(rebuilt[0]).toBe(bare[0]);
    expect(rebuilt[1]!.relations).toEqual([{ type: 'meets', count: 1 }]);
    // no relations at all: the same edges
    const none = new RelationLedger(bare).attachTo(bare);
    expect(none).toStrictEqual(bare);
    expect(none[0]).toBe(bare[0]);
  });

  it('follows a rename to the new id, whichever end the new id sorts to, and renames from/to', () => {
    const ledger = new RelationLedger(typedEdges());
    ledger.renameActor('a', 'z');
    // the rebuilt links are b|z and c|z: z now sorts last
    const rebuilt = ledger.attachTo([edge('b', 'z', [item('p0', 0), item('p0', 1)]), edge('c', 'z', [item('p1', 0)])]);
    expect(rebuilt.map((link) => link.evidence[0]!.relation)).toStrictEqual([{ type: 'funds', from: 'z', to: 'b' }, { type: 'meets' }]);
    ledger.renameActor('b', 'y');
    expect(ledger.attachTo([edge('y', 'z', [item('p0', 0)])])[0]!.evidence[0]!.relation).toStrictEqual({ type: 'funds', from: 'z', to: 'y' });
  });

  it('drops the relations of a hidden actor and of two actors merged into one', () => {
    const hidden = new RelationLedger(typedEdges());
    hidden.renameActor('b', undefined);
    const bare = bareEdges();
    const afterHide = hidden.attachTo(bare);
    expect(afterHide[0]).toBe(bare[0]);
    expect(afterHide[1]!.evidence[0]!.relation).toEqual({ type: 'meets' });
    const merged = new RelationLedger(typedEdges());
    merged.renameActor('c', 'a');
    const afterMerge = merged.attachTo(bare);
    expect(afterMerge[1]).toBe(bare[1]);
    expect(afterMerge[0]!.evidence[0]!.relation).toEqual({ type: 'funds', from: 'a', to: 'b' });
  });

  it('sets a sentence\'s relation, replacing the one between the same two actors in either order', () => {
    const ledger = new RelationLedger(typedEdges());
    ledger.set('p0', 0, 'b', 'a', { type: 'agrees' });
    ledger.set('p0', 1, 'a', 'b', { type: 'trades', from: 'a', to: 'b' });
    // other ends, other sentence or other passage: nothing replaced
    ledger.set('p0', 0, 'a', 'c', { type: 'supports', from: 'a', to: 'c' });
    ledger.set('p1', 0, 'c', 'b', { type: 'attacks' });
    ledger.set('p1', 1, 'a', 'c', { type: 'criticises' });
    ledger.set('p9', 0, 'a', 'b', { type: 'belongs' });
    const rebuilt = ledger.attachTo([edge('a', 'b', [item('p0', 0), item('p0', 1)]), edge('a', 'c', [item('p0', 0), item('p1', 0)])]);
    expect(rebuilt.map((link) => link.evidence.map((evidence) => evidence.relation))).toStrictEqual([
      [{ type: 'agrees' }, { type: 'trades', from: 'a', to: 'b' }],
      [{ type: 'supports', from: 'a', to: 'c' }, { type: 'meets' }],
    ]);
    // set twice for the same sentence and ends: the last one counts
    ledger.set('p0', 0, 'a', 'b', { type: 'none' });
    expect(ledger.attachTo([edge('a', 'b', [item('p0', 0)])])[0]!.evidence[0]!.relation).toEqual({ type: 'none' });
  });
});

describe('migrateGraph', () => {
  it('brings a version 1 graph to version 2 in a copy and hands everything else back as it is', () => {
    const v1 = { format: 'silkmap-graph', version: 1, nodes: [] };
    const migrated = migrateGraph(v1);
    expect(migrated).toStrictEqual({ format: 'silkmap-graph', version: 2, nodes: [] });
    expect(v1.version).toBe(1);
    for (const other of [{ format: 'other', version: 1 }, { format: 'silkmap-graph', version: 2 }, 'text', 7]) expect(migrateGraph(other)).toBe(other);
    expect(migrateGraph(null)).toBeNull();
    expect(migrateGraph(undefined)).toBeUndefined();
    // an array or a function that happens to carry the fields is not a graph
    const array = Object.assign([], { format: 'silkmap-graph', version: 1 });
    expect(migrateGraph(array)).toBe(array);
    const fn = Object.assign(() => 0, { format: 'silkmap-graph', version: 1 });
    expect(migrateGraph(fn)).toBe(fn);
  });
});

describe('serializeGraph', () => {
  it('is the compact JSON with one final newline; the file form is the encoded graph', () => {
    const graph = { format: 'silkmap-graph', version: 2, generator: { name: 'g', version: '1' }, documents: [], passages: [], nodes: [], edges: [] } as unknown as Graph;
    expect(serializeGraph(graph)).toBe('{"format":"silkmap-graph","version":2,"generator":{"name":"g","version":"1"},"documents":[],"passages":[],"nodes":[],"edges":[]}\n');
    expect(serializeGraphFile(graph)).toBe('{"format":"silkmap-graph","version":3,"contract":2,"generator":{"name":"g","version":"1"},"documents":[],"passages":[],"nodes":[],"edges":[]}\n');
  });
});

describe('displaySentence details', () => {
  it('sorts highlights by start then end, and drops empty ones', () => {
    //      0         1         2
    //      0123456789012345678901234
    const text = 'Xi met Putin and Tokayev.';
    expect(displaySentence(text, 0, 25, [[17, 24], [7, 12], [0, 12], [0, 2], [5, 5]]).highlights).toEqual([[0, 2], [0, 12], [7, 12], [17, 24]]);
  });

  it('takes digits after a word of three letters as a marker, not after two', () => {
    expect(footnoteMarkers('Ali7 fled')).toEqual([[3, 4]]);
    expect(footnoteMarkers('Go to an.7 now')).toEqual([]);
    expect(displaySentence('Ali7 fled', 0, 9)).toEqual({ text: 'Ali fled', highlights: [] });
  });
});
