import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeMeasures } from '../../src/analysis/index.ts';
import { startMeasures } from '../../src/explorer/analysis/index.ts';
import { columnsTransfer, measureColumns, measuresOfColumns, measuresRequest, networkOfRequest, requestTransfer } from '../../src/explorer/analysis/protocol.ts';
import { measuresWithoutBetweenness } from '../../src/explorer/analysis/quick-measures.ts';
import { COMMUNITY_COLOURS, communityColour, nodeColours, nodeRadii, nodeSizes, TYPE_COLOURS } from '../../src/explorer/canvas/scales.ts';
import { ActorsTable } from '../../src/explorer/components/actors-table.tsx';
import { Controls } from '../../src/explorer/components/controls.tsx';
import { Legend } from '../../src/explorer/components/legend.tsx';
import { buildGraphModel, explorerStore } from '../../src/explorer/store/index.ts';
import { loadSmallGraph, smallGraph } from './helpers.ts';


function loadWithMeasures() {
  const model = loadSmallGraph();
  const measures = computeMeasures(model.graph);
  explorerStore.getState().setMeasures(model, measures);
  return { model, measures };
}

function table() {
  return within(screen.getByRole('region', { name: 'Actors' })).getByRole('table');
}

/** Values of a column by its header name, in row order. */
function column(name: string): number[] {
  const headers = within(table()).getAllByRole('columnheader');
  const index = headers.findIndex((header) => header.textContent!.startsWith(name));
  if (index < 1) throw new Error(`no column ${name}`);
  // Row headers (the actor) are <th>, so data cells are offset by one.
  return within(table()).getAllByRole('row').slice(1).map((row) => Number(within(row).getAllByRole('cell')[index - 1]!.textContent));
}

describe('analysis store slice', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('starts with mentions/type and no measures', () => {
    const state = explorerStore.getState();
    expect(state.sizeBy).toBe('mentions');
    expect(state.colourBy).toBe('type');
    expect(state.measures).toBeNull();
  });

  it('keeps measures for the loaded graph only, and clears them when a new graph loads', () => {
    const old = explorerStore.getState().model!;
    const measures = computeMeasures(old.graph);
    explorerStore.getState().setGraph(smallGraph(), './other.json');
    explorerStore.getState().setMeasures(old, measures);
    expect(explorerStore.getState().measures).toBeNull();
    const current = explorerStore.getState().model!;
    explorerStore.getState().setMeasures(current, measures);
    expect(explorerStore.getState().measures).toBe(measures);
    explorerStore.getState().setGraph(smallGraph(), './again.json');
    expect(explorerStore.getState().measures).toBeNull();
  });

  it('sets size-by and colour-by', () => {
    explorerStore.getState().setSizeBy('pagerank');
    explorerStore.getState().setColourBy('community');
    expect(explorerStore.getState()).toMatchObject({ sizeBy: 'pagerank', colourBy: 'community' });
  });

  it('says measures are unavailable where there are no workers (jsdom) rather than freezing the page', () => {
    const model = explorerStore.getState().model!;
    startMeasures(model)();
    expect(explorerStore.getState().measures).toBeNull();
    expect(explorerStore.getState().measuresError).toBe('this browser cannot run Web Workers');
    render(<ActorsTable model={model} />);
    expect(screen.getByRole('status')).toHaveTextContent('Network measures unavailable: this browser cannot run Web Workers');
  });

  it('sends the worker only the network as typed arrays, and gets the same measures back', () => {
    const graph = smallGraph();
    const model = buildGraphModel(graph);
    const request = measuresRequest(graph, model.edgeSource, model.edgeTarget, true);
    expect(requestTransfer(request)).toHaveLength(3);
    // What the worker does, without the worker.
    const expected = computeMeasures(graph);
    const columns = measureColumns(request.nodeIds, computeMeasures(networkOfRequest(request)));
    expect(columnsTransfer(columns)).toHaveLength(5);
    const received = measuresOfColumns(request.nodeIds, { type: 'measures', columns, modularity: expected.modularity, communityCount: expected.communityCount, communitySizes: expected.communitySizes, complete: true, ms: 0 });
    expect(received).toEqual(expected);
    // Sending must not detach the model's own arrays.
    expect(model.edgeSource.length).toBe(graph.edges.length);
  });

  it('keeps an actor id such as "__proto__" as an ordinary key when unpacking measures', () => {
    const columns = { degree: Float64Array.of(2, 1), weightedDegree: Float64Array.of(3, 1), pagerank: Float64Array.of(0.6, 0.4), betweenness: Float64Array.of(1, 0), community: Int32Array.of(0, 0) };
    const measures = measuresOfColumns(['__proto__', 'state:a'], { type: 'measures', columns, modularity: 0, communityCount: 1, communitySizes: [2], complete: true, ms: 0 });
    expect(Object.keys(measures.nodes)).toEqual(['__proto__', 'state:a']);
    expect(measures.nodes['__proto__']!.degree).toBe(2);
    expect(measures.nodes['state:a']!.weightedDegree).toBe(1);
  });
});

describe('sizes and colours', () => {
  it('sizes by degree and PageRank, biggest for the highest value; PageRank falls back to mentions until measured', () => {
    const { model, measures } = loadWithMeasures();
    const byDegree = nodeSizes(model, 'degree', measures);
    const maxDegree = Math.max(...model.degree);
    model.graph.nodes.forEach((_, index) => {
      if (model.degree[index] === maxDegree) expect(byDegree[index]).toBe(Math.max(...byDegree));
    });
    const byRank = nodeSizes(model, 'pagerank', measures);
    const top = model.graph.nodes.reduce((best, node, index) => (measures.nodes[node.id]!.pagerank > measures.nodes[model.graph.nodes[best]!.id]!.pagerank ? index : best), 0);
    expect(byRank[top]).toBe(Math.max(...byRank));
    expect(nodeSizes(model, 'pagerank', null)).toEqual(nodeRadii(model));
  });

  it('colours by community from its own palette (cycling), by type otherwise', () => {
    const { model, measures } = loadWithMeasures();
    const colours = nodeColours(model, 'community', measures);
    model.graph.nodes.forEach((node, index) => {
      expect(colours[index]).toBe(COMMUNITY_COLOURS[measures.nodes[node.id]!.community % COMMUNITY_COLOURS.length]);
    });
    expect(communityColour(10)).toBe(communityColour(0));
    expect(nodeColours(model, 'community', null)).toEqual(model.graph.nodes.map((node) => TYPE_COLOURS[node.type]));
  });
});

describe('measures in the actors table', () => {
  it('says the measures are being computed and shows dashes until they arrive', () => {
    const model = loadSmallGraph();
    render(<ActorsTable model={model} />);
    expect(screen.getByText('Computing network measures…')).toBeInTheDocument();
    expect(within(table()).getAllByRole('row')[1]!.textContent).toContain('–');
    act(() => explorerStore.getState().setMeasures(model, computeMeasures(model.graph)));
    expect(screen.queryByText('Computing network measures…')).toBeNull();
    // Every actor is listed, so the degrees add up to twice the number of links.
    expect(column('Degree').reduce((sum, degree) => sum + degree, 0)).toBe(2 * model.graph.edges.length);
  });

  it.each([['PageRank', 'pagerank'], ['Betweenness', 'betweenness'], ['Weighted degree', 'weightedDegree'], ['Degree', 'degree']] as const)(
    'sorts by %s with the header button (aria-sort), both directions', async (label, key) => {
      const { model, measures } = loadWithMeasures();
      const user = userEvent.setup();
      render(<ActorsTable model={model} />);
      await user.click(within(table()).getByRole('button', { name: new RegExp(`^${label}`) }));
      expect(within(table()).getByRole('columnheader', { name: new RegExp(`^${label}`) })).toHaveAttribute('aria-sort', 'descending');
      const rows = within(table()).getAllByRole('row').slice(1).map((row) => within(row).getByRole('button').getAttribute('title')!.replace(/ \(.*$/, ''));
      const values = rows.map((label) => measures.nodes[model.graph.nodes.find((node) => node.label === label)!.id]![key]);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      await user.click(within(table()).getByRole('button', { name: new RegExp(`^${label}`) }));
      expect(within(table()).getByRole('columnheader', { name: new RegExp(`^${label}`) })).toHaveAttribute('aria-sort', 'ascending');
      const shown = column(label);
      expect(shown).toEqual([...shown].sort((a, b) => a - b));
    });

  it('sorts by community from the keyboard, smallest number first', async () => {
    const { model } = loadWithMeasures();
    const user = userEvent.setup();
    render(<ActorsTable model={model} />);
    within(table()).getByRole('button', { name: /^Community/ }).focus();
    await user.keyboard('{Enter}');
    expect(within(table()).getByRole('columnheader', { name: /^Community/ })).toHaveAttribute('aria-sort', 'ascending');
    const communities = column('Community');
    expect(communities).toEqual([...communities].sort((a, b) => a - b));
    expect(communities[0]).toBe(1);
  });
});

describe('size and colour controls', () => {
  it('change the store and the legend follows the colour choice', async () => {
    const { measures } = loadWithMeasures();
    const user = userEvent.setup();
    render(<><Controls /><Legend /></>);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size by' }), 'pagerank');
    expect(explorerStore.getState().sizeBy).toBe('pagerank');
    const legend = screen.getByRole('group', { name: 'Legend' });
    expect(legend.textContent).toContain('Size: PageRank');
    expect(within(legend).getByText('State')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour by' }), 'community');
    expect(explorerStore.getState().colourBy).toBe('community');
    expect(within(legend).queryByText('State')).toBeNull();
    expect(within(legend).getAllByRole('listitem')).toHaveLength(Math.min(10, measures.communityCount) + (measures.communityCount > 10 ? 1 : 0));
    expect(within(legend).getByText(`Community 1 (${measures.communitySizes[0]})`)).toBeInTheDocument();
  });
});

describe('quick pass for big graphs', () => {
  it('agrees with computeMeasures on everything but betweenness', () => {
    const graph = smallGraph();
    const full = computeMeasures(graph);
    const quick = measuresWithoutBetweenness(graph);
    expect(quick.communitySizes).toEqual(full.communitySizes);
    expect(quick.modularity).toBeCloseTo(full.modularity, 12);
    for (const node of graph.nodes) {
      expect(quick.nodes[node.id]).toEqual({ ...full.nodes[node.id]!, betweenness: 0 });
    }
  });

  it('marks betweenness as pending in the table until the complete answer arrives', () => {
    const model = loadSmallGraph();
    render(<ActorsTable model={model} />);
    act(() => explorerStore.getState().setMeasures(model, measuresWithoutBetweenness(model.graph), false));
    expect(screen.getByText(/Betweenness is left out on large graphs until asked for/)).toBeInTheDocument();
    expect(within(table()).getAllByRole('row')[1]!.textContent).toContain('…');
    fireEvent.click(screen.getByRole('button', { name: 'Compute betweenness' }));
    expect(screen.getByText('Computing betweenness (large graph)…')).toBeInTheDocument();
    act(() => explorerStore.getState().setMeasures(model, computeMeasures(model.graph)));
    expect(screen.queryByText(/Computing betweenness/)).toBeNull();
    expect(column('Betweenness').some((value) => value > 0)).toBe(true);
  });
});
