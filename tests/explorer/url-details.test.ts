import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, explorerStore } from '../../src/explorer/store/index.ts';
import { graphSourceFromSearch, readUrlState, shareableUrl, startUrlSync, writeUrlState } from '../../src/explorer/url/index.ts';
import { loadSmallGraph } from './helpers.ts';

// Every expected value is written out by hand from the URL rules in src/explorer/url.
const filtersOf = (search: string) => readUrlState(search, null).filters;

describe('reading URL state, value by value', () => {
  it('clamps counts to 1..1,000,000 and ignores anything but up to 7 digits', () => {
    expect(filtersOf('?minMentions=0').minMentions).toBe(1);
    expect(filtersOf('?minMentions=1').minMentions).toBe(1);
    expect(filtersOf('?minMentions=2').minMentions).toBe(2);
    expect(filtersOf('?minMentions=1000000').minMentions).toBe(1_000_000);
    expect(filtersOf('?minMentions=9999999').minMentions).toBe(1_000_000);
    expect(filtersOf('?minMentions=12345678').minMentions).toBe(1);
    expect(filtersOf('?minWeight=7').minEdgeWeight).toBe(7);
    expect(filtersOf('?minWeight=0').minEdgeWeight).toBe(1);
    for (const bad of ['-3', '2.5', '', ' 4', '4x', 'x4']) {
      expect(filtersOf(`?minMentions=${encodeURIComponent(bad)}`).minMentions).toBe(1);
      expect(filtersOf(`?minWeight=${encodeURIComponent(bad)}`).minEdgeWeight).toBe(1);
    }
  });

  it('keeps actor and relation types in the contract order, empty when all were unticked', () => {
    expect(filtersOf('?types=person,state').types).toEqual(['state', 'person']);
    expect(filtersOf('?types=firm,bogus').types).toEqual(['firm']);
    expect(filtersOf('?types=').types).toEqual([]);
    expect(filtersOf('?types=bogus').types).toEqual(['state', 'organisation', 'firm', 'person']);
    expect(filtersOf('').types).toEqual(['state', 'organisation', 'firm', 'person']);
    expect(filtersOf('?relations=none,funds').relationTypes).toEqual(['funds', 'none']);
    expect(filtersOf('?relations=').relationTypes).toEqual([]);
    expect(filtersOf('?relations=bogus').relationTypes).toHaveLength(11);
    expect(filtersOf('').relationTypes).toHaveLength(11);
  });

  it('accepts only the known hub, weight, focus, size and colour values', () => {
    expect(filtersOf('?hubs=fade').hubs).toBe('fade');
    expect(filtersOf('?hubs=hide').hubs).toBe('hide');
    expect(filtersOf('?hubs=HIDE').hubs).toBe('show');
    expect(filtersOf('?weight=pmi').weightMode).toBe('pmi');
    expect(filtersOf('?weight=PMI').weightMode).toBe('sentences');
    expect(filtersOf('?focus=1').focus).toBe(1);
    expect(filtersOf('?focus=2').focus).toBe(2);
    expect(filtersOf('?focus=3').focus).toBe(0);
    expect(filtersOf('?focus=0').focus).toBe(0);
    expect(readUrlState('?size=degree&colour=community', null)).toMatchObject({ sizeBy: 'degree', colourBy: 'community' });
    expect(readUrlState('?size=pagerank', null).sizeBy).toBe('pagerank');
    expect(readUrlState('?size=weight&colour=red', null)).toMatchObject({ sizeBy: 'mentions', colourBy: 'type' });
  });

  it('selects an actor before a link, and only what the loaded graph has', () => {
    const model = loadSmallGraph();
    const link = 'state:china|state:kazakhstan';
    expect(readUrlState(`?actor=state%3Achina&link=${encodeURIComponent(link)}`, model).selection).toEqual({ kind: 'node', id: 'state:china' });
    expect(readUrlState(`?actor=state%3Anowhere&link=${encodeURIComponent(link)}`, model).selection).toEqual({ kind: 'edge', id: link });
    expect(readUrlState('?link=state%3Aa%7Cstate%3Ab', model).selection).toBeNull();
    expect(readUrlState('?actor=', model).selection).toBeNull();
    // Before a graph is loaded nothing can be checked: the ids are kept.
    expect(readUrlState('?actor=state%3Anowhere', null).selection).toEqual({ kind: 'node', id: 'state:nowhere' });
    expect(readUrlState('?link=x%7Cy', null).selection).toEqual({ kind: 'edge', id: 'x|y' });
  });
});

describe('writing URL state', () => {
  const view = { selection: null, filters: DEFAULT_FILTERS, sizeBy: 'mentions' as const, colourBy: 'type' as const };

  it('writes each changed value under its own name and drops stale ones', () => {
    const stale = '?actor=a&link=b&types=c&minMentions=4&minWeight=5&hubs=hide&weight=pmi&focus=1&size=degree&colour=community&relations=funds&graph=g.json';
    expect(writeUrlState(stale, view)).toBe('?graph=g.json');
    expect(writeUrlState('', view)).toBe('');
    expect(writeUrlState('', { ...view, filters: { ...DEFAULT_FILTERS, types: ['state', 'firm'] } })).toBe('?types=state%2Cfirm');
    expect(writeUrlState('', { ...view, filters: { ...DEFAULT_FILTERS, relationTypes: ['funds', 'belongs'] } })).toBe('?relations=funds%2Cbelongs');
    expect(writeUrlState('?graph=g.json&actor=state%3Aold&minMentions=9', view)).toBe('?graph=g.json');
    expect(writeUrlState('', { ...view, filters: { ...DEFAULT_FILTERS, minMentions: 4 } })).toBe('?minMentions=4');
    expect(writeUrlState('', { ...view, filters: { ...DEFAULT_FILTERS, minEdgeWeight: 3 } })).toBe('?minWeight=3');
    expect(writeUrlState('', { ...view, filters: { ...DEFAULT_FILTERS, hubs: 'hide' } })).toBe('?hubs=hide');
    expect(writeUrlState('', { ...view, filters: { ...DEFAULT_FILTERS, weightMode: 'pmi' } })).toBe('?weight=pmi');
    expect(writeUrlState('', { ...view, filters: { ...DEFAULT_FILTERS, focus: 1 } })).toBe('?focus=1');
    expect(writeUrlState('', { ...view, filters: { ...DEFAULT_FILTERS, types: [] } })).toBe('?types=');
    expect(writeUrlState('', { ...view, filters: { ...DEFAULT_FILTERS, relationTypes: [] } })).toBe('?relations=');
    expect(writeUrlState('', { ...view, selection: { kind: 'edge', id: 'a|b' } })).toBe('?link=a%7Cb');
    expect(writeUrlState('', { ...view, sizeBy: 'degree' })).toBe('?size=degree');
    expect(writeUrlState('', { ...view, colourBy: 'community' })).toBe('?colour=community');
  });
});

describe('the graph parameter', () => {
  it('names relative .json paths only, each refusal with its reason', () => {
    expect(graphSourceFromSearch('')).toEqual({ ok: true, path: './graph.json' });
    expect(graphSourceFromSearch('?other=1')).toEqual({ ok: true, path: './graph.json' });
    expect(graphSourceFromSearch('?graph=a%2Fb.json')).toEqual({ ok: true, path: './a/b.json' });
    expect(graphSourceFromSearch('?graph=.%2Fb.json')).toEqual({ ok: true, path: './b.json' });
    expect(graphSourceFromSearch('?graph=a..b.json')).toEqual({ ok: true, path: './a..b.json' });
    const reason = (value: string) => {
      const result = graphSourceFromSearch(`?graph=${encodeURIComponent(value)}`);
      return result.ok ? 'accepted' : result.reason;
    };
    expect(reason('g.txt')).toBe('the graph parameter must name a .json file');
    const outside = 'the graph parameter must be a relative path on this site (no scheme, host or leading slash)';
    for (const value of ['https://x.org/g.json', 'C:g.json', '//x.org/g.json', '/g.json', 'a\\g.json']) expect(reason(value)).toBe(outside);
    for (const value of ['../g.json', 'a/../../g.json', './../g.json']) expect(reason(value)).toBe('the graph parameter must not leave the site folder (no "..")');
    for (const value of ['a b.json', 'a?b.json', 'ä.json', 'a%20.json']) {
      expect(reason(value)).toBe('the graph parameter may only contain letters, digits, "_", "-", "." and "/"');
    }
    // A colon after the start is no scheme, but still not an allowed character.
    expect(reason('a/x:y.json')).toBe('the graph parameter may only contain letters, digits, "_", "-", "." and "/"');
    expect(graphSourceFromSearch('?graph=g.txt')).toMatchObject({ ok: false, path: 'g.txt' });
  });
});

/** Just enough of a window for startUrlSync: an address, a history that counts entries, events. */
class FakeWindow extends EventTarget {
  location = { pathname: '/', search: '', hash: '#frame' };
  entries = 1;
  history = {
    pushState: (_state: unknown, _title: string, url: string) => { this.go(url); this.entries++; },
    replaceState: (_state: unknown, _title: string, url: string) => { this.go(url); },
  };
  private go(url: string): void {
    const parsed = new URL(url, 'http://silkmap.test/');
    this.location = { pathname: parsed.pathname, search: parsed.search, hash: parsed.hash };
  }
}

describe('keeping the address bar and the store in step', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('keeps the hash, adds no entry when nothing in the URL changes, and stops when asked', () => {
    const target = new FakeWindow();
    target.location.search = '?minMentions=2';
    const stop = startUrlSync(explorerStore, target as unknown as Window);
    expect(explorerStore.getState().filters.minMentions).toBe(2);
    explorerStore.getState().setFilters({ minMentions: 3 });
    expect(`${target.location.search}${target.location.hash}`).toBe('?minMentions=3#frame');
    expect(target.entries).toBe(1);
    // New filters that write the same query add no entry and change nothing.
    explorerStore.setState({ filters: { ...explorerStore.getState().filters } });
    expect(target.entries).toBe(1);
    explorerStore.getState().selectNode('state:china');
    expect(target.entries).toBe(2);
    expect(target.location.search).toBe('?actor=state%3Achina&minMentions=3');
    // Selecting the same actor again writes the same address: no new entry.
    explorerStore.getState().selectNode('state:china');
    expect(target.entries).toBe(2);
    // Back: the address changes first, then popstate restores the store from it.
    target.location.search = '?minMentions=3';
    target.dispatchEvent(new Event('popstate'));
    expect(explorerStore.getState().selection).toBeNull();
    expect(target.entries).toBe(2);
    expect(target.location.search).toBe('?minMentions=3');
    stop();
    explorerStore.getState().setFilters({ minMentions: 5 });
    expect(target.location.search).toBe('?minMentions=3');
    target.location.search = '?minMentions=4';
    target.dispatchEvent(new Event('popstate'));
    expect(explorerStore.getState().filters.minMentions).toBe(5);
  });

  it('leaves an address it only read as it is, and writes size and colour changes in place', () => {
    const target = new FakeWindow();
    target.location.search = '?minMentions=0&hubs=bogus';
    const stop = startUrlSync(explorerStore, target as unknown as Window);
    expect(explorerStore.getState().filters.minMentions).toBe(1);
    // A change the address does not hold (the hovered actor) rewrites nothing.
    explorerStore.setState({ hoveredNode: 2 });
    expect(target.location.search).toBe('?minMentions=0&hubs=bogus');
    // Back to a hand-edited address: restored, not rewritten.
    target.location.search = '?focus=7&minWeight=2';
    target.dispatchEvent(new Event('popstate'));
    expect(explorerStore.getState().filters.minEdgeWeight).toBe(2);
    expect(target.location.search).toBe('?focus=7&minWeight=2');
    // After restoring, changes are written again.
    explorerStore.setState({ sizeBy: 'degree' });
    expect(target.location.search).toBe('?minWeight=2&size=degree');
    explorerStore.setState({ colourBy: 'community' });
    expect(target.location.search).toBe('?minWeight=2&size=degree&colour=community');
    expect(target.entries).toBe(1);
    stop();
  });
});

describe('the shareable address', () => {
  it('is origin, path and the query of the current view', () => {
    loadSmallGraph();
    explorerStore.getState().setFilters({ minMentions: 3 });
    const location = { origin: 'http://silkmap.test', pathname: '/app/', search: '?graph=g.json&focus=2' } as Location;
    expect(shareableUrl(explorerStore.getState(), location)).toBe('http://silkmap.test/app/?graph=g.json&minMentions=3');
  });
});
