import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActorsTable } from '../../src/explorer/components/actors-table.tsx';
import { Controls } from '../../src/explorer/components/controls.tsx';
import { explorerStore } from '../../src/explorer/store/index.ts';
import { loadSmallGraph } from './helpers.ts';
import { generateGraph } from '../fixtures/graphs/generate.ts';

function rowNames(): string[] {
  const table = within(screen.getByRole('region', { name: 'Actors' })).getByRole('table');
  return within(table).getAllByRole('row').slice(1).map((row) => within(row).getByRole('button').textContent!);
}

function columnValues(column: number): number[] {
  const table = within(screen.getByRole('region', { name: 'Actors' })).getByRole('table');
  return within(table).getAllByRole('row').slice(1).map((row) => Number(within(row).getAllByRole('cell')[column]!.textContent));
}

describe('<ActorsTable>', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('lists every actor as a button, most mentioned first', () => {
    render(<ActorsTable model={explorerStore.getState().model!} />);
    expect(rowNames()).toHaveLength(12);
    expect(rowNames()[0]).toBe('China');
    expect(screen.getByRole('columnheader', { name: /Mentions/ })).toHaveAttribute('aria-sort', 'descending');
    const mentions = columnValues(0);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
  });

  it('on a big graph, fills the table a task after the rest of the page, then lists the most mentioned first', async () => {
    explorerStore.getState().setGraph(generateGraph(600, 3000, 3), './big.json');
    render(<ActorsTable model={explorerStore.getState().model!} />);
    expect(screen.getByRole('status')).toHaveTextContent('Listing actors…');
    expect(screen.queryAllByRole('row')).toEqual([]);
    await waitFor(() => expect(rowNames()).toHaveLength(50));
    const mentions = columnValues(0);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
  });

  it('marks the row of the actor under the pointer or keyboard cursor on the canvas', () => {
    const model = explorerStore.getState().model!;
    render(<ActorsTable model={model} />);
    const china = model.nodeIndex.get('state:china')!;
    act(() => explorerStore.getState().setHoveredNode(china));
    const hovered = document.querySelectorAll('tbody tr.hovered');
    expect(hovered).toHaveLength(1);
    expect(hovered[0]!.textContent).toContain('China');
    act(() => explorerStore.getState().setHoveredNode(-1));
    expect(document.querySelectorAll('tbody tr.hovered')).toHaveLength(0);
  });

  it('sorts by name and by links from the header buttons, with aria-sort', async () => {
    const user = userEvent.setup();
    render(<ActorsTable model={explorerStore.getState().model!} />);
    await user.click(screen.getByRole('button', { name: /^Actor/ }));
    expect(screen.getByRole('columnheader', { name: /Actor/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Mentions/ })).toHaveAttribute('aria-sort', 'none');
    expect(rowNames()).toEqual([...rowNames()].sort((a, b) => a.localeCompare(b)));
    await user.click(screen.getByRole('button', { name: /^Actor/ }));
    expect(rowNames()).toEqual([...rowNames()].sort((a, b) => b.localeCompare(a)));
    await user.click(screen.getByRole('button', { name: /^Links/ }));
    expect(screen.getByRole('columnheader', { name: /Links/ })).toHaveAttribute('aria-sort', 'descending');
    const links = columnValues(1);
    expect(links).toEqual([...links].sort((a, b) => b - a));
  });

  it('selects an actor and marks its row as current', async () => {
    const user = userEvent.setup();
    render(<ActorsTable model={explorerStore.getState().model!} />);
    await user.click(screen.getByRole('button', { name: 'Huawei' }));
    expect(explorerStore.getState().selection).toEqual({ kind: 'node', id: 'firm:huawei' });
    expect(screen.getByRole('button', { name: 'Huawei' })).toHaveAttribute('aria-current', 'true');
  });

  it('stays in sync with the type filters', async () => {
    const user = userEvent.setup();
    const model = explorerStore.getState().model!;
    render(<><Controls /><ActorsTable model={model} /></>);
    await user.click(screen.getByRole('checkbox', { name: 'State' }));
    expect(explorerStore.getState().filters.types).not.toContain('state');
    expect(rowNames()).not.toContain('China');
    expect(rowNames()).toContain('Huawei');
    await user.click(screen.getByRole('checkbox', { name: 'State' }));
    expect(rowNames()).toContain('China');
  });

  it('follows the minimum mentions filter', () => {
    const model = explorerStore.getState().model!;
    render(<ActorsTable model={model} />);
    act(() => explorerStore.getState().setFilters({ minMentions: 5 }));
    for (const name of rowNames()) {
      expect(model.graph.nodes.find((node) => node.label === name)!.mentionCount).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('<Controls> thresholds', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('accepts a new minimum after clearing the field, and ignores invalid input', async () => {
    const user = userEvent.setup();
    render(<Controls />);
    const field = screen.getByRole('spinbutton', { name: 'Minimum mentions' });
    await user.clear(field);
    expect(explorerStore.getState().filters.minMentions).toBe(1);
    await user.type(field, '4');
    expect(explorerStore.getState().filters.minMentions).toBe(4);
    await user.clear(field);
    await user.type(field, '0');
    expect(explorerStore.getState().filters.minMentions).toBe(4);
    await user.tab();
    expect(field).toHaveValue(4);
  });
});
