import { describe, expect, it } from 'vitest';
import Graphology from 'graphology';
import { parse } from 'graphology-gexf';
import { computeMeasures } from '../../src/analysis/index.ts';
import { toGexf } from '../../src/export/index.ts';
import { hostileGraph } from '../fixtures/export/build-graph.ts';
import { xmlSafe } from './xml-helpers.ts';

/** Gephi Lite opens GEXF with graphology-gexf; reading our file with it is the closest check short of the app. */
describe('GEXF read by graphology-gexf (the parser of Gephi Lite)', () => {
  it('reads every actor with typed attributes, colour, size and position, and every weighted link', () => {
    const graph = hostileGraph();
    const measures = computeMeasures(graph);
    const positions = new Map(graph.nodes.map((node, index) => [node.id, { x: index * 10, y: index * 3 }]));
    const read = parse(Graphology, toGexf(graph, { measures, positions }));

    expect(read.type).toBe('undirected');
    expect(read.order).toBe(graph.nodes.length);
    expect(read.size).toBe(graph.edges.length);
    for (const [index, node] of graph.nodes.entries()) {
      const attributes = read.getNodeAttributes(node.id);
      expect(attributes).toMatchObject({
        label: xmlSafe(node.label),
        type: node.type,
        mentions: node.mentionCount,
        degree: measures.nodes[node.id]!.degree,
        pagerank: measures.nodes[node.id]!.pagerank,
        community: measures.nodes[node.id]!.community,
        x: index * 10,
        y: index === 0 ? 0 : -index * 3,
      });
      expect(attributes.color).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
      expect(attributes.size).toBeGreaterThan(0);
    }
    for (const edge of graph.edges) {
      expect(read.getEdgeAttributes(read.edge(edge.source, edge.target)!)).toMatchObject({ weight: edge.weight, documentCount: edge.documentCount });
    }
  });
});
