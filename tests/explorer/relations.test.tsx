import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { explorerStore, resetExplorerStore } from '../../src/explorer/store/index.ts';
import { sampleCorpusKey } from '../../src/explorer/corpus/index.ts';
import { selectVisibility } from '../../src/explorer/store/visibility.ts';
import { EvidencePanel } from '../../src/explorer/components/evidence-panel.tsx';
import { buildCoMentionEdges, nodeId, summariseRelations, type Graph, type GraphNode } from '../../src/graph-format/index.ts';

// Sentence 0 (0–28): China funds Kazakhstan. Sentence 1 (29–48): they meet. Sentence 2: Russia with China, untyped none.
const TEXT = 'China lent Kazakhstan money. Astana met Beijing. Russia and China.';
const CHINA = nodeId('state', 'China');
const KAZAKHSTAN = nodeId('state', 'Kazakhstan');

function node(label: string, spans: [number, number][]): GraphNode {
  return { id: nodeId('state', label), label, type: 'state', aliases: [...new Set(spans.map(([s, e]) => TEXT.slice(s, e)))].sort(), mentionCount: spans.length, documentCount: 1, mentions: spans.map(([start, end]) => ({ passageId: 'd#p0', start, end })) };
}

function typedGraph(): Graph {
  const passages = [{ id: 'd#p0', documentId: 'd', postIndex: 0, postTitle: 'D', text: TEXT, sourceStart: 0, sourceEnd: TEXT.length, sentences: [[0, 28], [29, 48], [49, 66]] as [number, number][] }];
  const nodes = [node('China', [[0, 5], [40, 47], [60, 65]]), node('Kazakhstan', [[11, 21], [29, 35]]), node('Russia', [[49, 55]])];
  const edges = buildCoMentionEdges(passages, nodes).map((edge) => {
    const evidence = edge.evidence.map((item) => ({
      ...item,
      relation: item.sentence === 0 ? { type: 'funds' as const, from: CHINA, to: KAZAKHSTAN } : item.sentence === 1 ? { type: 'meets' as const } : { type: 'none' as const },
    }));
    return { ...edge, evidence, relations: summariseRelations(evidence) };
  });
  return { format: 'silkmap-graph', version: 2, generator: { name: 't', version: '0' }, documents: [{ id: 'd', path: 'd.txt', title: 'D', length: TEXT.length }], passages, nodes, edges };
}

const state = () => explorerStore.getState();
const linkId = (a: string, b: string) => state().model!.graph.edges.find((edge) => [edge.source, edge.target].sort().join() === [a, b].sort().join())!.id;

describe('typed relations in the explorer', () => {
  beforeEach(() => {
    resetExplorerStore();
    state().beginCuration(sampleCorpusKey('./typed.json'), typedGraph(), './typed.json');
  });

  it('filters links by the relation types of their sentences', () => {
    const visibleLinks = () => selectVisibility(state().model!, state().filters, null).visibleEdges.length;
    expect(visibleLinks()).toBe(2);
    state().setFilters({ relationTypes: ['funds'] });
    expect(visibleLinks()).toBe(1);
    state().setFilters({ relationTypes: ['attacks'] });
    expect(visibleLinks()).toBe(0);
  });

  it('groups a link\'s sentences by type, says the direction in words, and corrects a sentence', async () => {
    state().selectEdge(linkId(CHINA, KAZAKHSTAN));
    render(<EvidencePanel model={state().model!} />);
    const funds = screen.getByRole('region', { name: 'Funds: 1' });
    expect(within(funds).getByText('China → Kazakhstan · funds', { selector: 'bdi' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Meets: 1' })).toBeTruthy();

    const fix = within(funds).getByRole('combobox', { name: "Correct this sentence's relation" });
    await userEvent.selectOptions(fix, 'Kazakhstan → China · funds');
    const evidence = state().model!.graph.edges.find((edge) => edge.id === linkId(CHINA, KAZAKHSTAN))!.evidence[0]!;
    expect(evidence.relation).toEqual({ type: 'funds', from: KAZAKHSTAN, to: CHINA });
    expect(state().curation.overrides.operations.at(-1)).toMatchObject({ op: 'relation', sentence: 0 });
  }, 20_000);
});
