/**
 * The page's panels: tabs that choose the one panel shown below the desktop width, a new
 * selection bringing Evidence forward, Hide panels, the Hubs control naming its hubs, help for
 * each weight mode, and the layout restarting without hidden hubs (tests/fixtures/graphs/small.json:
 * hubs are Huawei, China, Kazakhstan, Kyrgyzstan, Russia and Uzbekistan, see view-panels.test.ts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, loadFromLocation } from '../../src/explorer/app.tsx';
import { Controls } from '../../src/explorer/components/controls.tsx';
import { EvidencePanel } from '../../src/explorer/components/evidence-panel.tsx';
import { explorerStore, resetExplorerStore } from '../../src/explorer/store/index.ts';
import { serializeGraph } from '../../src/graph-format/index.ts';
import { LayoutHandle, layoutInputFor } from '../../src/explorer/simulation/use-layout.ts';
import { relayoutInput, RELAYOUT_ALPHA, useHiddenHubsLayout } from '../../src/explorer/simulation/hidden-actors.ts';
import type { LayoutPort, ToWorker } from '../../src/explorer/simulation/protocol.ts';
import type { GraphModel } from '../../src/explorer/store/types.ts';
import { loadSmallGraph, smallGraph } from './helpers.ts';

async function renderApp() {
  resetExplorerStore();
  window.history.replaceState(null, '', '/');
  render(<App />);
  await act(() => loadFromLocation('', (async () => new Response(serializeGraph(smallGraph()), { headers: { 'content-type': 'application/json' } })) as typeof fetch));
}

// Rendering the whole app in jsdom takes seconds on a busy machine.
describe('panel tabs', { timeout: 30_000 }, () => {
  beforeEach(async () => { await renderApp(); }, 30_000);

  it('choose the panel shown (arrow keys too), and a new selection brings Evidence forward', async () => {
    const user = userEvent.setup();
    const app = document.querySelector('.app')!;
    const tabs = within(screen.getByRole('tablist', { name: 'Panels' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Evidence', 'Actors', 'Filters']);
    expect(app).toHaveAttribute('data-panel', 'evidence');
    expect(screen.getByRole('tab', { name: 'Evidence' })).toHaveAttribute('aria-selected', 'true');
    // Each tab controls its panel, which keeps its own name.
    expect(document.getElementById(screen.getByRole('tab', { name: 'Actors' }).getAttribute('aria-controls')!)).toBe(screen.getByRole('region', { name: 'Actors' }));
    expect(document.getElementById(screen.getByRole('tab', { name: 'Evidence' }).getAttribute('aria-controls')!)).toBe(screen.getByRole('region', { name: 'Evidence' }));
    expect(document.getElementById(screen.getByRole('tab', { name: 'Filters' }).getAttribute('aria-controls')!)).toContainElement(screen.getByRole('form', { name: 'Filters' }));

    await user.click(screen.getByRole('tab', { name: 'Actors' }));
    expect(app).toHaveAttribute('data-panel', 'actors');
    expect(screen.getByRole('tab', { name: 'Actors' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(app).toHaveAttribute('data-panel', 'filters');
    expect(screen.getByRole('tab', { name: 'Filters' })).toHaveFocus();

    await user.click(within(screen.getByRole('region', { name: 'Actors' })).getByRole('button', { name: 'Russia' }));
    expect(app).toHaveAttribute('data-panel', 'evidence');
  });

  it('Hide panels hides them all and Show panels brings them back', async () => {
    const user = userEvent.setup();
    const app = document.querySelector('.app')!;
    const toggle = screen.getByRole('button', { name: 'Hide panels' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(app).toHaveAttribute('data-panels', 'hidden');
    expect(screen.getByRole('button', { name: 'Show panels' })).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Show panels' }));
    expect(app).toHaveAttribute('data-panels', 'shown');
  });
});

describe('<Controls> hubs and weights', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('names the hubs, most linked first, each opening its actor, with one sentence of help', async () => {
    const user = userEvent.setup();
    render(<Controls />);
    const hubs = screen.getByRole('combobox', { name: /^Hubs/ });
    expect(hubs).toHaveAccessibleName('Hubs (6)');
    const help = document.getElementById(hubs.getAttribute('aria-describedby')!)!;
    // Degrees 7, 8, 6, 6, 5, 4 of 11 others: Kazakhstan 8/11 = 73 %, Uzbekistan 64 %, China and Kyrgyzstan 55 %, Russia 45 %, Huawei 36 %.
    expect(within(help).getAllByRole('button').map((button) => button.textContent)).toEqual(['Kazakhstan', 'Uzbekistan', 'China', 'Kyrgyzstan', 'Russia', 'Huawei']);
    expect(help).toHaveTextContent('Kazakhstan (73%)');
    expect(help).toHaveTextContent('Huawei (36%)');
    expect(help).toHaveTextContent(/hiding hubs lays the others out again/);
    await user.click(within(help).getByRole('button', { name: 'China' }));
    expect(explorerStore.getState().selection).toEqual({ kind: 'node', id: 'state:china' });
  });

  it('says what the chosen link weight means', async () => {
    const user = userEvent.setup();
    render(<Controls />);
    const weight = screen.getByRole('combobox', { name: 'Link weight' });
    expect(weight).toHaveAccessibleDescription('Shared sentences: how many sentences name both actors.');
    await user.selectOptions(weight, 'pmi');
    expect(weight).toHaveAccessibleDescription(/^Association \(PMI\): how much more often two actors share a sentence than chance predicts; pairs with fewer than 3 sentences rank last\.$/);
  });
});

/** A layout worker stand-in that keeps what the page sends it. */
function fakeWorker(sent: ToWorker[]): LayoutPort {
  return { post: (message) => { sent.push(message); }, listen: () => undefined, terminate: () => undefined };
}

function Relayout({ model, layout }: { model: GraphModel; layout: LayoutHandle }) {
  useHiddenHubsLayout(model, layout);
  return null;
}

describe('hidden hubs leave the layout', () => {
  it('restarts without the hubs\' links, then with them again, the hubs placed among their neighbours', () => {
    const model = loadSmallGraph();
    const sent: ToWorker[] = [];
    const layout = new LayoutHandle(layoutInputFor(model), fakeWorker(sent));
    layout.settled = true;
    render(<Relayout model={model} layout={layout} />);
    expect(sent.map((message) => message.type)).toEqual(['start']);

    act(() => explorerStore.getState().setFilters({ hubs: 'fade' }));
    expect(sent).toHaveLength(1);
    act(() => explorerStore.getState().setFilters({ hubs: 'hide' }));
    expect(sent).toHaveLength(2);
    expect(layout.settled).toBe(false);
    const hidden = sent[1]!;
    if (hidden.type !== 'start') throw new Error('expected a restart');
    // Of the 25 links, 23 touch a hub (Huawei–Mirziyoyev too: Huawei is one); two remain.
    const pairs = [];
    for (let index = 0; index < hidden.input.links.length; index += 2) {
      pairs.push([model.graph.nodes[hidden.input.links[index]!]!.label, model.graph.nodes[hidden.input.links[index + 1]!]!.label].join('–'));
    }
    expect(pairs).toEqual(['Shanghai Cooperation Organisation–Xi Jinping', 'Kassym-Jomart Tokayev–Xi Jinping']);
    const china = model.nodeIndex.get('state:china')!;
    expect(hidden.input.radii[china]).toBe(0);
    expect(hidden.input.alpha).toBe(RELAYOUT_ALPHA);

    act(() => explorerStore.getState().setFilters({ hubs: 'show' }));
    const shown = sent[2]!;
    if (shown.type !== 'start') throw new Error('expected a restart');
    expect(shown.input.links.length).toBe(model.graph.edges.length * 2);
    expect(shown.input.radii[china]).toBeGreaterThan(0);
  });

  it('places a returning hub at the centroid of its neighbours, and keeps everyone else where they are', () => {
    const model = loadSmallGraph();
    const count = model.graph.nodes.length;
    const positions = new Float32Array(count * 2);
    for (let node = 0; node < count; node++) { positions[node * 2] = node * 10; positions[node * 2 + 1] = -node * 10; }
    const xi = model.nodeIndex.get('person:xi-jinping')!;
    const sco = model.nodeIndex.get('organisation:shanghai-cooperation-organisation')!;
    const tokayev = model.nodeIndex.get('person:kassym-jomart-tokayev')!;
    // Pretend Xi Jinping (linked to the SCO and Tokayev only) was hidden and comes back.
    const wasHidden = new Uint8Array(count);
    wasHidden[xi] = 1;
    const input = relayoutInput(model, null, wasHidden, { positions, pinned: new Set([sco]), settled: false });
    // The first returning actor sits 12 units right of the centroid (angle 0).
    expect(input.initialPositions![xi * 2]).toBeCloseTo((sco * 10 + tokayev * 10) / 2 + 12, 4);
    expect(input.initialPositions![xi * 2 + 1]).toBeCloseTo((-sco * 10 - tokayev * 10) / 2, 4);
    expect(input.initialPositions![sco * 2]).toBe(sco * 10);
    expect(input.pinned![sco]).toBe(1);
    // The layout had not settled: it restarts in full.
    expect(input.alpha).toBe(1);
  });
});

describe('<EvidencePanel> connections under filters', () => {
  it('counts the links the filters hide, and marks pairs too rare for PMI', () => {
    const model = loadSmallGraph();
    act(() => {
      explorerStore.getState().selectNode('state:kazakhstan');
      explorerStore.getState().toggleType('firm', false);
    });
    render(<EvidencePanel model={model} />);
    const list = screen.getByRole('list', { name: 'Connections' });
    expect(within(list).getAllByRole('button')).toHaveLength(6);
    expect(screen.getByText('2 more links hidden by the filters.')).toBeInTheDocument();
    act(() => explorerStore.getState().setFilters({ weightMode: 'pmi' }));
    // Kazakhstan–Russia has 2 sentences: fewer than the 3 PMI needs.
    expect(within(screen.getByRole('list', { name: 'Connections' })).getByRole('button', { name: /^Russia/ })).toHaveTextContent('2 sentences, too few for PMI');
  });
});
