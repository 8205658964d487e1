import 'fake-indexeddb/auto';
import { clear, keys, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { idAfterOperation, idBeforeOperation, overridesJson, overridesOf } from '../../src/explorer/curation/index.ts';
import { clearOverrides, loadOverrides, saveOverrides } from '../../src/explorer/curation/storage.ts';
import { surfaceCounts } from '../../src/explorer/curation/surfaces.ts';
import { buildGraphModel, explorerStore, resetExplorerStore } from '../../src/explorer/store/index.ts';
import { buildGraph } from '../fixtures/export/build-graph.ts';

// Expected values are worked out by hand from the fixtures built here.
const state = () => explorerStore.getState();

describe('surface counts', () => {
  it('counts each written form of an actor, most frequent first, ties in name order', () => {
    // Alma meets Zed twice and Bek twice: Alma is written 4 times, Zed 2, Bek 2.
    const graph = buildGraph([{ label: 'Alma' }, { label: 'Zed' }, { label: 'Bek' }], [['Alma', 'Zed', 2], ['Alma', 'Bek', 2]]);
    const alma = graph.nodes.find((node) => node.label === 'Alma')!;
    // As if Zed and Bek had been merged into Alma (Zed's mentions first), plus one mention
    // whose passage the graph does not have (skipped).
    for (const label of ['Zed', 'Bek']) alma.mentions.push(...graph.nodes.find((node) => node.label === label)!.mentions);
    alma.mentions.push({ passageId: 'd1:missing', start: 0, end: 3 });
    const model = buildGraphModel(graph);
    expect(surfaceCounts(model, alma.id)).toEqual([{ surface: 'Alma', count: 4 }, { surface: 'Bek', count: 2 }, { surface: 'Zed', count: 2 }]);
    expect(surfaceCounts(model, 'state:nobody')).toEqual([]);
  });
});

describe('the overrides document', () => {
  it('is written as indented JSON ending in a newline', () => {
    expect(overridesJson(overridesOf([{ op: 'hide', id: 'state:x' }]))).toBe(
      '{\n  "format": "silkmap-overrides",\n  "version": 1,\n  "operations": [\n    {\n      "op": "hide",\n      "id": "state:x"\n    }\n  ]\n}\n',
    );
  });
});

describe('selection following, every operation', () => {
  const xi = { label: 'Xi Jinping', type: 'person' as const };
  it('changes only the id the operation names', () => {
    expect(idAfterOperation({ op: 'retype', id: 'person:xi-jinping', type: 'state' }, 'state:china', xi)).toBe('state:china');
    expect(idAfterOperation({ op: 'hide', id: 'person:xi-jinping' }, 'state:china', xi)).toBe('state:china');
    expect(idAfterOperation({ op: 'merge', into: 'a:b', from: ['c:d'] }, 'a:b', undefined)).toBe('a:b');
    expect(idAfterOperation({ op: 'merge', into: 'a:b', from: ['c:d'] }, 'x:y', undefined)).toBe('x:y');
    expect(idAfterOperation({ op: 'relation', passageId: 'd1:p0', sentence: 0, between: ['person:xi-jinping', 'state:china'], relation: { type: 'meets' } }, 'person:xi-jinping', xi)).toBe('person:xi-jinping');
    // Without the actor's label and type the new id cannot be known: the id stays.
    expect(idAfterOperation({ op: 'rename', id: 'person:xi-jinping', label: 'Xi' }, 'person:xi-jinping', undefined)).toBe('person:xi-jinping');
    expect(idAfterOperation({ op: 'retype', id: 'person:xi-jinping', type: 'state' }, 'person:xi-jinping', undefined)).toBe('person:xi-jinping');
  });

  it('maps back only the id a rename or retype produced', () => {
    expect(idBeforeOperation({ op: 'retype', id: 'person:xi-jinping', type: 'state' }, 'state:xi-jinping', xi)).toBe('person:xi-jinping');
    expect(idBeforeOperation({ op: 'retype', id: 'person:xi-jinping', type: 'state' }, 'state:china', xi)).toBe('state:china');
    expect(idBeforeOperation({ op: 'rename', id: 'person:xi-jinping', label: 'Xi' }, 'person:xi', undefined)).toBe('person:xi');
    expect(idBeforeOperation({ op: 'hide', id: 'person:xi-jinping' }, 'person:xi-jinping', xi)).toBe('person:xi-jinping');
    expect(idBeforeOperation({ op: 'merge', into: 'a:b', from: ['c:d'] }, 'a:b', undefined)).toBe('a:b');
  });
});

describe('stored overrides', () => {
  beforeEach(async () => { await clear(); });

  it('reads back what was saved, nothing when cleared, and reports damage per error', async () => {
    expect(await loadOverrides('k')).toEqual({ ok: true, overrides: null });
    const document = overridesOf([{ op: 'hide', id: 'state:x' }]);
    await saveOverrides('k', document);
    expect(await loadOverrides('k')).toEqual({ ok: true, overrides: document });
    expect(await loadOverrides('other')).toEqual({ ok: true, overrides: null });
    await clearOverrides('k');
    expect(await loadOverrides('k')).toEqual({ ok: true, overrides: null });
    await set('silkmap:overrides:k', { format: 'silkmap-overrides', version: 1, operations: [{ op: 'hide' }] });
    const damaged = await loadOverrides('k');
    expect(damaged.ok).toBe(false);
    if (damaged.ok) return;
    expect(damaged.errors.length).toBeGreaterThan(0);
    for (const error of damaged.errors) expect(error).toMatch(/^saved changes are damaged: ./);
  });
});

describe('curation without and with a graph', () => {
  beforeEach(async () => { await explorerStore.getState().curationSaved(); await clear(); resetExplorerStore(); });

  it('refuses changes before a graph is loaded and ignores undo, redo and imports', async () => {
    expect(state().curate({ op: 'hide', id: 'state:x' })).toBe('no graph is loaded');
    state().undo();
    state().redo();
    expect(await state().importOverrides(JSON.stringify(overridesOf([])))).toBe(false);
    expect(state().curation.overrides.operations).toEqual([]);
    expect(state().model).toBeNull();
  });

  it('collects errors and warnings until dismissed, and keeps an edge selection through undo', () => {
    const graph = buildGraph([{ label: 'Alma' }, { label: 'Bek' }, { label: 'Cem' }], [['Alma', 'Bek'], ['Bek', 'Cem']]);
    state().beginCuration('k', graph, './graph.json', overridesOf([{ op: 'hide', id: 'state:nobody' }]));
    expect(state().curation.warnings).toEqual([{ index: 0, op: 'hide', reason: 'no actor "state:nobody"' }]);
    state().addCurationErrors(['one']);
    state().addCurationErrors(['two', 'three']);
    expect(state().curation.errors).toEqual(['one', 'two', 'three']);
    state().dismissCurationMessages();
    expect(state().curation).toMatchObject({ errors: [], warnings: [] });

    state().selectEdge('state:alma|state:bek');
    expect(state().curate({ op: 'hide', id: 'state:cem' })).toBeNull();
    expect(state().selection).toEqual({ kind: 'edge', id: 'state:alma|state:bek' });
    expect(state().model!.graph.nodes.map((node) => node.id)).toEqual(['state:alma', 'state:bek']);
    state().undo();
    expect(state().selection).toEqual({ kind: 'edge', id: 'state:alma|state:bek' });
    expect(state().model!.graph.nodes).toHaveLength(3);
    // Hiding an end of the selected link removes the link, and with it the selection.
    state().curate({ op: 'hide', id: 'state:alma' });
    expect(state().selection).toBeNull();
  });

  it('undoes a merge back to the base graph without the merged aliases staying behind', () => {
    const graph = buildGraph([{ label: 'Alma' }, { label: 'Bek' }], [['Alma', 'Bek']]);
    state().beginCuration('k', graph, './graph.json');
    state().curate({ op: 'merge', into: 'state:alma', from: ['state:bek'] });
    expect(state().model!.graph.nodes).toEqual([expect.objectContaining({ id: 'state:alma', aliases: ['Alma', 'Bek'], mentionCount: 2 })]);
    state().undo();
    expect(state().model!.graph.nodes.map((node) => [node.id, node.aliases])).toEqual([['state:alma', ['Alma']], ['state:bek', ['Bek']]]);
    expect(state().curation.undone).toEqual([{ op: 'merge', into: 'state:alma', from: ['state:bek'] }]);
  });

  it('keeps the redo stack in order, and an import empties it', async () => {
    const graph = buildGraph([{ label: 'Alma' }, { label: 'Bek' }, { label: 'Cem' }, { label: 'Dov' }], [['Alma', 'Bek'], ['Cem', 'Dov']]);
    state().beginCuration('k', graph, './graph.json');
    for (const label of ['alma', 'bek', 'cem']) state().curate({ op: 'hide', id: `state:${label}` });
    state().undo(); state().undo(); state().undo();
    state().redo();
    expect(state().curation.overrides.operations).toEqual([{ op: 'hide', id: 'state:alma' }]);
    expect(state().curation.undone).toEqual([{ op: 'hide', id: 'state:cem' }, { op: 'hide', id: 'state:bek' }]);
    expect(await state().importOverrides(JSON.stringify(overridesOf([{ op: 'hide', id: 'state:dov' }])))).toBe(true);
    expect(state().curation.undone).toEqual([]);
  });

  it('refuses changes to a graph shown without curation, and saves nothing under an empty corpus key', async () => {
    state().setGraph(buildGraph([{ label: 'Alma' }], []), './graph.json');
    expect(state().curate({ op: 'hide', id: 'state:alma' })).toBe('no graph is loaded');
    state().beginCuration('', buildGraph([{ label: 'Alma' }, { label: 'Bek' }], [['Alma', 'Bek']]), './graph.json');
    expect(state().curate({ op: 'hide', id: 'state:bek' })).toBeNull();
    await explorerStore.getState().curationSaved();
    expect(await keys()).toEqual([]);
  });
});
