import { memoByReference } from './memo.ts';
import { compareFolded, foldName } from './names.ts';
import type { GraphMeasures } from '../../analysis/types.ts';
import type { GraphModel, TableSort } from './types.ts';
import type { Visibility } from './visibility.ts';

/** Each actor's position in name order, so that sorting compares integers. */
const nameRank = memoByReference((model: GraphModel): Uint32Array => {
  const labels = model.graph.nodes.map((node) => node.label);
  const keys = labels.map(foldName);
  const order = Array.from(labels.keys()).sort((a, b) => compareFolded(keys[a]!, keys[b]!) || compareFolded(labels[a]!, labels[b]!) || a - b);
  const rank = new Uint32Array(labels.length);
  order.forEach((node, position) => { rank[node] = position; });
  return rank;
});

/**
 * Visible actors in table order. Sorting by a measure before the measures have arrived
 * keeps the name order (every actor counts as 0), so the table never waits for them.
 */
export function sortedActorRows(model: GraphModel, visibility: Visibility, sort: TableSort, measures: GraphMeasures | null = null): Uint32Array {
  // Measures arriving must not re-sort a table that is not sorted by one.
  const byMeasure = sort.key !== 'name' && sort.key !== 'mentions' && sort.key !== 'connections';
  return sortRows(model, visibility, sort, byMeasure ? measures : null);
}

const sortRows = memoByReference((model: GraphModel, visibility: Visibility, sort: TableSort, measures: GraphMeasures | null): Uint32Array => {
  const nodes = model.graph.nodes;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const names = nameRank(model);
  const byName = (a: number, b: number) => names[a]! - names[b]!;
  const key = sort.key;
  let compare: (a: number, b: number) => number;
  if (key === 'name') compare = (a, b) => sign * byName(a, b);
  else if (key === 'mentions') compare = (a, b) => sign * (nodes[a]!.mentionCount - nodes[b]!.mentionCount) || byName(a, b);
  else if (key === 'connections') compare = (a, b) => sign * (visibility.visibleDegree[a]! - visibility.visibleDegree[b]!) || byName(a, b);
  else {
    const values = Float64Array.from(nodes, (node) => measures?.nodes[node.id]?.[key] ?? 0);
    compare = (a, b) => sign * (values[a]! - values[b]!) || byName(a, b);
  }
  return Uint32Array.from(visibility.visibleNodes).sort(compare);
});
