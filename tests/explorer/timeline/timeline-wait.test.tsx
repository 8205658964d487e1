import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { explorerStore, resetExplorerStore } from '../../../src/explorer/store/index.ts';
import { Timeline } from '../../../src/explorer/timeline/index.ts';
import { generateGraph } from '../../fixtures/graphs/generate.ts';

describe('<Timeline> on a big graph', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    resetExplorerStore();
  });

  it('waits for the network’s first frame before reading every link (more than 10,000 links)', () => {
    explorerStore.getState().setGraph(generateGraph(2000, 10_500, 3), './big.json');
    render(<Timeline />);
    expect(screen.queryByRole('region', { name: 'Timeline' })).toBeNull();
    act(() => { window.dispatchEvent(new Event('silkmap:first-draw')); });
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
  });

  it('does not wait on a smaller graph', () => {
    explorerStore.getState().setGraph(generateGraph(300, 900, 3), './small.json');
    render(<Timeline />);
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
  });
});
