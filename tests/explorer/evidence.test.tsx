import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidencePanel } from '../../src/explorer/components/evidence-panel.tsx';
import { ExcerptList } from '../../src/explorer/components/excerpt-list.tsx';
import { SourceReader } from '../../src/explorer/components/source-reader.tsx';
import { explorerStore, highlightRuns } from '../../src/explorer/store/index.ts';
import { loadSmallGraph } from './helpers.ts';

function renderPanel() {
  const model = explorerStore.getState().model!;
  return render(<><EvidencePanel model={model} /><SourceReader model={model} /></>);
}

describe('highlightRuns', () => {
  it('splits text into plain and marked runs, merging overlaps and clipping to the range', () => {
    expect(highlightRuns('Xi met Tokayev today.', 0, 21, [[7, 14], [0, 2], [8, 10]])).toEqual([
      { text: 'Xi', marked: true }, { text: ' met ', marked: false }, { text: 'Tokayev', marked: true }, { text: ' today.', marked: false },
    ]);
    expect(highlightRuns('abcdef', 2, 4, [[0, 3]])).toEqual([{ text: 'c', marked: true }, { text: 'd', marked: false }]);
  });
});

describe('<EvidencePanel>', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('shows a hint when nothing is selected', () => {
    renderPanel();
    expect(within(screen.getByRole('region', { name: 'Evidence' })).getByRole('heading', { level: 2 })).toHaveTextContent('Select an actor');
  });

  it('shows the actor with every excerpt, surface forms marked, grouped by post', () => {
    act(() => explorerStore.getState().selectNode('person:xi-jinping'));
    renderPanel();
    const panel = screen.getByRole('region', { name: 'Evidence' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Xi Jinping');
    expect(panel).toHaveTextContent('President Xi');
    const excerpts = within(panel).getAllByRole('listitem').filter((item) => item.classList.contains('excerpt'));
    expect(excerpts).toHaveLength(2);
    const marks = excerpts.map((item) => Array.from(item.querySelectorAll('mark'), (mark) => mark.textContent));
    expect(marks).toEqual([['President Xi'], ['Xi Jinping']]);
    // Grouped by post: the two excerpts come from two different posts.
    expect(within(panel).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'Beijing Binds: COVID-19 and the Region', 'Paving the Digital Silk Road with the Shanghai Cooperation Organisation',
    ]);
  });

  it('lists connections strongest first, each a button starting with the neighbour', () => {
    act(() => explorerStore.getState().selectNode('state:kazakhstan'));
    renderPanel();
    const buttons = within(screen.getByRole('list', { name: 'Connections' })).getAllByRole('button');
    expect(buttons[0]!.textContent).toMatch(/^Uzbekistan\s*4 sentences/);
    const weights = buttons.map((button) => Number(/(\d+) sentence/.exec(button.textContent!)![1]));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('follows a connection to the sentences linking both actors, both marked', async () => {
    const user = userEvent.setup();
    act(() => explorerStore.getState().selectNode('person:kassym-jomart-tokayev'));
    renderPanel();
    await user.click(within(screen.getByRole('list', { name: 'Connections' })).getByRole('button', { name: /^Xi Jinping/ }));
    const panel = screen.getByRole('region', { name: 'Evidence' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Kassym-Jomart Tokayev — Xi Jinping');
    const excerpt = within(panel).getAllByRole('listitem')[0]!;
    expect(Array.from(excerpt.querySelectorAll('mark'), (mark) => mark.textContent)).toEqual(['President Xi', 'Kassym-Jomart Tokayev']);
  });

  it('opens the whole post in the source reader, with the passage current, and closes on Escape', async () => {
    const user = userEvent.setup();
    act(() => explorerStore.getState().selectNode('state:russia'));
    renderPanel();
    const showButtons = screen.getAllByRole('button', { name: 'Show in source' });
    await user.click(showButtons[showButtons.length - 1]!);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveAccessibleName('Uzbekistan Opens Up');
    expect(dialog.querySelector('[aria-current="true"]')).toHaveTextContent('Tashkent now hosts delegations from China, Russia');
    expect(dialog.querySelectorAll('.reader-passage')).toHaveLength(2);
    expect(within(dialog).getByRole('button', { name: 'Close source' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('renders passage text as text, never as HTML', () => {
    const model = explorerStore.getState().model!;
    const passage = model.graph.passages[0]!;
    const original = passage.text;
    try {
      passage.text = original.replace('China', '<img src=x onerror=alert(1)>');
      act(() => explorerStore.getState().openReader(passage.id));
      renderPanel();
      expect(document.querySelector('img')).toBeNull();
      expect(screen.getByRole('dialog')).toHaveTextContent('<img src=x onerror=alert(1)>');
    } finally {
      passage.text = original;
    }
  });

  it('renders long excerpt lists progressively', async () => {
    const user = userEvent.setup();
    const model = explorerStore.getState().model!;
    const passage = model.graph.passages[0]!;
    const [start, end] = passage.sentences[0]!;
    const excerpts = Array.from({ length: 120 }, (_, index) => ({ passage: { ...passage, id: `copy-${index}` }, start, end, highlights: [] as [number, number][] }));
    render(<ExcerptList groups={[{ key: 'k', postTitle: 'Post', postDate: undefined, documentTitle: 'Doc', excerpts }]} emptyText="none" />);
    expect(screen.getAllByRole('button', { name: 'Show in source' })).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: 'Show more (100 more excerpts)' }));
    expect(screen.getAllByRole('button', { name: 'Show in source' })).toHaveLength(100);
    await user.click(screen.getByRole('button', { name: 'Show more (20 more excerpts)' }));
    expect(screen.getAllByRole('button', { name: 'Show in source' })).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });
});

describe('<ExcerptList> footnote markers', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('shows a sentence without glued footnote markers, the names still marked', () => {
    const passage = { ...explorerStore.getState().model!.graph.passages[0]!, id: 'markers', text: 'Mullah Omar7 met the Shanghai Five.4 Then.' };
    const excerpts = [{ passage, start: 0, end: 36, highlights: [[7, 12], [21, 34]] as [number, number][] }];
    const { container } = render(<ExcerptList groups={[{ key: 'k', postTitle: 'Post', postDate: undefined, documentTitle: 'Doc', excerpts }]} emptyText="none" />);
    expect(container.querySelector('.passage-text')?.textContent).toBe('Mullah Omar met the Shanghai Five.');
    expect(Array.from(container.querySelectorAll('mark'), (mark) => mark.textContent)).toEqual(['Omar', 'Shanghai Five']);
  });
});

describe('<EvidencePanel> overview', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('lists the strongest links and opens one', async () => {
    const user = userEvent.setup();
    renderPanel();
    const buttons = within(screen.getByRole('list', { name: 'Strongest links' })).getAllByRole('button');
    expect(buttons[0]!.textContent).toMatch(/^Kazakhstan\s—\sUzbekistan\s*4 sentences/);
    await user.click(buttons[0]!);
    expect(explorerStore.getState().selection).toEqual({ kind: 'edge', id: 'state:kazakhstan|state:uzbekistan' });
  });
});

describe('<EvidencePanel> clearing', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('clears the selection back to the overview', async () => {
    const user = userEvent.setup();
    act(() => explorerStore.getState().selectNode('state:china'));
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(explorerStore.getState().selection).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Evidence' })).getByRole('heading', { level: 2 })).toHaveTextContent('Select an actor');
  });
});
