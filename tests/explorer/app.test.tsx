import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { App, loadFromLocation } from '../../src/explorer/app.tsx';
import { resetExplorerStore } from '../../src/explorer/store/index.ts';
import { serializeGraph } from '../../src/graph-format/index.ts';
import { smallGraph } from './helpers.ts';

function fakeFetch(status: number, body: string, contentType = 'application/json'): typeof fetch {
  return (async () => new Response(body, { status, headers: { 'content-type': contentType } })) as typeof fetch;
}

describe('<App> loading', () => {
  beforeEach(() => { resetExplorerStore(); window.history.replaceState(null, '', '/'); });

  it('shows the explorer for a valid graph, even without a canvas context', async () => {
    render(<App />);
    await act(() => loadFromLocation('', fakeFetch(200, serializeGraph(smallGraph()))));
    expect(screen.getByRole('combobox', { name: 'Search actors' })).toBeInTheDocument();
    // jsdom has no 2D context: the canvas says so and everything else still works.
    expect(screen.getByRole('application', { name: 'Actor network' })).toHaveAttribute('data-layout', 'unavailable');
    expect(within(screen.getByRole('region', { name: 'Actors' })).getAllByRole('row').length).toBe(13);
    expect(screen.getByRole('region', { name: 'Evidence' })).toBeInTheDocument();
    for (const name of ['State', 'Organisation', 'Firm', 'Person']) expect(screen.getByRole('checkbox', { name })).toBeChecked();
  });

  it('explains a malformed graph with its first errors', async () => {
    const broken = smallGraph();
    broken.edges[0]!.target = 'state:nowhere';
    Reflect.deleteProperty(broken.nodes[1]!, 'label');
    render(<App />);
    await act(() => loadFromLocation('', fakeFetch(200, JSON.stringify(broken))));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent('not a valid Silkmap graph');
    expect(alert).toHaveTextContent('nodes.1.label');
  });

  it('explains invalid JSON', async () => {
    render(<App />);
    await act(() => loadFromLocation('', fakeFetch(200, '{"format": "silkmap-graph",')));
    expect(screen.getByRole('alert')).toHaveTextContent('not valid JSON');
  });

  it('explains a missing graph file', async () => {
    render(<App />);
    await act(() => loadFromLocation('?graph=missing.json', fakeFetch(404, 'Not found', 'text/plain')));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The graph file was not found');
    expect(alert).toHaveTextContent('./missing.json');
  });

  it('refuses a graph address on another origin without fetching it', async () => {
    let fetched = false;
    render(<App />);
    await act(() => loadFromLocation('?graph=https%3A%2F%2Fevil.example%2Fg.json', (async () => { fetched = true; return new Response('{}'); }) as typeof fetch));
    expect(fetched).toBe(false);
    expect(screen.getByRole('alert')).toHaveTextContent('The graph address is not allowed');
  });
});

describe('<App> with an empty graph', () => {
  beforeEach(() => { resetExplorerStore(); window.history.replaceState(null, '', '/'); });

  it('renders without actors and says so', async () => {
    const empty = { ...smallGraph(), documents: [], passages: [], nodes: [], edges: [] };
    render(<App />);
    await act(() => loadFromLocation('', fakeFetch(200, JSON.stringify(empty))));
    expect(within(screen.getByRole('region', { name: 'Actors' })).getAllByRole('row')).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Evidence' })).toHaveTextContent(/Actors\s*0\s*Links\s*0/);
  });
});
