/**
 * URL state, randomised (fast-check): every combination of filter values, size-by, colour-by
 * and selection (an actor, a link, or none) survives a trip through the address bar into the
 * store of a loaded graph, and hand-edited numbers are clamped to the values worked out below.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTOR_TYPES, RELATION_TYPES } from '../../src/graph-format/index.ts';
import { explorerStore, DEFAULT_FILTERS } from '../../src/explorer/store/index.ts';
import { readUrlState, startUrlSync, writeUrlState, type UrlState } from '../../src/explorer/url/index.ts';
import { loadSmallGraph, smallGraph } from './helpers.ts';

const graph = smallGraph();
const selection = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...graph.nodes.map((node) => ({ kind: 'node' as const, id: node.id }))),
  fc.constantFrom(...graph.edges.map((edge) => ({ kind: 'edge' as const, id: edge.id }))),
);
const count = fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 1_000_000 }));
const urlState: fc.Arbitrary<UrlState> = fc.record({
  selection,
  filters: fc.record({
    // Types are kept in the contract's order, as the app shows and writes them.
    types: fc.subarray([...ACTOR_TYPES]),
    minMentions: count,
    minEdgeWeight: count,
    hubs: fc.constantFrom('show' as const, 'fade' as const, 'hide' as const),
    weightMode: fc.constantFrom('sentences' as const, 'pmi' as const),
    focus: fc.constantFrom(0 as const, 1 as const, 2 as const),
    relationTypes: fc.subarray([...RELATION_TYPES]),
  }),
  sizeBy: fc.constantFrom('mentions' as const, 'degree' as const, 'pagerank' as const),
  colourBy: fc.constantFrom('type' as const, 'community' as const),
});

describe('URL state round trip (fast-check)', () => {
  beforeEach(() => { loadSmallGraph(); window.history.replaceState(null, '', '/'); });

  it('opening a written link restores exactly that view in the store, and leaves the address as it was', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        loadSmallGraph();
        const search = writeUrlState('?graph=fixtures/small.json', state);
        window.history.replaceState(null, '', `/${search}`);
        const stop = startUrlSync(explorerStore);
        try {
          const now = explorerStore.getState();
          expect({ selection: now.selection, filters: now.filters, sizeBy: now.sizeBy, colourBy: now.colourBy }).toEqual(state);
          expect(window.location.search).toBe(search);
        } finally {
          stop();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps hubs=hide (and every other filter) when the link names a link or an actor', () => {
    const link = graph.edges[0]!.id;
    for (const search of [`?link=${encodeURIComponent(link)}&hubs=hide`, `?actor=state%3Achina&hubs=hide&focus=1`]) {
      const state = readUrlState(search, explorerStore.getState().model);
      expect(state.filters.hubs).toBe('hide');
      expect(state.selection).not.toBeNull();
    }
  });

  // Hand-worked: counts below 1 become 1, above a million a million; anything but 1–7 digits is the default.
  const clamps: [string, number | 'default'][] = [['0', 1], ['00', 1], ['1', 1], ['7', 7], ['999999', 999_999], ['1000000', 1_000_000], ['9999999', 1_000_000], ['-5', 'default'], ['1e3', 'default'], ['', 'default'], ['12345678', 'default'], ['3.5', 'default']];
  it.each(clamps)('minMentions and minWeight = "%s" read as %s', (text, expected) => {
    const state = readUrlState(`?minMentions=${encodeURIComponent(text)}&minWeight=${encodeURIComponent(text)}`, null);
    expect(state.filters.minMentions).toBe(expected === 'default' ? DEFAULT_FILTERS.minMentions : expected);
    expect(state.filters.minEdgeWeight).toBe(expected === 'default' ? DEFAULT_FILTERS.minEdgeWeight : expected);
  });

  it('reads any hand-edited query without throwing, into a state that writes back to itself', () => {
    const key = fc.constantFrom('actor', 'link', 'types', 'minMentions', 'minWeight', 'hubs', 'weight', 'focus', 'size', 'colour', 'graph');
    const value = fc.oneof(fc.string(), fc.constantFrom('0', '-1', 'hide', 'fade', 'pmi', '1', '2', '3', 'state,firm', 'bogus', 'state:china', ''));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 8 }), (pairs) => {
        const search = `?${new URLSearchParams(pairs).toString()}`;
        const model = explorerStore.getState().model;
        const state = readUrlState(search, model);
        expect(state.filters.minMentions).toBeGreaterThanOrEqual(1);
        expect(state.filters.minEdgeWeight).toBeGreaterThanOrEqual(1);
        expect(readUrlState(writeUrlState('', state), model)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
