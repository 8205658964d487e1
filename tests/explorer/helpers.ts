import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateGraph, type Graph } from '../../src/graph-format/index.ts';
import { explorerStore, resetExplorerStore } from '../../src/explorer/store/index.ts';

export function smallGraph(): Graph {
  const result = validateGraph(JSON.parse(readFileSync(resolve('tests/fixtures/graphs/small.json'), 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.graph;
}

/** A fresh store holding the small fixture graph. */
export function loadSmallGraph() {
  resetExplorerStore();
  explorerStore.getState().setGraph(smallGraph(), './graph.json');
  return explorerStore.getState().model!;
}
