/**
 * Co-mention edges are built by the extractor (extract/graph/comentions.ts, with relation types)
 * and rebuilt from the nodes by graph-format (co-mentions.ts) after every curation change. The
 * two must agree, or the first change in the explorer would silently relink every actor.
 * data/graph.json is the extractor's output on the sample corpus (gates.test.ts keeps it so).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCoMentionEdges, parseGraphJson, type GraphEdge } from '../../src/graph-format/index.ts';

/** The edge without its relation types, which only the extractor assigns. */
function untyped(edge: GraphEdge): GraphEdge {
  const { relations: _relations, ...rest } = edge;
  return { ...rest, evidence: edge.evidence.map(({ relation: _relation, ...evidence }) => evidence) };
}

describe("the extractor's edges", () => {
  it('equal a rebuild from its own nodes', () => {
    const parsed = parseGraphJson(readFileSync(resolve(import.meta.dirname, '../../data/graph.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { graph } = parsed;
    expect(graph.edges.length).toBeGreaterThan(100);
    expect(buildCoMentionEdges(graph.passages, graph.nodes)).toEqual(graph.edges.map(untyped));
  });
});
