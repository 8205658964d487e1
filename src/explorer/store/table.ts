import { memoByReference } from './memo.ts';
import type { GraphModel, TableSort } from './types.ts';
import type { Visibility } from './visibility.ts';

/** Visible actors in table order. */
export const sortedActorRows = memoByReference((model: GraphModel, visibility: Visibility, sort: TableSort): Uint32Array => {
  const nodes = model.graph.nodes;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: number, b: number) => nodes[a]!.label.localeCompare(nodes[b]!.label);
  const compare = sort.key === 'name'
    ? (a: number, b: number) => sign * byName(a, b)
    : sort.key === 'mentions'
      ? (a: number, b: number) => sign * (nodes[a]!.mentionCount - nodes[b]!.mentionCount) || byName(a, b)
      : (a: number, b: number) => sign * (visibility.visibleDegree[a]! - visibility.visibleDegree[b]!) || byName(a, b);
  return Uint32Array.from(visibility.visibleNodes).sort(compare);
});
