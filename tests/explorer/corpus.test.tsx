import 'fake-indexeddb/auto';
import { clear, get } from 'idb-keyval';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CorpusBar, DropZone, type IngestFiles, type IngestOptions, type IngestResult } from '../../src/explorer/corpus/index.ts';
import { explorerStore, resetExplorerStore } from '../../src/explorer/store/index.ts';
import { parseGraphJson } from '../../src/graph-format/index.ts';
import { smallGraph } from './helpers.ts';

const state = () => explorerStore.getState();

/** An ingest service the test drives by hand: it records its calls and settles when told to. */
function manualIngest() {
  const calls: { files: File[]; options: IngestOptions; resolve: (result: IngestResult) => void; reject: (error: Error) => void }[] = [];
  const ingest: IngestFiles = (files, options) => new Promise((resolve, reject) => {
    calls.push({ files, options, resolve, reject });
    options.signal?.addEventListener('abort', () => reject(new DOMException('Extraction cancelled', 'AbortError')));
  });
  return { ingest, calls };
}

function renderBar() {
  return render(<CorpusBar model={state().model!} />);
}

const fileInput = () => screen.getByLabelText('Files to build a graph from') as HTMLInputElement;
const files = [new File(['China and Kazakhstan.'], 'a.txt', { type: 'text/plain' }), new File(['Russia.'], 'b.md', { type: 'text/markdown' })];

describe('<CorpusBar>', () => {
  beforeEach(async () => {
    await explorerStore.getState().corpusSaved();
    await explorerStore.getState().curationSaved();
    await clear();
    resetExplorerStore();
    state().beginCuration('sample:./graph.json', smallGraph(), './graph.json');
  });

  it('offers no file dialog when the page has no ingest service, but still the graph download', () => {
    renderBar();
    expect(screen.queryByRole('button', { name: 'Open files…' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download graph JSON' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Back to the sample corpus' })).toBeNull();
  });

  it('saves the shown graph as graph.json, typed as JSON, when Download graph JSON is clicked', async () => {
    const saved: { name: string; type: string; text: Promise<string> }[] = [];
    const blobs = new Map<string, Blob>();
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { blobs.set('blob:test', blob as Blob); return 'blob:test'; });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href)!;
      saved.push({ name: this.download, type: blob.type, text: blob.text() });
    });
    try {
      renderBar();
      await userEvent.click(screen.getByRole('button', { name: 'Download graph JSON' }));
      expect(saved.map(({ name, type }) => ({ name, type }))).toEqual([{ name: 'graph.json', type: 'application/json' }]);
      const parsed = parseGraphJson(await saved[0]!.text);
      expect(parsed.ok && parsed.graph.nodes.map((node) => node.label)).toEqual(smallGraph().nodes.map((node) => node.label));
    } finally {
      create.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    }
  });

  it('extracts picked files with a progress bar, shows the refused ones by name, and replaces the graph', async () => {
    const { ingest, calls } = manualIngest();
    state().provideIngest(ingest);
    renderBar();
    expect(fileInput()).toHaveAttribute('accept', '.txt,.md,.markdown,.html,.htm');
    expect(fileInput().multiple).toBe(true);
    await userEvent.upload(fileInput(), files);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.files.map((file) => file.name)).toEqual(['a.txt', 'b.md']);
    const progress = screen.getByRole('progressbar', { name: 'Extraction progress' });
    expect(progress).toHaveAttribute('aria-valuenow', '0');
    expect(progress).toHaveAttribute('aria-valuemax', '2');
    act(() => calls[0]!.options.onProgress?.(1, 2, 'a.txt'));
    expect(progress).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByText(/a\.txt/)).toBeInTheDocument();

    const graph = smallGraph();
    const custom = { ...graph, nodes: graph.nodes.filter((node) => node.type === 'state'), edges: graph.edges.filter((edge) => edge.source.startsWith('state:') && edge.target.startsWith('state:')) };
    await act(async () => calls[0]!.resolve({ graph: custom, skipped: [{ path: 'image.txt', reason: 'binary file' }], notes: [] }));
    // The new graph's model is prepared over a few tasks before it replaces the old one.
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(state().corpus.kind).toBe('custom');
    expect(state().model!.graph.nodes).toHaveLength(custom.nodes.length);
    expect(state().curation.corpusKey).toBe('custom');
    expect(screen.getByText(/^Your corpus: \d+ files?$/)).toBeInTheDocument();
    const notice = screen.getByRole('alert');
    expect(within(notice).getByRole('list', { name: 'Files left out' })).toHaveTextContent('image.txt: binary file');
    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();

    await explorerStore.getState().corpusSaved();
    expect((await get('silkmap:custom-corpus'))?.graph).toEqual(custom);
    expect(screen.getByRole('button', { name: 'Back to the sample corpus' })).toBeInTheDocument();
  });

  it('cancels: the signal is aborted, the bar goes, the graph on screen stays', async () => {
    const { ingest, calls } = manualIngest();
    state().provideIngest(ingest);
    const before = state().model;
    renderBar();
    await userEvent.upload(fileInput(), files);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls[0]!.options.signal?.aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    await act(async () => { await Promise.resolve(); });
    expect(state().model).toBe(before);
    expect(state().corpus.kind).toBe('sample');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why nothing could be extracted', async () => {
    state().provideIngest(async () => { throw new Error('No readable files (image.txt: binary file)'); });
    renderBar();
    await userEvent.upload(fileInput(), [new File([new Uint8Array([0, 1, 2])], 'image.txt')]);
    expect(await screen.findByRole('alert')).toHaveTextContent('No readable files (image.txt: binary file)');
    expect(state().corpus.kind).toBe('sample');
  });
});

describe('<DropZone>', () => {
  it('shows while files are dragged over the window and hands dropped files over', () => {
    const onFiles = vi.fn();
    render(<DropZone onFiles={onFiles} />);
    const zone = screen.getByTestId('drop-zone');
    expect(zone).not.toBeVisible();
    const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(zone).toBeVisible();
    const drop = fireEvent.drop(window, { dataTransfer });
    expect(drop).toBe(false); // default prevented: the browser does not open the file
    expect(zone).not.toBeVisible();
    expect(onFiles).toHaveBeenCalledWith(files);
  });

  it('ignores drags that carry no files (text, links)', () => {
    const onFiles = vi.fn();
    render(<DropZone onFiles={onFiles} />);
    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.getByTestId('drop-zone')).not.toBeVisible();
    fireEvent.drop(window, { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(onFiles).not.toHaveBeenCalled();
  });

  it('hides again when the drag leaves the window', () => {
    render(<DropZone onFiles={() => undefined} />);
    const dataTransfer = { types: ['Files'], files };
    fireEvent.dragEnter(window, { dataTransfer });
    fireEvent.dragEnter(window, { dataTransfer });
    fireEvent.dragLeave(window, { dataTransfer });
    expect(screen.getByTestId('drop-zone')).toBeVisible();
    fireEvent.dragLeave(window, { dataTransfer });
    expect(screen.getByTestId('drop-zone')).not.toBeVisible();
  });
});
