/**
 * The store's state changes (store/changes.ts) as plain functions of a state and arguments,
 * without a store: each expected value is worked out by hand from the rule it names.
 */
import { describe, expect, it } from 'vitest';
import {
  filtersChanged, graphShown, hovered, measuresArrived, measuresFailed, selected, selectionCleared, tableSorted, typeToggled,
} from '../../src/explorer/store/changes.ts';
import { DEFAULT_FILTERS } from '../../src/explorer/store/defaults.ts';
import { buildGraphModel } from '../../src/explorer/store/model.ts';
import type { GraphMeasures } from '../../src/analysis/types.ts';
import { smallGraph } from './helpers.ts';

const model = buildGraphModel(smallGraph());
const measures: GraphMeasures = { nodes: {}, modularity: 0, communityCount: 0, communitySizes: [] };

describe('store changes', () => {
  it('a new graph: ready under its source, nothing selected, hovered or measured', () => {
    const graph = smallGraph();
    const change = graphShown(graph, './graph.json');
    expect(change.model?.graph).toBe(graph);
    expect(change).toMatchObject({ load: { status: 'ready', source: './graph.json' }, selection: null, hoveredNode: -1, readerPassageId: null, measures: null, measuresError: null, measuresComplete: false });
  });

  it('a new graph keeps the selection and open passage it is given', () => {
    const keep = { selection: { kind: 'node' as const, id: 'state:china' }, readerPassageId: 'p1' };
    expect(graphShown(smallGraph(), 'your corpus', keep)).toMatchObject(keep);
  });

  it('selects only what the graph has', () => {
    const id = model.graph.nodes[0]!.id;
    const edge = model.graph.edges[0]!.id;
    expect(selected({ model }, 'node', id)).toEqual({ selection: { kind: 'node', id } });
    expect(selected({ model }, 'edge', edge)).toEqual({ selection: { kind: 'edge', id: edge } });
    expect(selected({ model }, 'node', edge)).toEqual({});
    expect(selected({ model: null }, 'node', id)).toEqual({});
  });

  it('clearing the selection ends Focus, and keeps the filters object when Focus was off', () => {
    expect(selectionCleared({ filters: { ...DEFAULT_FILTERS, focus: 2 } })).toEqual({ selection: null, filters: { ...DEFAULT_FILTERS, focus: 0 } });
    expect(selectionCleared({ filters: DEFAULT_FILTERS }).filters).toBe(DEFAULT_FILTERS);
  });

  it('changes filters by merging, and toggles a type keeping the default order', () => {
    expect(filtersChanged({ filters: DEFAULT_FILTERS }, { minMentions: 3 }).filters).toEqual({ ...DEFAULT_FILTERS, minMentions: 3 });
    const withoutState = typeToggled({ filters: DEFAULT_FILTERS }, 'state', false).filters!;
    expect(withoutState.types).toEqual(['organisation', 'firm', 'person']);
    expect(typeToggled({ filters: withoutState }, 'state', true).filters!.types).toEqual(['state', 'organisation', 'firm', 'person']);
  });

  it('hovering the node hovered already changes nothing', () => {
    expect(hovered({ hoveredNode: 4 }, 4)).toEqual({});
    expect(hovered({ hoveredNode: 4 }, -1)).toEqual({ hoveredNode: -1 });
  });

  it('sorts: the same column turns round; a new one starts A→Z for names and communities, largest first otherwise', () => {
    expect(tableSorted({ tableSort: { key: 'mentions', direction: 'descending' } }, 'mentions')).toEqual({ tableSort: { key: 'mentions', direction: 'ascending' } });
    expect(tableSorted({ tableSort: { key: 'mentions', direction: 'descending' } }, 'name')).toEqual({ tableSort: { key: 'name', direction: 'ascending' } });
    expect(tableSorted({ tableSort: { key: 'name', direction: 'ascending' } }, 'community')).toEqual({ tableSort: { key: 'community', direction: 'ascending' } });
    expect(tableSorted({ tableSort: { key: 'name', direction: 'ascending' } }, 'pagerank')).toEqual({ tableSort: { key: 'pagerank', direction: 'descending' } });
  });

  it('takes measures and their errors only for the graph still loaded', () => {
    const other = buildGraphModel(smallGraph());
    expect(measuresArrived({ model }, model, measures, false)).toEqual({ measures, measuresComplete: false, measuresError: null });
    expect(measuresArrived({ model }, other, measures)).toEqual({});
    expect(measuresFailed({ model }, model, 'no workers')).toEqual({ measuresError: 'no workers' });
    expect(measuresFailed({ model: other }, model, 'no workers')).toEqual({});
  });
});

describe('PendingSaves', () => {
  it('chains writes in order and settles after the last; a tracked save replaces the chain', async () => {
    const { PendingSaves } = await import('../../src/explorer/store/pending-saves.ts');
    const saves = new PendingSaves();
    const order: string[] = [];
    let release!: () => void;
    void saves.chain(() => new Promise<void>((resolve) => { release = () => { order.push('first'); resolve(); }; }));
    void saves.chain(async () => { order.push('second'); });
    const settled = saves.settled().then(() => order.push('settled'));
    await Promise.resolve();
    expect(order).toEqual([]);
    release();
    await settled;
    expect(order).toEqual(['first', 'second', 'settled']);
    let finish!: () => void;
    saves.track(new Promise<void>((resolve) => { finish = resolve; }));
    let done = false;
    const tracked = saves.settled().then(() => { done = true; });
    await Promise.resolve();
    expect(done).toBe(false);
    finish();
    await tracked;
    expect(done).toBe(true);
  });
});
