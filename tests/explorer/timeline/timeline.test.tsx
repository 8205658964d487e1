import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { EvidencePanel } from '../../../src/explorer/components/evidence-panel.tsx';
import { explorerStore, resetExplorerStore, selectVisibility } from '../../../src/explorer/store/index.ts';
import { Timeline } from '../../../src/explorer/timeline/index.ts';
import { PLAY_STEP_MS } from '../../../src/explorer/timeline/timeline.tsx';
import { datedGraph } from './dated-graph.ts';

function Panels() {
  return <><Timeline /><EvidencePanel model={explorerStore.getState().model!} /></>;
}

function strongestLinks(): string[] {
  return within(screen.getByRole('list', { name: 'Strongest links' })).getAllByRole('button').map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
}

describe('<Timeline>', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    resetExplorerStore();
    explorerStore.getState().setGraph(datedGraph(), './graph.json');
  });
  afterEach(() => { act(() => explorerStore.getState().setPlaying(false)); });

  it('shows the linking sentences per month for the whole graph', () => {
    render(<Timeline />);
    const region = screen.getByRole('region', { name: 'Timeline' });
    expect(region).toHaveTextContent('5 dated linking sentences per month, 2020-06 – 2021-03');
    expect(within(region).getByRole('img')).toBeInTheDocument();
  });

  it('a window set with From and To changes weights, Strongest links and the URL, and counts undated sentences', () => {
    const view = render(<Panels />);
    expect(strongestLinks()[0]).toBe('Astana — Beijing 4 sentences');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2020-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2020-12-31' } });
    view.rerender(<Panels />);
    expect(strongestLinks()).toEqual(['Astana — Beijing 2 sentences', 'Cairo — Erevan 1 sentence']);
    expect(screen.getByRole('status')).toHaveTextContent('2 undated sentences not shown');
    expect(window.location.search).toBe('?from=2020-01-01&to=2020-12-31');
    // Dushanbe is mentioned only in an undated post: still drawn in its place, faded.
    const { model, filters, selection } = explorerStore.getState();
    const visibility = selectVisibility(model!, filters, selection);
    const dushanbe = model!.nodeIndex.get('state:d')!;
    expect([visibility.nodeVisible[dushanbe], visibility.nodeFaded[dushanbe]]).toEqual([1, 1]);
    expect(visibility.nodeFaded[model!.nodeIndex.get('state:a')!]).toBe(0);
  });

  it('keeps the full model for the layout and restores it when the window is cleared', () => {
    const full = explorerStore.getState().model;
    render(<Timeline />);
    act(() => explorerStore.getState().setTimeWindow({ from: '2021-01-01', to: '2021-12-31' }));
    expect(explorerStore.getState().timelineBase).toBe(full);
    fireEvent.click(screen.getByRole('button', { name: 'All dates' }));
    expect(explorerStore.getState().model).toBe(full);
    expect(window.location.search).toBe('');
  });

  it('reads the window from the URL', () => {
    window.history.replaceState(null, '', '/?from=2021-01-01&to=2021-12-31');
    render(<Timeline />);
    expect(explorerStore.getState().model!.graph.edges.map((edge) => `${edge.id}=${edge.weight}`)).toEqual(['state:a|state:b=1', 'state:b|state:c=1']);
    expect(screen.getByLabelText('From')).toHaveValue('2021-01-01');
  });

  it('Play starts with a window of a third of a short span and steps it month by month', () => {
    vi.useFakeTimers();
    try {
      render(<Timeline />);
      fireEvent.click(screen.getByRole('button', { name: 'Play' }));
      // 10 months of dates (2020-06 … 2021-03): a 3-month window from the first.
      expect(explorerStore.getState().timeWindow).toEqual({ from: '2020-06-01', to: '2020-08-31' });
      expect(screen.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
      act(() => { vi.advanceTimersByTime(PLAY_STEP_MS); });
      expect(explorerStore.getState().timeWindow).toEqual({ from: '2020-07-01', to: '2020-09-30' });
    } finally {
      vi.useRealTimers();
    }
  });
});
