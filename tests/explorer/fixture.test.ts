import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateGraph, serializeGraph } from '../../src/graph-format/index.ts';
import { buildSmallGraph } from '../fixtures/graphs/build-small.ts';

describe('small fixture graph', () => {
  const graph = JSON.parse(readFileSync(resolve('tests/fixtures/graphs/small.json'), 'utf8'));

  it('is valid under the graph contract', () => {
    expect(validateGraph(graph)).toMatchObject({ ok: true });
  });

  it('has actors of all four types and several posts', () => {
    const types = new Set(graph.nodes.map((node: { type: string }) => node.type));
    expect([...types].sort()).toEqual(['firm', 'organisation', 'person', 'state']);
    expect(graph.nodes.length).toBeGreaterThanOrEqual(12);
    const posts = new Set(graph.passages.map((p: { documentId: string; postIndex: number }) => `${p.documentId}#${p.postIndex}`));
    expect(posts.size).toBeGreaterThanOrEqual(4);
  });

  it('is what the builder script produces (no hand edits drifting from it)', () => {
    expect(readFileSync(resolve('tests/fixtures/graphs/small.json'), 'utf8')).toBe(serializeGraph(buildSmallGraph()));
  });
});

describe('generated graphs', () => {
  it('are valid, deterministic and of the requested size', async () => {
    const { generateGraph } = await import('../fixtures/graphs/generate.ts');
    const graph = generateGraph(300, 1200, 7);
    expect(validateGraph(graph)).toMatchObject({ ok: true });
    expect(graph.nodes).toHaveLength(300);
    expect(graph.edges).toHaveLength(1200);
    expect(serializeGraph(generateGraph(300, 1200, 7))).toBe(serializeGraph(graph));
  });
});
