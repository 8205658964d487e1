import type { Graph } from '../graph-format/index.ts';
import { nodeAttributes, type AttributeType } from './attributes.ts';
import { relationEdgeAttributes } from './relations.ts';
import { visibleSubgraph } from './subset.ts';
import { escapeXml, formatNumber } from './text.ts';
import type { ExportOptions } from './types.ts';

const GRAPHML_TYPES: Record<AttributeType, string> = { string: 'string', integer: 'int', double: 'double' };

/**
 * GraphML (http://graphml.graphdrawing.org/), read by yEd, Cytoscape, networkx, igraph
 * and Gephi. Every attribute is declared with a <key>; the actor label is a "label"
 * key, positions become "x" and "y" keys when given.
 */
export function toGraphml(graph: Graph, options: ExportOptions = {}): string {
  const { nodes, edges } = visibleSubgraph(graph, options.visibleNodeIds);
  const attributes = nodeAttributes(options.measures);
  const edgeAttributes = relationEdgeAttributes(graph);
  const a = escapeXml;
  const keys = [
    { id: 'label', type: 'string' },
    ...attributes.map((attribute) => ({ id: attribute.id, type: GRAPHML_TYPES[attribute.type] })),
    ...(options.positions ? [{ id: 'x', type: 'double' }, { id: 'y', type: 'double' }] : []),
  ];
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map((key) => `  <key id="${key.id}" for="node" attr.name="${key.id}" attr.type="${key.type}"/>`),
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <key id="edgeDocumentCount" for="edge" attr.name="documentCount" attr.type="int"/>',
    ...edgeAttributes.map((attribute) => `  <key id="${attribute.id}" for="edge" attr.name="${attribute.id}" attr.type="${GRAPHML_TYPES[attribute.type]}"/>`),
    '  <graph id="silkmap" edgedefault="undirected">',
  ];
  for (const node of nodes) {
    const measures = options.measures?.nodes[node.id];
    const position = options.positions?.get(node.id);
    lines.push(`    <node id="${a(node.id)}">`, `      <data key="label">${a(node.label)}</data>`);
    for (const attribute of attributes) {
      lines.push(`      <data key="${attribute.id}">${a(attribute.value(node, measures))}</data>`);
    }
    if (position) {
      lines.push(`      <data key="x">${formatNumber(position.x)}</data>`, `      <data key="y">${formatNumber(position.y)}</data>`);
    }
    lines.push('    </node>');
  }
  for (const edge of edges) {
    lines.push(
      `    <edge id="${a(edge.id)}" source="${a(edge.source)}" target="${a(edge.target)}">`,
      `      <data key="weight">${edge.weight}</data>`,
      `      <data key="edgeDocumentCount">${edge.documentCount}</data>`,
      ...edgeAttributes.map((attribute) => `      <data key="${attribute.id}">${a(attribute.value(edge))}</data>`),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
