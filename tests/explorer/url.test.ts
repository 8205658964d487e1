import { beforeEach, describe, expect, it } from 'vitest';
import { explorerStore, resetExplorerStore, DEFAULT_FILTERS } from '../../src/explorer/store/index.ts';
import { graphSourceFromSearch, readUrlState, shareableUrl, startUrlSync, writeUrlState } from '../../src/explorer/url/index.ts';
import { loadSmallGraph } from './helpers.ts';

describe('URL state', () => {
  beforeEach(() => { loadSmallGraph(); window.history.replaceState(null, '', '/'); });

  it('round-trips selection, filters, focus and weight mode', () => {
    const model = explorerStore.getState().model!;
    const state = {
      selection: { kind: 'node' as const, id: 'state:kazakhstan' },
      filters: { types: ['state', 'firm'] as const, minMentions: 3, minEdgeWeight: 2, hubs: 'fade' as const, weightMode: 'pmi' as const, focus: 2 as const, relationTypes: ['funds', 'belongs'] as const },
      sizeBy: 'pagerank' as const,
      colourBy: 'community' as const,
    };
    const search = writeUrlState('?graph=bench/g.json', state);
    expect(search).toContain('actor=state%3Akazakhstan');
    expect(search).toContain('relations=funds%2Cbelongs');
    expect(search).toContain('graph=bench%2Fg.json');
    expect(readUrlState(search, model)).toEqual(state);
    expect(search).toContain('size=pagerank');
    expect(search).toContain('colour=community');
    const link = { selection: { kind: 'edge' as const, id: 'state:china|state:kazakhstan' }, filters: DEFAULT_FILTERS, sizeBy: 'degree' as const, colourBy: 'type' as const };
    expect(readUrlState(writeUrlState('', link), model)).toEqual(link);
  });

  it('writes nothing for the default view', () => {
    expect(writeUrlState('', { selection: null, filters: DEFAULT_FILTERS, sizeBy: 'mentions', colourBy: 'type' })).toBe('');
  });

  it('drops invalid values instead of failing', () => {
    const model = explorerStore.getState().model!;
    const state = readUrlState('?actor=state:atlantis&types=state,spaceship&minMentions=-4&minWeight=abc&hubs=explode&weight=magic&focus=7', model);
    expect(state.selection).toBeNull();
    expect(state.filters).toEqual({ ...DEFAULT_FILTERS, types: ['state'] });
  });

  it.each(['?size=betweenness&colour=rainbow', '?size=&colour=', '?size=PAGERANK&colour=Community', '?size=pagerank,degree&colour=__proto__'])('falls back to the default size and colour for %s', (search) => {
    const state = readUrlState(search, explorerStore.getState().model);
    expect(state.sizeBy).toBe('mentions');
    expect(state.colourBy).toBe('type');
  });

  it('writes size-by and colour-by changes to the URL and restores them from it', () => {
    const stop = startUrlSync(explorerStore);
    explorerStore.getState().setSizeBy('degree');
    explorerStore.getState().setColourBy('community');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('size')).toBe('degree');
    expect(params.get('colour')).toBe('community');
    expect(shareableUrl(explorerStore.getState())).toBe(`${window.location.origin}/?size=degree&colour=community`);
    stop();
    resetExplorerStore();
    loadSmallGraph();
    expect(explorerStore.getState().sizeBy).toBe('mentions');
    const restart = startUrlSync(explorerStore);
    expect(explorerStore.getState().sizeBy).toBe('degree');
    expect(explorerStore.getState().colourBy).toBe('community');
    restart();
  });

  it('pushes history for selections, replaces it for filters, and restores on Back', () => {
    const stop = startUrlSync(explorerStore);
    const before = window.history.length;
    explorerStore.getState().selectNode('state:china');
    expect(window.location.search).toBe('?actor=state%3Achina');
    expect(window.history.length).toBe(before + 1);
    explorerStore.getState().setFilters({ minMentions: 2 });
    expect(window.history.length).toBe(before + 1);
    expect(new URLSearchParams(window.location.search).get('minMentions')).toBe('2');
    // Simulate Back to the unselected view.
    window.history.replaceState(null, '', '/?minMentions=2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(explorerStore.getState().selection).toBeNull();
    expect(explorerStore.getState().filters.minMentions).toBe(2);
    stop();
  });

  it('restores the view from the URL when it starts', () => {
    window.history.replaceState(null, '', '/?actor=person%3Axi-jinping&focus=1');
    const stop = startUrlSync(explorerStore);
    expect(explorerStore.getState().selection).toEqual({ kind: 'node', id: 'person:xi-jinping' });
    expect(explorerStore.getState().filters.focus).toBe(1);
    stop();
  });
});

describe('graph source parameter', () => {
  it('defaults to ./graph.json and accepts relative .json paths', () => {
    expect(graphSourceFromSearch('')).toEqual({ ok: true, path: './graph.json' });
    expect(graphSourceFromSearch('?graph=bench/generated-1k.json')).toEqual({ ok: true, path: './bench/generated-1k.json' });
  });

  it.each(['https://evil.example/g.json', '//evil.example/g.json', '/etc/g.json', '../secret.json', 'graph.txt', 'javascript:alert(1).json', 'a\\b.json'])('refuses %s', (value) => {
    expect(graphSourceFromSearch(`?graph=${encodeURIComponent(value)}`).ok).toBe(false);
  });
});
