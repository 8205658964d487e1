import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { XMLParser } from 'fast-xml-parser';
import { computeMeasures } from '../../src/analysis/index.ts';
import { CopyLink, EvidenceDownloads, ExportMenu, type ViewSnapshot } from '../../src/explorer/export/index.ts';
import { graphExportFiles } from '../../src/explorer/export/graph-exports.ts';
import { focusOfSelection } from '../../src/explorer/export/image-exports.ts';
import { buildGraphModel, explorerStore } from '../../src/explorer/store/index.ts';
import type { GraphModel } from '../../src/explorer/store/types.ts';
import { loadSmallGraph, smallGraph } from './helpers.ts';

interface Download { name: string; text: string }

/** Captures what downloadFile saves: the Blob behind each object URL and the <a download> name. */
function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let counter = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => { const url = `blob:test/${counter++}`; blobs.set(url, blob as Blob); return url; });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    void blob.text().then((text) => downloads.push({ name: this.download, text }));
  });
  return downloads;
}

function fakeView(model: GraphModel, visible: string[]): ViewSnapshot {
  const positions = new Map(model.graph.nodes.map((node, index) => [node.id, { x: index * 10, y: -index * 5 }]));
  return {
    width: 800, height: 600, transform: { x: 10, y: 20, k: 2 }, positions,
    radii: new Map(model.graph.nodes.map((node) => [node.id, 8])),
    colours: new Map(model.graph.nodes.map((node) => [node.id, '#123456'])),
    visibleNodeIds: new Set(visible),
  };
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const asArray = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('graph exports from the explorer', () => {
  it('writes GEXF with the view positions, colours, measures, and only the visible actors when asked', async () => {
    const model = loadSmallGraph();
    const measures = computeMeasures(model.graph);
    const visible = ['state:china', 'state:kazakhstan', 'firm:huawei'];
    const [all] = await graphExportFiles({ format: 'gexf', model, measures, view: fakeView(model, visible), visibleOnly: false });
    const nodes = asArray(xml.parse(all!.content).gexf.graph.nodes.node) as Record<string, unknown>[];
    expect(nodes).toHaveLength(model.graph.nodes.length);
    const china = nodes.find((node) => node.id === 'state:china') as Record<string, Record<string, string>>;
    const index = model.nodeIndex.get('state:china')!;
    expect(Number(china['viz:position']!.x)).toBe(index * 10);
    expect(china['viz:color']).toMatchObject({ r: '18', g: '52', b: '86' });
    expect(all!.content).toContain('pagerank');
    const [subset] = await graphExportFiles({ format: 'gexf', model, measures, view: fakeView(model, visible), visibleOnly: true });
    expect(asArray(xml.parse(subset!.content).gexf.graph.nodes.node)).toHaveLength(3);
  });

  it('gives several files for CSV and Neo4j', async () => {
    const model = loadSmallGraph();
    const csv = await graphExportFiles({ format: 'csv', model, measures: null, view: null, visibleOnly: false });
    expect(csv.map((file) => file.name).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const neo4j = await graphExportFiles({ format: 'neo4j', model, measures: null, view: null, visibleOnly: true });
    expect(neo4j.length).toBeGreaterThanOrEqual(3);
    expect(neo4j.map((file) => file.name)).toContain('load.cypher');
  });
});

describe('<ExportMenu>', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens, downloads GEXF and Neo4j files, and closes with Escape', async () => {
    const model = loadSmallGraph();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<ExportMenu model={model} />);
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('group', { name: 'Export' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'GEXF' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('graph.gexf');
    expect(asArray(xml.parse(downloads[0]!.text).gexf.graph.nodes.node)).toHaveLength(model.graph.nodes.length);
    expect(screen.getByRole('status')).toHaveTextContent('GEXF: 1 file downloaded');
    await user.click(screen.getByRole('button', { name: 'Neo4j' }));
    await waitFor(() => expect(downloads.length).toBeGreaterThanOrEqual(4));
    expect(downloads.map((file) => file.name)).toEqual(expect.arrayContaining(['nodes.csv', 'edges.csv', 'load.cypher']));
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('explains that an image needs a drawn network (no canvas in jsdom)', async () => {
    const model = loadSmallGraph();
    const user = userEvent.setup();
    render(<ExportMenu model={model} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'PNG' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('PNG failed: the network is not drawn in this browser'));
  });

  it('exports an SVG of the registered view with one circle per visible actor', async () => {
    const model = loadSmallGraph();
    const downloads = captureDownloads();
    const unregister = explorerStore.getState().registerView(() => fakeView(model, ['state:china', 'state:russia']));
    const user = userEvent.setup();
    render(<ExportMenu model={model} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('radio', { name: '2×' }));
    await user.click(screen.getByRole('button', { name: 'SVG' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    unregister();
    expect(downloads[0]!.name).toBe('silkmap-network@2x.svg');
    const svg = xml.parse(downloads[0]!.text).svg;
    expect(svg).toMatchObject({ width: '1600', height: '1200', viewBox: '0 0 800 600' });
    expect(asArray(svg.g.find((group: { class: string }) => group.class === 'actors').circle)).toHaveLength(2);
  });
});

describe('<EvidenceDownloads>', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads a Markdown pack with every sentence of the actor and a CSV with one row per sentence', async () => {
    const model = loadSmallGraph();
    const downloads = captureDownloads();
    const user = userEvent.setup();
    render(<EvidenceDownloads model={model} target={{ kind: 'actor', actorId: 'firm:huawei' }} />);
    await user.click(screen.getByRole('button', { name: 'Markdown' }));
    await user.click(screen.getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    const markdown = downloads.find((file) => file.name.endsWith('.md'))!;
    expect(markdown.name).toBe('evidence-firm-huawei.md');
    const huawei = model.graph.nodes[model.nodeIndex.get('firm:huawei')!]!;
    for (const mention of huawei.mentions) {
      const passage = model.passageById.get(mention.passageId)!;
      expect(markdown.text).toContain(passage.postTitle);
    }
    expect(markdown.text).toContain('Huawei');
    const csv = downloads.find((file) => file.name.endsWith('.csv'))!;
    expect(csv.text.split('\n')[0]).toContain('sentence');
  });
});

describe('<CopyLink>', () => {
  beforeEach(() => { window.history.replaceState(null, '', '/'); });
  afterEach(() => vi.restoreAllMocks());

  it('copies the address of the current view and says "Copied"', async () => {
    loadSmallGraph();
    explorerStore.getState().selectNode('state:china');
    explorerStore.getState().setSizeBy('pagerank');
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<CopyLink />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
    const copied = new URL(writeText.mock.calls[0]![0]);
    expect(copied.searchParams.get('actor')).toBe('state:china');
    expect(copied.searchParams.get('size')).toBe('pagerank');
  });

  it('falls back to a selected read-only field when the clipboard is refused', async () => {
    loadSmallGraph();
    explorerStore.getState().setColourBy('community');
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<CopyLink />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: /copy/i });
    expect(field).toHaveAttribute('readonly');
    expect((field as HTMLInputElement).value).toContain('colour=community');
    expect(field).toHaveFocus();
    expect((field as HTMLInputElement).selectionEnd).toBe((field as HTMLInputElement).value.length);
    expect(screen.getByRole('status')).not.toHaveTextContent('Copied');
  });
});

describe('selection in image exports', () => {
  it('focuses the selected actor, its visible neighbours and their links; a selected link focuses its two ends', () => {
    const model = buildGraphModel(smallGraph());
    const all = new Set(model.graph.nodes.map((node) => node.id));
    const xi = 'person:xi-jinping';
    const incident = model.graph.edges.filter((edge) => edge.source === xi || edge.target === xi);
    const focus = focusOfSelection(model, { kind: 'node', id: xi }, all)!;
    expect([...focus.selectedNodeIds]).toEqual([xi]);
    expect([...focus.edgeIds].sort()).toEqual(incident.map((edge) => edge.id).sort());
    expect([...focus.nodeIds].sort()).toEqual([...new Set([xi, ...incident.flatMap((edge) => [edge.source, edge.target])])].sort());
    // A neighbour that is filtered out is not in the focus.
    const hidden = incident[0]!.source === xi ? incident[0]!.target : incident[0]!.source;
    const withoutHidden = focusOfSelection(model, { kind: 'node', id: xi }, new Set([...all].filter((id) => id !== hidden)))!;
    expect(withoutHidden.nodeIds.has(hidden)).toBe(false);
    const edge = model.graph.edges[0]!;
    const linkFocus = focusOfSelection(model, { kind: 'edge', id: edge.id }, all)!;
    expect([...linkFocus.nodeIds].sort()).toEqual([edge.source, edge.target].sort());
    expect([...linkFocus.edgeIds]).toEqual([edge.id]);
    expect(focusOfSelection(model, null, all)).toBeUndefined();
  });
});
