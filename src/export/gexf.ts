import type { Graph, GraphNode } from '../graph-format/index.ts';
import { nodeAttributes, type AttributeType } from './attributes.ts';
import { mentionSize, parseColour, TYPE_COLOURS } from './colours.ts';
import { relationEdgeAttributes } from './relations.ts';
import { visibleSubgraph } from './subset.ts';
import { hasDates, passageDates, spells } from './dates.ts';
import { escapeXml, formatNumber } from './text.ts';
import type { ExportOptions } from './types.ts';

const GEXF_TYPES: Record<AttributeType, string> = { string: 'string', integer: 'integer', double: 'double' };

/**
 * GEXF 1.3 (https://gexf.net/1.3), the native format of Gephi and Gephi Lite. Undirected; node attributes declared in <attributes class="node">; colour by actor type
 * (or options.colours), size by mentions (or options.sizes), and positions when given.
 *
 * Gephi's y axis points up while layout coordinates grow downwards, so y is negated to
 * show the same picture. No export date is written, so the same input gives the same bytes.
 * A graph with publication dates is written as dynamic GEXF with spells (see dates.ts).
 */
export function toGexf(graph: Graph, options: ExportOptions = {}): string {
  const { nodes, edges } = visibleSubgraph(graph, options.visibleNodeIds);
  const attributes = nodeAttributes(options.measures);
  const edgeAttributes = relationEdgeAttributes(graph);
  const a = escapeXml;
  const dated = hasDates(graph);
  const dateOf = dated ? passageDates(graph) : new Map<string, string | undefined>();
  const spellLines = (dates: Iterable<string | undefined>): string[] => {
    const list = spells(dates);
    return list.length === 0 ? [] : ['        <spells>', ...list.map(([start, end]) => `          <spell start="${start}" end="${end}"/>`), '        </spells>'];
  };
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    `    <creator>${a(`${graph.generator.name} ${graph.generator.version}`)} (Silkmap)</creator>`,
    '    <description>Actors co-mentioned in the same sentence; edge weight = number of shared sentences</description>',
    '  </meta>',
    // With dates, a dynamic graph: each actor and link carries the spells it was written
    // about in, so Gephi's timeline can play the network (undated mentions add no spell).
    `  <graph defaultedgetype="undirected" mode="${dated ? 'dynamic" timeformat="date' : 'static'}">`,
    '    <attributes class="node" mode="static">',
    ...attributes.map((attribute) => `      <attribute id="${a(attribute.id)}" title="${a(attribute.id)}" type="${GEXF_TYPES[attribute.type]}"/>`),
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="documentCount" title="documentCount" type="integer"/>',
    ...edgeAttributes.map((attribute) => `      <attribute id="${a(attribute.id)}" title="${a(attribute.id)}" type="${GEXF_TYPES[attribute.type]}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const node of nodes) {
    const measures = options.measures?.nodes[node.id];
    lines.push(`      <node id="${a(node.id)}" label="${a(node.label)}">`, '        <attvalues>');
    for (const attribute of attributes) {
      lines.push(`          <attvalue for="${a(attribute.id)}" value="${a(attribute.value(node, measures))}"/>`);
    }
    lines.push('        </attvalues>', ...(dated ? spellLines(node.mentions.map((mention) => dateOf.get(mention.passageId))) : []), ...vizLines(node, options), '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of edges) {
    lines.push(
      `      <edge id="${a(edge.id)}" source="${a(edge.source)}" target="${a(edge.target)}" weight="${edge.weight}">`,
      `        <attvalues><attvalue for="documentCount" value="${edge.documentCount}"/>${edgeAttributes.map((attribute) => `<attvalue for="${a(attribute.id)}" value="${a(attribute.value(edge))}"/>`).join('')}</attvalues>`,
      ...(dated ? spellLines(edge.evidence.map((item) => dateOf.get(item.passageId))) : []),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function vizLines(node: GraphNode, options: ExportOptions): string[] {
  const colour = parseColour(options.colours?.get(node.id) ?? '') ?? parseColour(TYPE_COLOURS[node.type]);
  const size = options.sizes?.get(node.id) ?? mentionSize(node.mentionCount);
  const position = options.positions?.get(node.id);
  const lines: string[] = [];
  if (colour) lines.push(`        <viz:color r="${colour.r}" g="${colour.g}" b="${colour.b}"/>`);
  if (position) lines.push(`        <viz:position x="${formatNumber(position.x)}" y="${formatNumber(-position.y)}" z="0"/>`);
  lines.push(`        <viz:size value="${formatNumber(size)}"/>`);
  return lines;
}
