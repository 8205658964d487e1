import { beforeEach, describe, expect, it } from 'vitest';
import { edgeId, type Graph } from '../../src/graph-format/index.ts';
import {
  buildGraphModel, detectHubs, explorerStore, nextTask, prepareGraphModel, resetExplorerStore, selectHighlighted, selectVisibility, sortedActorRows, DEFAULT_FILTERS,
} from '../../src/explorer/store/index.ts';
import { generateGraph } from '../fixtures/graphs/generate.ts';
import { loadSmallGraph, smallGraph } from './helpers.ts';

const CHINA = 'state:china';
const KAZAKHSTAN = 'state:kazakhstan';

function labelsOf(model: ReturnType<typeof loadSmallGraph>, nodes: Iterable<number>): string[] {
  return Array.from(nodes, (node) => model.graph.nodes[node]!.label).sort();
}

describe('graph model', () => {
  it('indexes adjacency both ways', () => {
    const model = buildGraphModel(smallGraph());
    const kazakhstan = model.nodeIndex.get(KAZAKHSTAN)!;
    const neighbours = Array.from(model.incidentEdges[kazakhstan]!, (edge) =>
      model.edgeSource[edge] === kazakhstan ? model.edgeTarget[edge]! : model.edgeSource[edge]!);
    expect(model.degree[kazakhstan]).toBe(neighbours.length);
    expect(labelsOf(model, neighbours)).toContain('China');
    expect(labelsOf(model, neighbours)).toContain('Kassym-Jomart Tokayev');
  });

  it('scores PMI at sentence level, positive only', () => {
    // Two sentences with actors: "A B." and "A C.", plus "A." – A is everywhere, B and C once each.
    const text = 'Alfa met Bravo. Alfa met Charlie. Alfa alone.';
    const sentences: [number, number][] = [[0, 15], [16, 33], [34, 45]];
    const mention = (start: number, end: number) => ({ passageId: 'p', start, end });
    const node = (id: string, mentions: { passageId: string; start: number; end: number }[]) =>
      ({ id, label: id, type: 'state' as const, aliases: [id], mentionCount: mentions.length, documentCount: 1, mentions });
    const graph: Graph = {
      format: 'silkmap-graph', version: 2, generator: { name: 't', version: '0' },
      documents: [{ id: 'd', path: 'd.txt', title: 'D', length: 45 }],
      passages: [{ id: 'p', documentId: 'd', postIndex: 0, postTitle: 'P', text, sourceStart: 0, sourceEnd: 45, sentences }],
      nodes: [node('a', [mention(0, 4), mention(16, 20), mention(34, 38)]), node('b', [mention(9, 14)]), node('c', [mention(25, 32)])],
      edges: [
        { id: edgeId('a', 'b'), source: 'a', target: 'b', weight: 1, documentCount: 1, evidence: [{ passageId: 'p', sentence: 0, start: 0, end: 15 }] },
        { id: edgeId('b', 'c'), source: 'b', target: 'c', weight: 1, documentCount: 1, evidence: [{ passageId: 'p', sentence: 0, start: 0, end: 15 }] },
      ],
    };
    const model = buildGraphModel(graph);
    // p(a,b) = 1/3, p(a) = 1, p(b) = 1/3 → PMI = log(1) = 0: no stronger than chance.
    expect(model.pmi[0]).toBe(0);
    // p(b,c) = 1/3, p(b) = p(c) = 1/3 → PMI = log(3).
    expect(model.pmi[1]).toBeCloseTo(Math.log(3), 10);
  });

  it('builds a big model in short slices ahead of need, the same model as the one-go build', async () => {
    const graph = generateGraph(4000, 20_000, 4);
    const fresh = buildGraphModel(structuredClone(graph));
    let pauses = 0;
    // A zero budget pauses at every step.
    await prepareGraphModel(graph, () => { pauses++; return nextTask(); }, 0);
    expect(pauses).toBeGreaterThan(10);
    const prepared = buildGraphModel(graph);
    // The prepared model is handed out, not rebuilt...
    expect(buildGraphModel(graph)).toBe(prepared);
    // ...and it is the model a one-go build gives.
    expect(prepared.graph).toEqual(fresh.graph);
    for (const key of ['edgeSource', 'edgeTarget', 'degree', 'pmi', 'isHub', 'nodesByMentions', 'mentionRank'] as const) expect(prepared[key]).toEqual(fresh[key]);
    expect(prepared.incidentEdges).toEqual(fresh.incidentEdges);
    expect([...prepared.mentionsByPassage]).toEqual([...fresh.mentionsByPassage]);
    // Deep equality over a 4,000-actor model takes ~11 s on a loaded 2-core machine: no speed goal here.
  }, 60_000);

  it('flags actors linked to a large share of the linked actors as hubs', () => {
    // 10 linked actors: the hub threshold is 0.35 × 9 = 3.15 links.
    expect(Array.from(detectHubs(Uint32Array.of(9, 1, 2, 1, 1, 1, 1, 1, 1, 1)))).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Isolated actors do not dilute the share.
    expect(Array.from(detectHubs(Uint32Array.of(4, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)))).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Tiny graphs have no hubs.
    expect(Array.from(detectHubs(Uint32Array.of(2, 1, 1)))).toEqual([0, 0, 0]);
  });
});

describe('store slices', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('selects only actors and links that exist', () => {
    const state = explorerStore.getState();
    state.selectNode('state:atlantis');
    expect(explorerStore.getState().selection).toBeNull();
    state.selectNode(CHINA);
    expect(explorerStore.getState().selection).toEqual({ kind: 'node', id: CHINA });
    state.selectEdge(edgeId(CHINA, KAZAKHSTAN));
    expect(explorerStore.getState().selection).toEqual({ kind: 'edge', id: edgeId(CHINA, KAZAKHSTAN) });
  });

  it('toggles types and keeps them in canonical order', () => {
    const state = explorerStore.getState();
    state.toggleType('state', false);
    state.toggleType('state', true);
    expect(explorerStore.getState().filters.types).toEqual(DEFAULT_FILTERS.types);
  });

  it('resets to the initial state', () => {
    explorerStore.getState().selectNode(CHINA);
    resetExplorerStore();
    expect(explorerStore.getState().model).toBeNull();
    expect(explorerStore.getState().selection).toBeNull();
  });

  it('sorts the table by name and back', () => {
    const state = explorerStore.getState();
    state.sortTable('name');
    expect(explorerStore.getState().tableSort).toEqual({ key: 'name', direction: 'ascending' });
    state.sortTable('name');
    expect(explorerStore.getState().tableSort).toEqual({ key: 'name', direction: 'descending' });
  });
});

describe('visibility selector', () => {
  beforeEach(() => { loadSmallGraph(); });

  it('drops filtered types and every link touching them', () => {
    const model = explorerStore.getState().model!;
    const filters = { ...DEFAULT_FILTERS, types: ['state', 'person'] as const };
    const visible = selectVisibility(model, filters, null);
    expect(labelsOf(model, visible.visibleNodes)).not.toContain('Huawei');
    for (const edge of visible.visibleEdges) {
      expect(['state', 'person']).toContain(model.graph.nodes[model.edgeSource[edge]!]!.type);
      expect(['state', 'person']).toContain(model.graph.nodes[model.edgeTarget[edge]!]!.type);
    }
  });

  it('applies minimum mentions and minimum link weight', () => {
    const model = explorerStore.getState().model!;
    const visible = selectVisibility(model, { ...DEFAULT_FILTERS, minMentions: 5, minEdgeWeight: 2 }, null);
    for (const node of visible.visibleNodes) expect(model.graph.nodes[node]!.mentionCount).toBeGreaterThanOrEqual(5);
    expect(visible.visibleEdges.length).toBeGreaterThan(0);
    for (const edge of visible.visibleEdges) expect(model.graph.edges[edge]!.weight).toBeGreaterThanOrEqual(2);
  });

  it('hides or fades hubs', () => {
    const model = explorerStore.getState().model!;
    const hubs = Array.from(model.isHub.keys()).filter((node) => model.isHub[node]);
    expect(hubs.length).toBeGreaterThan(0);
    const hidden = selectVisibility(model, { ...DEFAULT_FILTERS, hubs: 'hide' }, null);
    for (const hub of hubs) expect(hidden.nodeVisible[hub]).toBe(0);
    const faded = selectVisibility(model, { ...DEFAULT_FILTERS, hubs: 'fade' }, null);
    for (const hub of hubs) expect([faded.nodeVisible[hub], faded.nodeFaded[hub]]).toEqual([1, 1]);
  });

  it('keeps a selected actor visible even when a filter would hide it', () => {
    const model = explorerStore.getState().model!;
    const visible = selectVisibility(model, { ...DEFAULT_FILTERS, types: ['firm'] }, { kind: 'node', id: CHINA });
    expect(visible.nodeVisible[model.nodeIndex.get(CHINA)!]).toBe(1);
  });

  it('focus keeps the selection and its neighbours, one or two hops', () => {
    const model = explorerStore.getState().model!;
    const tokayev = { kind: 'node' as const, id: 'person:kassym-jomart-tokayev' };
    const oneHop = selectVisibility(model, { ...DEFAULT_FILTERS, focus: 1 }, tokayev);
    expect(labelsOf(model, oneHop.visibleNodes)).toEqual(['China', 'Kassym-Jomart Tokayev', 'Kazakhstan', 'Xi Jinping']);
    const twoHops = selectVisibility(model, { ...DEFAULT_FILTERS, focus: 2 }, tokayev);
    expect(twoHops.visibleNodes.length).toBeGreaterThan(oneHop.visibleNodes.length);
    expect(labelsOf(model, twoHops.visibleNodes)).toContain('Shanghai Cooperation Organisation');
  });

  it('is stable: same inputs give the same object; changed filters give a new one', () => {
    const state = explorerStore.getState();
    const model = state.model!;
    const first = selectVisibility(model, state.filters, null);
    expect(selectVisibility(model, state.filters, { kind: 'node', id: CHINA })).toBe(first);
    state.setFilters({ minMentions: 3 });
    expect(selectVisibility(model, explorerStore.getState().filters, null)).not.toBe(first);
  });

  it('highlights the selected actor and its neighbours', () => {
    const model = explorerStore.getState().model!;
    const flags = selectHighlighted(model, { kind: 'node', id: 'person:xi-jinping' });
    const marked = Array.from(flags.keys()).filter((node) => flags[node]! > 0);
    expect(labelsOf(model, marked)).toEqual(['Kassym-Jomart Tokayev', 'Shanghai Cooperation Organisation', 'Xi Jinping']);
  });

  it('orders actor rows by the chosen column', () => {
    const model = explorerStore.getState().model!;
    const visible = selectVisibility(model, DEFAULT_FILTERS, null);
    const byMentions = Array.from(sortedActorRows(model, visible, { key: 'mentions', direction: 'descending' }), (n) => model.graph.nodes[n]!.mentionCount);
    expect(byMentions).toEqual([...byMentions].sort((a, b) => b - a));
    const byName = Array.from(sortedActorRows(model, visible, { key: 'name', direction: 'ascending' }), (n) => model.graph.nodes[n]!.label);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
  });
});

describe('actor types', () => {
  it('match the contract, in its order', async () => {
    const contract = await import('../../src/graph-format/index.ts');
    const { ACTOR_TYPES } = await import('../../src/explorer/store/actor-types.ts');
    expect(ACTOR_TYPES).toEqual(contract.ACTOR_TYPES);
  });
});
