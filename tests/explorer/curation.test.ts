import 'fake-indexeddb/auto';
import { clear, get } from 'idb-keyval';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { explorerStore, resetExplorerStore } from '../../src/explorer/store/index.ts';
import { idAfterOperation, idBeforeOperation, overridesOf } from '../../src/explorer/curation/index.ts';
import { sampleCorpusKey } from '../../src/explorer/corpus/index.ts';
import { applyOverrides } from '../../src/graph-format/index.ts';
import { smallGraph } from './helpers.ts';

const SAMPLE = './graph.json';
const fixture = readFileSync(resolve('tests/fixtures/graphs/small.json'), 'utf8');
const fetchFixture = (async () => new Response(fixture, { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;

const state = () => explorerStore.getState();
const ids = () => state().model!.graph.nodes.map((node) => node.id);
const selectedId = () => { const selection = state().selection; return selection?.kind === 'node' ? selection.id : null; };

function beginSample() {
  resetExplorerStore();
  state().beginCuration(sampleCorpusKey(SAMPLE), smallGraph(), SAMPLE);
}

describe('curation slice', () => {
  beforeEach(async () => {
    await explorerStore.getState().curationSaved();
    await explorerStore.getState().corpusSaved();
    await clear();
    beginSample();
  });

  it('shows applyOverrides(base, operations) after every change, and undo/redo walk the operations', () => {
    expect(state().curate({ op: 'merge', into: 'state:kazakhstan', from: ['state:kyrgyzstan'] })).toBeNull();
    expect(state().curate({ op: 'hide', id: 'firm:huawei' })).toBeNull();
    const operations = state().curation.overrides.operations;
    expect(operations.map((operation) => operation.op)).toEqual(['merge', 'hide']);
    // The browser shows what the CLI's applyOverrides makes of the same operations...
    expect(state().model!.graph).toEqual(applyOverrides(smallGraph(), overridesOf(operations)).graph);
    // ...and that is the graph worked out by hand: Kyrgyzstan's 4 mentions join Kazakhstan's 6, Huawei goes.
    expect([...ids()].sort()).toEqual([
      'firm:china-national-petroleum-corporation', 'organisation:eurasian-economic-union', 'organisation:shanghai-cooperation-organisation',
      'person:kassym-jomart-tokayev', 'person:shavkat-mirziyoyev', 'person:xi-jinping',
      'state:china', 'state:kazakhstan', 'state:russia', 'state:uzbekistan',
    ]);
    expect(state().model!.graph.edges.some((edge) => edge.source === 'firm:huawei' || edge.target === 'firm:huawei' || edge.id.includes('kyrgyzstan'))).toBe(false);
    expect(state().model!.graph.nodes.find((node) => node.id === 'state:kazakhstan')!.mentionCount).toBe(10);

    state().undo();
    expect(ids()).toContain('firm:huawei');
    expect(ids()).not.toContain('state:kyrgyzstan');
    state().undo();
    expect(ids()).toContain('state:kyrgyzstan');
    // Back to the extracted graph exactly: the merge left nothing behind (not even aliases).
    expect(state().model!.graph).toEqual(smallGraph());
    state().undo(); // nothing left: no change
    expect(state().curation.overrides.operations).toEqual([]);
    state().redo();
    state().redo();
    expect(state().curation.overrides.operations).toEqual(operations);
    expect(ids()).not.toContain('firm:huawei');
  });

  it('a new change after undo drops the redo stack', () => {
    state().curate({ op: 'hide', id: 'firm:huawei' });
    state().undo();
    expect(state().curation.undone).toHaveLength(1);
    state().curate({ op: 'hide', id: 'state:russia' });
    expect(state().curation.undone).toEqual([]);
    state().redo();
    expect(state().curation.overrides.operations).toEqual([{ op: 'hide', id: 'state:russia' }]);
  });

  it('refuses an operation that would not apply, with the reason, and changes nothing', () => {
    const before = state().model;
    expect(state().curate({ op: 'rename', id: 'state:china', label: 'Kazakhstan' })).toMatch(/another actor already has the id "state:kazakhstan"/);
    expect(state().curate({ op: 'hide', id: 'state:atlantis' })).toBe('no actor "state:atlantis"');
    expect(state().curation.overrides.operations).toEqual([]);
    expect(state().model).toBe(before);
  });

  it('moves the selection to a renamed, retyped or merged actor, and back on undo; a hidden one is deselected', () => {
    state().selectNode('person:xi-jinping');
    state().curate({ op: 'rename', id: 'person:xi-jinping', label: 'Xi' });
    expect(selectedId()).toBe('person:xi');
    state().curate({ op: 'retype', id: 'person:xi', type: 'state' });
    expect(selectedId()).toBe('state:xi');
    state().undo();
    expect(selectedId()).toBe('person:xi');
    state().undo();
    expect(selectedId()).toBe('person:xi-jinping');

    state().selectNode('state:kyrgyzstan');
    state().curate({ op: 'merge', into: 'state:kazakhstan', from: ['state:kyrgyzstan'] });
    expect(selectedId()).toBe('state:kazakhstan');
    state().undo();
    expect(selectedId()).toBe('state:kazakhstan');

    state().selectNode('firm:huawei');
    state().curate({ op: 'hide', id: 'firm:huawei' });
    expect(state().selection).toBeNull();
  });

  it('swaps graph and selection in one state change (one history entry, no moment without a selection)', () => {
    state().selectNode('person:xi-jinping');
    const seen: (string | null)[] = [];
    const unsubscribe = explorerStore.subscribe((now, before) => { if (now.selection !== before.selection) seen.push(selectedId()); });
    state().curate({ op: 'rename', id: 'person:xi-jinping', label: 'Xi' });
    state().undo();
    unsubscribe();
    expect(seen).toEqual(['person:xi', 'person:xi-jinping']);
  });

  it('keeps the source reader open through a change (passages never change)', () => {
    const passage = state().model!.graph.passages[0]!.id;
    state().openReader(passage);
    state().curate({ op: 'hide', id: 'firm:huawei' });
    expect(state().readerPassageId).toBe(passage);
  });

  it('names a graph file given in the address by its file name, not as the sample', async () => {
    await state().openSampleCorpus('./bench/10000.json', fetchFixture);
    expect(state().corpus.name).toBe('Graph file: bench/10000.json');
  });

  it('saves the document per corpus in IndexedDB; reopening the corpus restores it', async () => {
    state().curate({ op: 'merge', into: 'state:kazakhstan', from: ['state:kyrgyzstan'] });
    state().curate({ op: 'rename', id: 'state:china', label: 'People’s Republic of China' });
    await explorerStore.getState().curationSaved();
    const stored = await get(`silkmap:overrides:${sampleCorpusKey(SAMPLE)}`);
    expect(stored).toEqual(state().curation.overrides);

    resetExplorerStore();
    await state().openSampleCorpus(SAMPLE, fetchFixture);
    expect(state().corpus.kind).toBe('sample');
    expect(state().corpus.name).toBe('Sample corpus');
    expect(state().curation.overrides.operations).toHaveLength(2);
    expect(ids()).toContain('state:people-s-republic-of-china');
    expect(ids()).not.toContain('state:kyrgyzstan');

    // Another corpus has its own (empty) document.
    await state().openCustomCorpus({ graph: smallGraph(), name: 'Your corpus: 1 file' });
    expect(state().curation.corpusKey).toBe('custom');
    expect(state().curation.overrides.operations).toEqual([]);
    expect(ids()).toContain('state:kyrgyzstan');
  });

  it('saves undo too: a reload after undo shows the undone state', async () => {
    state().curate({ op: 'hide', id: 'firm:huawei' });
    state().undo();
    await explorerStore.getState().curationSaved();
    resetExplorerStore();
    await state().openSampleCorpus(SAMPLE, fetchFixture);
    expect(state().curation.overrides.operations).toEqual([]);
    expect(ids()).toContain('firm:huawei');
  });

  it('imports an overrides file, refusing one that is not valid with readable errors', async () => {
    expect(await state().importOverrides('{ nope')).toBe(false);
    expect(state().curation.errors[0]).toBe('The file is not a Silkmap overrides document:');
    expect(state().curation.errors[1]).toMatch(/^not valid JSON/);
    expect(await state().importOverrides(JSON.stringify({ format: 'silkmap-overrides', version: 1, operations: [{ op: 'merge', into: 'x' }] }))).toBe(false);
    expect(state().curation.errors.slice(1).join(' ')).toMatch(/operations\.0\.from/);
    expect(state().curation.overrides.operations).toEqual([]);

    const document = overridesOf([{ op: 'hide', id: 'firm:huawei' }, { op: 'hide', id: 'person:nobody' }]);
    expect(await state().importOverrides(JSON.stringify(document))).toBe(true);
    expect(state().curation.errors).toEqual([]);
    expect(state().curation.overrides).toEqual(document);
    expect(ids()).not.toContain('firm:huawei');
    // The operation naming a missing actor is kept but reported.
    expect(state().curation.warnings).toEqual([{ index: 1, op: 'hide', reason: 'no actor "person:nobody"' }]);
    await explorerStore.getState().curationSaved();
    expect(await get(`silkmap:overrides:${sampleCorpusKey(SAMPLE)}`)).toEqual(document);
  });

  it('reports damaged stored changes instead of failing to open the corpus', async () => {
    const { set } = await import('idb-keyval');
    await set(`silkmap:overrides:${sampleCorpusKey(SAMPLE)}`, { format: 'something else' });
    resetExplorerStore();
    await state().openSampleCorpus(SAMPLE, fetchFixture);
    expect(state().load.status).toBe('ready');
    expect(state().curation.overrides.operations).toEqual([]);
    expect(state().curation.errors.join(' ')).toMatch(/saved changes are damaged/);
  });
});

describe('selection following', () => {
  const xi = { label: 'Xi Jinping', type: 'person' as const };
  it('maps ids through each kind of operation and back', () => {
    expect(idAfterOperation({ op: 'rename', id: 'person:xi-jinping', label: 'Xi' }, 'person:xi-jinping', xi)).toBe('person:xi');
    expect(idAfterOperation({ op: 'rename', id: 'person:xi-jinping', label: 'Xi' }, 'state:china', xi)).toBe('state:china');
    expect(idAfterOperation({ op: 'retype', id: 'person:xi-jinping', type: 'organisation' }, 'person:xi-jinping', xi)).toBe('organisation:xi-jinping');
    expect(idAfterOperation({ op: 'merge', into: 'a:b', from: ['c:d', 'e:f'] }, 'e:f', undefined)).toBe('a:b');
    expect(idAfterOperation({ op: 'split', id: 'person:xi-jinping', alias: 'Xi' }, 'person:xi-jinping', xi)).toBe('person:xi-jinping');
    expect(idAfterOperation({ op: 'hide', id: 'person:xi-jinping' }, 'person:xi-jinping', xi)).toBeNull();
    expect(idBeforeOperation({ op: 'rename', id: 'person:xi-jinping', label: 'Xi' }, 'person:xi', xi)).toBe('person:xi-jinping');
    expect(idBeforeOperation({ op: 'rename', id: 'person:xi-jinping', label: 'Xi' }, 'state:china', xi)).toBe('state:china');
  });
});
