import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { explorerStore, resetExplorerStore } from '../../../src/explorer/store/index.ts';
import { Timeline } from '../../../src/explorer/timeline/index.ts';
import { buildHistogram, histogramReady, prepareHistogram } from '../../../src/explorer/timeline/histogram.ts';
import { generateGraph } from '../../fixtures/graphs/generate.ts';
import { datedGraph } from './dated-graph.ts';

describe('prepareHistogram', () => {
  it('reads a graph in slices, yielding between them, and gives what buildHistogram gives in one go', async () => {
    // Two copies of each graph: the histogram is kept per graph object. The hand-made dated
    // graph (timeline.test.tsx checks its bins), and a generated one with 10,500 links.
    for (const make of [datedGraph, () => generateGraph(2000, 10_500, 3)]) {
      const sliced = make();
      const whole = make();
      let yields = 0;
      expect(histogramReady(sliced)).toBe(false);
      await prepareHistogram(sliced, async () => { yields++; }, 0);
      // With no time per slice it yields at every check: after the dates, then every 512 passages, evidence items and sentences.
      expect(yields).toBeGreaterThan(sliced.edges.length > 1000 ? 5 : 0);
      expect(histogramReady(sliced)).toBe(true);
      expect(buildHistogram(sliced)).toEqual(buildHistogram(whole));
      expect(buildHistogram(sliced, { kind: 'node', id: sliced.nodes[0]!.id })).toEqual(buildHistogram(whole, { kind: 'node', id: whole.nodes[0]!.id }));
    }
  });
});

describe('<Timeline> on a big graph', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    resetExplorerStore();
  });

  it('waits for the network’s first frame and its settled layout before reading every link (more than 10,000 links), then reads them in slices', async () => {
    explorerStore.getState().setGraph(generateGraph(2000, 10_500, 3), './big.json');
    render(<Timeline />);
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    act(() => { window.dispatchEvent(new Event('silkmap:first-draw')); });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    act(() => { window.dispatchEvent(new Event('silkmap:layout-settled')); });
    expect(await screen.findByRole('region', { name: 'Timeline' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('does not wait on a smaller graph', () => {
    explorerStore.getState().setGraph(generateGraph(300, 900, 3), './small.json');
    render(<Timeline />);
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
  });
});
