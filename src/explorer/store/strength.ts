import type { Filters, GraphModel } from './types.ts';
import { memoByReference } from './memo.ts';

/**
 * Every link, strongest first in a weight mode (ties by index): sorted once per graph and
 * mode, and shared by the canvas (strongest links drawn first) and the overview panel.
 */
export const edgesByStrength = memoByReference((model: GraphModel, weightMode: Filters['weightMode']): Uint32Array => {
  const values = weightMode === 'pmi' ? model.pmi : Float64Array.from(model.graph.edges, (edge) => edge.weight);
  return Uint32Array.from(model.graph.edges.keys()).sort((a, b) => values[b]! - values[a]! || a - b);
});
