/**
 * Issue 8 in jsdom: the explorer survives malformed graphs with a readable message, shows
 * 0- and 1-node graphs as a (near-)empty view, renders a huge string field, keeps hostile
 * text inert in the evidence panel and the source reader, and reads hostile URL parameters
 * as defaults. The same cases run in Chromium in tests/e2e/reliability.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App, loadFromLocation } from '../../src/explorer/app.tsx';
import { DEFAULT_FILTERS, explorerStore, resetExplorerStore } from '../../src/explorer/store/index.ts';
import { graphSourceFromSearch, readUrlState } from '../../src/explorer/url/index.ts';
import { serializeGraph, type Graph } from '../../src/graph-format/index.ts';
import {
  BIDI_TEXT, IMG_TEXT, JS_LINK_TEXT, LONG_TOKEN, SCRIPT_TEXT, hostileGraph, hugeStringGraph, malformedFiles, oneNodeGraph, zeroNodeGraph,
} from '../fixtures/hostile/build.ts';
import { loadSmallGraph } from './helpers.ts';

const HOSTILE_FOLDER = resolve('tests/fixtures/hostile');

function serve(body: string): typeof fetch {
  return (async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;
}

async function open(body: string): Promise<void> {
  render(<App />);
  await act(() => loadFromLocation('', serve(body)));
}

/** Elements that would mean text was parsed as markup. */
function injectedElements(root: Element): Element[] {
  return [...root.querySelectorAll('script, img, iframe, object, embed, a[href], [onerror], [onload]')];
}

beforeEach(() => { resetExplorerStore(); window.history.replaceState(null, '', '/'); delete (window as { __pwned?: unknown }).__pwned; });

describe('malformed graphs end on a readable error screen', () => {
  it.each(Object.entries(malformedFiles()))('%s', async (name, { text, expect: words }) => {
    // The files the browser tests serve are exactly these.
    expect(readFileSync(`${HOSTILE_FOLDER}/${name}.json`, 'utf8')).toBe(text);
    await open(text);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 }).textContent).toMatch(/not a valid Silkmap graph/);
    expect(alert).toHaveTextContent(words);
    expect(alert).toHaveTextContent('Silkmap could not show the graph from ./graph.json');
    expect(screen.queryByRole('combobox', { name: 'Search actors' })).toBeNull();
  });
});

describe('tiny graphs show an empty or near-empty view, not an error', () => {
  it('0 nodes: the explorer with no actors and no links', async () => {
    expect(readFileSync(`${HOSTILE_FOLDER}/zero-nodes.json`, 'utf8')).toBe(serializeGraph(zeroNodeGraph()));
    await open(serializeGraph(zeroNodeGraph()));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/0 actors · 0 links · 0 documents/)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Evidence' })).getByRole('heading', { level: 2 })).toHaveTextContent('Select an actor');
  });

  it('1 node: one row, and selecting it shows its excerpt and no connections', async () => {
    expect(readFileSync(`${HOSTILE_FOLDER}/one-node.json`, 'utf8')).toBe(serializeGraph(oneNodeGraph()));
    await open(serializeGraph(oneNodeGraph()));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Actors' })).getAllByRole('row')).toHaveLength(2);
    act(() => explorerStore.getState().selectNode('state:mongolia'));
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    expect(within(evidence).getByRole('heading', { level: 2 })).toHaveTextContent('Mongolia');
    expect(evidence).toHaveTextContent('No links to other actors.');
    expect(evidence.querySelector('li.excerpt mark')?.textContent).toBe('Mongolia');
  });
});

describe('a huge string field', () => {
  it('loads and shows the long label and passage without an error', async () => {
    const graph = hugeStringGraph();
    await open(serializeGraph(graph));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => explorerStore.getState().selectNode('state:mongolia'));
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    expect(within(evidence).getByRole('heading', { level: 2 }).textContent).toBe(graph.nodes[0]!.label);
    expect(evidence.querySelector('li.excerpt .passage-text')!.textContent!.length).toBe(graph.passages[0]!.text.length);
  });
});

describe('hostile text stays text', () => {
  let graph: Graph;
  beforeEach(async () => {
    graph = hostileGraph();
    expect(readFileSync(`${HOSTILE_FOLDER}/hostile-text.json`, 'utf8')).toBe(serializeGraph(graph));
    await open(serializeGraph(graph));
  });

  it('in the evidence panel for every actor and link', () => {
    const evidence = screen.getByRole('region', { name: 'Evidence' });
    for (const node of graph.nodes) {
      act(() => explorerStore.getState().selectNode(node.id));
      expect(within(evidence).getByRole('heading', { level: 2 }).textContent).toBe(node.label);
      expect(injectedElements(evidence)).toEqual([]);
    }
    act(() => explorerStore.getState().selectNode('person:evil'));
    expect(evidence.textContent).toContain(`${IMG_TEXT}Evil ${SCRIPT_TEXT}`);
    expect(evidence.querySelector('li.excerpt mark')?.textContent).toBe(`${IMG_TEXT}Evil ${SCRIPT_TEXT}`);
    expect(evidence.textContent).toContain(JS_LINK_TEXT);
    for (const edge of graph.edges) {
      act(() => explorerStore.getState().selectEdge(edge.id));
      expect(injectedElements(evidence)).toEqual([]);
    }
    act(() => explorerStore.getState().selectEdge('state:china|state:kazakhstan'));
    expect(evidence.textContent).toContain(BIDI_TEXT);
    expect(evidence.textContent).toContain(LONG_TOKEN);
    // Bidi controls cannot reorder text outside their own element.
    for (const passageText of evidence.querySelectorAll('.passage-text')) expect(getComputedStyle(passageText).unicodeBidi).toBe('isolate');
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('in the source reader', () => {
    act(() => explorerStore.getState().openReader('doc:0:0'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe(graph.passages[0]!.postTitle);
    expect(dialog.textContent).toContain(SCRIPT_TEXT);
    expect(dialog.textContent).toContain(JS_LINK_TEXT);
    expect(dialog.textContent).toContain(`${SCRIPT_TEXT} ${BIDI_TEXT}`);
    expect(injectedElements(dialog)).toEqual([]);
    act(() => explorerStore.getState().openReader('doc:0:1'));
    expect(screen.getByRole('dialog').textContent).toContain(LONG_TOKEN);
    expect(injectedElements(document.body)).toEqual([]);
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('in the actors table and the search results', () => {
    const actors = screen.getByRole('region', { name: 'Actors' });
    expect(within(actors).getByRole('button', { name: `${IMG_TEXT}Evil ${SCRIPT_TEXT}` })).toBeInTheDocument();
    expect(injectedElements(actors)).toEqual([]);
  });
});

describe('hostile URL parameters are read as defaults', () => {
  it.each([
    ['?actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E', {}],
    ['?minMentions=-5&minWeight=1e9&focus=-1', {}],
    ['?types=bogus', {}],
    ['?types=bogus,%3Cscript%3E', {}],
    ['?types=state,bogus', { types: ['state'] }],
    ['?hubs=%3Cimg%20src%3Dx%3E&weight=javascript:alert(1)', {}],
  ])('%s', (search, filters) => {
    const model = loadSmallGraph();
    const state = readUrlState(search, model);
    expect(state.selection).toBeNull();
    expect(state.filters).toEqual({ ...DEFAULT_FILTERS, ...filters });
  });

  it('keeps an explicit empty type list (every type unticked) as empty', () => {
    expect(readUrlState('?types=', null).filters.types).toEqual([]);
  });

  it.each(['https://evil.example/x.json', '//evil/x.json', '/\\evil/x.json', 'https:evil.example/x.json', '%2F%2Fevil/x.json', 'data:application/json,{}.json'])('refuses ?graph=%s', (value) => {
    expect(graphSourceFromSearch(`?graph=${encodeURIComponent(value)}`).ok).toBe(false);
  });
});
