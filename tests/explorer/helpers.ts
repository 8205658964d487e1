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

/** A 2D context that only counts the calls made on it by name (jsdom has no canvas). */
export function countingContext(): { ctx: CanvasRenderingContext2D; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, name) {
      if (name in target) return target[name];
      if (name === 'measureText') return (text: string) => ({ width: text.length * 7 });
      return () => { calls.set(String(name), (calls.get(String(name)) ?? 0) + 1); };
    },
    set(target, name, value) { target[name] = value; return true; },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}
