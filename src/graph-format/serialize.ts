import { encodeGraph } from './codec.ts';
import type { Graph } from './types.ts';

/**
 * Canonical text of a graph: compact JSON plus a final newline. Key order follows the
 * order in which the extractor builds objects, and every array is sorted by the
 * extractor, so the same input always gives byte-identical output.
 */
export function serializeGraph(graph: Graph): string {
  return `${JSON.stringify(graph)}\n`;
}

/**
 * The graph file's text: the compact encoding (codec.ts, file format version 3) as JSON plus a
 * final newline; deterministic like serializeGraph. parseGraphJson reads it back.
 */
export function serializeGraphFile(graph: Graph): string {
  return `${JSON.stringify(encodeGraph(graph))}\n`;
}
