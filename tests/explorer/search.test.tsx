import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchBox } from '../../src/explorer/components/search-box.tsx';
import { explorerStore, searchActors } from '../../src/explorer/store/index.ts';
import { loadSmallGraph } from './helpers.ts';

describe('searchActors', () => {
  it('finds people by a part of their name and organisations by acronym', () => {
    const model = loadSmallGraph();
    const label = (query: string) => model.graph.nodes[searchActors(model, query)[0]!]?.label;
    expect(label('Xi')).toBe('Xi Jinping');
    expect(label('SCO')).toBe('Shanghai Cooperation Organisation');
    expect(label('tokay')).toBe('Kassym-Jomart Tokayev');
    expect(label('astana')).toBe('Kazakhstan');
    expect(searchActors(model, 'zzzz')).toEqual([]);
    expect(searchActors(model, '   ')).toEqual([]);
  });

  it('ranks exact and prefix matches before substring matches', () => {
    const model = loadSmallGraph();
    const labels = searchActors(model, 'china').map((node) => model.graph.nodes[node]!.label);
    expect(labels[0]).toBe('China');
    expect(labels).toContain('China National Petroleum Corporation');
  });
});

describe('<SearchBox>', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('suggests actors as options and selects one with the keyboard', async () => {
    const user = userEvent.setup();
    render(<SearchBox model={explorerStore.getState().model!} />);
    const input = screen.getByRole('combobox', { name: 'Search actors' });
    await user.type(input, 'Xi');
    const listbox = screen.getByRole('listbox');
    const options = within(listbox).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Xi Jinping');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{Enter}');
    expect(explorerStore.getState().selection).toEqual({ kind: 'node', id: 'person:xi-jinping' });
    expect(input).toHaveValue('');
  });

  it('moves through suggestions with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<SearchBox model={explorerStore.getState().model!} />);
    const input = screen.getByRole('combobox', { name: 'Search actors' });
    await user.type(input, 'stan');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    const second = screen.getAllByRole('option')[1]!.textContent!;
    await user.keyboard('{Enter}');
    const selected = explorerStore.getState().selection;
    expect(selected?.kind).toBe('node');
    const model = explorerStore.getState().model!;
    expect(second).toContain(model.graph.nodes[model.nodeIndex.get(selected!.id)!]!.label);
  });

  it('picks a suggestion by click, and an acronym finds its organisation', async () => {
    const user = userEvent.setup();
    render(<SearchBox model={explorerStore.getState().model!} />);
    await user.type(screen.getByRole('combobox', { name: 'Search actors' }), 'SCO');
    await user.click(screen.getByRole('option', { name: /Shanghai Cooperation Organisation/ }));
    expect(explorerStore.getState().selection).toEqual({ kind: 'node', id: 'organisation:shanghai-cooperation-organisation' });
  });
});
