import type { GraphModel } from '../store/types.ts';
import { compareNames } from '../store/names.ts';

/** How often each written form of an actor occurs, most frequent first. */
export function surfaceCounts(model: GraphModel, nodeId: string): { surface: string; count: number }[] {
  const index = model.nodeIndex.get(nodeId);
  if (index === undefined) return [];
  const counts = new Map<string, number>();
  for (const mention of model.graph.nodes[index]!.mentions) {
    const passage = model.passageById.get(mention.passageId);
    if (!passage) continue;
    const surface = passage.text.slice(mention.start, mention.end);
    counts.set(surface, (counts.get(surface) ?? 0) + 1);
  }
  return [...counts].map(([surface, count]) => ({ surface, count })).sort((a, b) => b.count - a.count || compareNames(a.surface, b.surface));
}
