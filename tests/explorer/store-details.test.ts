/**
 * Store logic with no DOM: search, table order, excerpts and highlight runs, on the small
 * fixture (tests/fixtures/graphs/small.json). Expected values are worked out by hand from the
 * fixture's nodes (index: label, mentions, links) listed here:
 *   0 China National Petroleum Corporation (aliases CNPC) 2 mentions, 2 links
 *   1 Huawei 2, 4          2 Eurasian Economic Union (EAEU) 2, 3     3 Shanghai Cooperation Organisation (SCO) 3, 2
 *   4 Kassym-Jomart Tokayev 2, 3      5 Shavkat Mirziyoyev 2, 2     6 Xi Jinping (President Xi, Xi) 2, 2
 *   7 China (Beijing) 7, 6   8 Kazakhstan (Astana) 6, 8   9 Kyrgyzstan (Bishkek) 4, 6
 *   10 Russia (Moscow) 5, 5   11 Uzbekistan (Tashkent) 5, 7
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { actorExcerpts, DEFAULT_FILTERS, edgeExcerpts, highlightRuns, searchActors, selectVisibility, sortedActorRows } from '../../src/explorer/store/index.ts';
import type { GraphModel } from '../../src/explorer/store/types.ts';
import type { GraphMeasures } from '../../src/analysis/types.ts';
import { loadSmallGraph } from './helpers.ts';

let model: GraphModel;
beforeEach(() => { model = loadSmallGraph(); });

describe('search', () => {
  it.each([
    ['china', [7, 0]], // the label itself, then a label that starts so
    ['CHINA  ', [7, 0]],
    ['sco', [3, 10]], // an alias and the initials, then "Moscow" containing it
    ['eeu', [2]], // initials of Eurasian Economic Union
    ['eaeu', [2]],
    ['xi', [6]],
    ['tashkent', [11]],
    ['tash', [11]], // an alias that starts so
    ['president', [6]],
    ['jomart', [4]], // a word inside a hyphenated name
    ['petroleum', [0]],
    // Labels starting with k (by mentions: Kazakhstan 6, Kyrgyzstan 4, Kassym-Jomart Tokayev 2), then names containing k
    // (Uzbekistan 5, Shavkat Mirziyoyev 2).
    ['k', [8, 9, 4, 11, 5]],
    ['  ', []],
    ['zzz', []],
  ])('%j → %j', (query, expected) => {
    expect(searchActors(model, query)).toEqual(expected);
  });

  it('stops at the limit', () => {
    expect(searchActors(model, 'k', 2)).toEqual([8, 9]);
  });
});

describe('table order', () => {
  const visibility = (): ReturnType<typeof selectVisibility> => selectVisibility(model, DEFAULT_FILTERS, null);

  it('sorts visible actors by name, mentions or links, ties by name in either direction', () => {
    expect(visibility().visibleNodes.length).toBe(12);
    expect([...sortedActorRows(model, visibility(), { key: 'name', direction: 'ascending' })]).toEqual([7, 0, 2, 1, 4, 8, 9, 10, 3, 5, 11, 6]);
    expect([...sortedActorRows(model, visibility(), { key: 'name', direction: 'descending' })]).toEqual([6, 11, 5, 3, 10, 9, 8, 4, 1, 2, 0, 7]);
    expect([...sortedActorRows(model, visibility(), { key: 'mentions', direction: 'descending' })]).toEqual([7, 8, 10, 11, 9, 3, 0, 2, 1, 4, 5, 6]);
    expect([...sortedActorRows(model, visibility(), { key: 'mentions', direction: 'ascending' })]).toEqual([0, 2, 1, 4, 5, 6, 3, 9, 10, 11, 8, 7]);
    expect([...sortedActorRows(model, visibility(), { key: 'connections', direction: 'descending' })]).toEqual([8, 11, 7, 9, 10, 1, 2, 4, 0, 3, 5, 6]);
  });

  it('sorts by a measure once it has arrived, else by name; ignores measures for the other keys', () => {
    const byPagerank = { key: 'pagerank', direction: 'descending' } as const;
    expect([...sortedActorRows(model, visibility(), byPagerank)]).toEqual([7, 0, 2, 1, 4, 8, 9, 10, 3, 5, 11, 6]);
    const measures = { nodes: { 'state:china': { pagerank: 0.5 }, 'firm:huawei': { pagerank: 0.3 } } } as unknown as GraphMeasures;
    expect([...sortedActorRows(model, visibility(), byPagerank, measures)]).toEqual([7, 1, 0, 2, 4, 8, 9, 10, 3, 5, 11, 6]);
    expect([...sortedActorRows(model, visibility(), { key: 'pagerank', direction: 'ascending' }, measures)]).toEqual([0, 2, 4, 8, 9, 10, 3, 5, 11, 6, 1, 7]);
    expect([...sortedActorRows(model, visibility(), { key: 'name', direction: 'ascending' }, measures)]).toEqual([7, 0, 2, 1, 4, 8, 9, 10, 3, 5, 11, 6]);
  });
});

describe('excerpts', () => {
  const post0 = { postTitle: 'Paving the Digital Silk Road with the Shanghai Cooperation Organisation', postDate: '2021-03-02', documentTitle: 'Journal pieces' };

  it('gives every sentence that mentions an actor, its mentions marked, grouped by post', () => {
    // Huawei: "Huawei" at 0–6 (sentence 0–97) and 129–135 (sentence 98–163) of journal-pieces:0:1.
    const huawei = actorExcerpts(model, 'firm:huawei');
    expect(huawei.map((group) => ({
      postTitle: group.postTitle, postDate: group.postDate, documentTitle: group.documentTitle,
      excerpts: group.excerpts.map((excerpt) => ({ passage: excerpt.passage.id, start: excerpt.start, end: excerpt.end, highlights: excerpt.highlights })),
    }))).toEqual([{
      ...post0,
      excerpts: [
        { passage: 'journal-pieces:0:1', start: 0, end: 97, highlights: [[0, 6]] },
        { passage: 'journal-pieces:0:1', start: 98, end: 163, highlights: [[129, 135]] },
      ],
    }]);
    // Shavkat Mirziyoyev: once in each of two posts.
    const shavkat = actorExcerpts(model, 'person:shavkat-mirziyoyev');
    expect(shavkat.map((group) => [group.postTitle, group.postDate, group.excerpts.map((excerpt) => [excerpt.start, excerpt.end, excerpt.highlights])])).toEqual([
      [post0.postTitle, '2021-03-02', [[98, 163, [[98, 116]]]]],
      ['Uzbekistan Opens Up', '2021-03-20', [[0, 79, [[11, 21]]]]],
    ]);
    expect(actorExcerpts(model, 'state:atlantis')).toEqual([]);
  });

  it('gives a link\'s evidence sentences with both ends marked', () => {
    const groups = edgeExcerpts(model, 'firm:huawei|person:shavkat-mirziyoyev');
    expect(groups.map((group) => [group.postTitle, group.documentTitle, group.excerpts.map((excerpt) => [excerpt.passage.id, excerpt.start, excerpt.end, excerpt.highlights])])).toEqual([
      [post0.postTitle, 'Journal pieces', [['journal-pieces:0:1', 98, 163, [[98, 116], [129, 135]]]]],
    ]);
    expect(edgeExcerpts(model, 'firm:huawei|state:atlantis')).toEqual([]);
  });
});

describe('highlight runs', () => {
  it('splits a span into plain and marked runs, clamping, skipping empty and covered marks', () => {
    //                     0123456789
    expect(highlightRuns('abcdefghij', 1, 9, [[8, 12], [0, 3], [2, 4], [6, 7], [5, 5], [1, 2]])).toEqual([
      { text: 'bc', marked: true }, { text: 'd', marked: true }, { text: 'ef', marked: false }, { text: 'g', marked: true },
      { text: 'h', marked: false }, { text: 'i', marked: true },
    ]);
    expect(highlightRuns('abc', 0, 3, [])).toEqual([{ text: 'abc', marked: false }]);
    expect(highlightRuns('abcdef', 1, 5, [[0, 6]])).toEqual([{ text: 'bcde', marked: true }]);
    expect(highlightRuns('abcdef', 1, 5, [[5, 6], [0, 1]])).toEqual([{ text: 'bcde', marked: false }]);
  });
});

describe('the graph model', () => {
  it('ranks actors by mentions (ties by index), lists links per actor and mentions per passage in order', () => {
    // Mentions: China 7, Kazakhstan 6, Russia 5, Uzbekistan 5, Kyrgyzstan 4, SCO 3, the rest 2.
    expect([...model.nodesByMentions]).toEqual([7, 8, 10, 11, 9, 3, 0, 1, 2, 4, 5, 6]);
    expect([...model.mentionRank]).toEqual([6, 7, 8, 5, 9, 10, 11, 0, 1, 4, 2, 3]);
    expect(model.maxMentions).toBe(7);
    expect(Array.from(model.incidentEdges, (edges) => edges.length)).toEqual([2, 4, 3, 2, 3, 2, 2, 6, 8, 6, 5, 7]);
    // journal-pieces:0:1 holds Huawei at 0 and 129 and Shavkat Mirziyoyev at 98: by start, whatever the node order.
    expect(model.mentionsByPassage.get('journal-pieces:0:1')!.filter((mention) => mention.node === 1 || mention.node === 5))
      .toEqual([{ node: 1, start: 0, end: 6 }, { node: 5, start: 98, end: 116 }, { node: 1, start: 129, end: 135 }]);
  });
});
