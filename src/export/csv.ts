import Papa from 'papaparse';
import type { Graph } from '../graph-format/index.ts';
import { nodeAttributes } from './attributes.ts';
import { visibleSubgraph } from './subset.ts';
import { passageDates } from './dates.ts';
import { formatNumber } from './text.ts';
import type { ExportOptions } from './types.ts';

/**
 * Cells that start with = + - @ are prefixed with ' so that a spreadsheet shows them
 * instead of running them as formulas (a label from a web page could be one). Numbers
 * are never touched.
 */
// papaparse's own pattern (/^[=+\-@\t\r].*$/) misses cells with a line break; this one does not.
export const SPREADSHEET_SAFE: Papa.UnparseConfig = { escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n' };

/** Writes rows as RFC 4180 CSV (quotes only where needed, CRLF), header first. */
export function toCsvText(header: string[], rows: (string | number)[][]): string {
  return withFinalNewline(Papa.unparse({ fields: header, data: rows }, SPREADSHEET_SAFE), '\r\n');
}

/** papaparse ends the text with a line break only when there are no rows; make it always one. */
export function withFinalNewline(text: string, newline: string): string {
  return text.endsWith(newline) ? text : `${text}${newline}`;
}

/**
 * Nodes and edges as two spreadsheet-friendly CSV files. Node columns: id, label, then
 * the same attributes as GEXF (measures when given), then x and y when positions are
 * given. Edge columns include both labels so the file reads on its own.
 */
export function toCsv(graph: Graph, options: ExportOptions = {}): { 'nodes.csv': string; 'edges.csv': string } {
  const { nodes, edges } = visibleSubgraph(graph, options.visibleNodeIds);
  const attributes = nodeAttributes(options.measures);
  const withPositions = options.positions !== undefined;
  const labelOf = new Map(graph.nodes.map((node) => [node.id, node.label]));

  const nodeHeader = ['id', 'label', ...attributes.map((attribute) => attribute.id), ...(withPositions ? ['x', 'y'] : [])];
  const nodeRows = nodes.map((node) => {
    const position = options.positions?.get(node.id);
    const values = attributes.map((attribute) => {
      const value = attribute.value(node, options.measures?.nodes[node.id]);
      return attribute.type === 'string' ? value : Number(value);
    });
    const coordinates = withPositions ? [position ? formatNumber(position.x) : '', position ? formatNumber(position.y) : ''] : [];
    return [node.id, node.label, ...values, ...coordinates.map((value) => (value === '' ? '' : Number(value)))];
  });

  // The date of each linking sentence, in evidence order ("undated" when its post has none), and the first and last.
  const dateOf = passageDates(graph);
  const edgeHeader = ['id', 'source', 'target', 'sourceLabel', 'targetLabel', 'weight', 'documentCount', 'firstDate', 'lastDate', 'sentenceDates'];
  const edgeRows = edges.map((edge) => {
    const dates = edge.evidence.map((item) => dateOf.get(item.passageId));
    const known = dates.filter((date): date is string => date !== undefined).sort();
    return [
      edge.id, edge.source, edge.target, labelOf.get(edge.source) ?? '', labelOf.get(edge.target) ?? '', edge.weight, edge.documentCount,
      known[0] ?? '', known[known.length - 1] ?? '', dates.map((date) => date ?? 'undated').join('; '),
    ];
  });
  return { 'nodes.csv': toCsvText(nodeHeader, nodeRows), 'edges.csv': toCsvText(edgeHeader, edgeRows) };
}
