import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseGraphJson, serializeGraph } from '../../src/graph-format/index.ts';
import { parseXml } from './xml-helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/export');
const SMALL_GRAPH = join(FIXTURES, 'small-graph.json');

function exportCli(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/export/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.split('\n').filter((line) => line && !line.startsWith('npm warn')).join('\n') };
}

let workDir: string;
beforeAll(() => { workDir = mkdtempSync(join(tmpdir(), 'silkmap-export-')); });
afterAll(() => { rmSync(workDir, { recursive: true, force: true }); });

describe('npm run export', () => {
  it('writes GEXF with the actors, links and measures worked out by hand for the small graph', () => {
    const out = join(workDir, 'graph.gexf');
    const run = exportCli('--format', 'gexf', '--graph', SMALL_GRAPH, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/5 actors, 5 links -> .*graph\.gexf; measures took \d+ ms/);
    const written = parseXml(readFileSync(out, 'utf8')).gexf.graph;
    const value = (element: any, name: string) => element.attvalues.attvalue.find((attvalue: any) => attvalue.for === name)?.value;
    // Links: China–Kazakhstan 3 sentences, China–CNPC 2, SCO–China 1, SCO–Kazakhstan 1, Tokayev–Kazakhstan 1.
    expect(written.nodes.node.map((node: any) => [node.label, value(node, 'mentions'), value(node, 'degree'), value(node, 'weightedDegree')]).sort()).toEqual([
      ['CNPC', '2', '1', '2'],
      ['China', '6', '3', '6'],
      ['Kassym-Jomart Tokayev', '1', '1', '1'],
      ['Kazakhstan', '5', '3', '5'],
      ['Shanghai Cooperation Organisation', '2', '2', '2'],
    ]);
    expect(written.edges.edge.map((edge: any) => [edge.source, edge.target, edge.weight]).sort()).toEqual([
      ['firm:cnpc', 'state:china', '2'],
      ['organisation:shanghai-cooperation-organisation', 'state:china', '1'],
      ['organisation:shanghai-cooperation-organisation', 'state:kazakhstan', '1'],
      ['person:kassym-jomart-tokayev', 'state:kazakhstan', '1'],
      ['state:china', 'state:kazakhstan', '3'],
    ]);
    expect(readdirSync(workDir)).toEqual(['graph.gexf']);
  }, 60_000);

  it('writes csv and neo4j into folders and the graph JSON byte for byte', () => {
    expect(exportCli('--format', 'csv', '--graph', SMALL_GRAPH, '--out', join(workDir, 'csv')).status).toBe(0);
    expect(readdirSync(join(workDir, 'csv')).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(readFileSync(join(workDir, 'csv', 'nodes.csv'), 'utf8')).toMatch(/^id,label,type,mentions,documentCount,aliases,degree,weightedDegree,pagerank,betweenness,community\r\n/);

    expect(exportCli('--format', 'neo4j', '--graph', SMALL_GRAPH, '--out', join(workDir, 'neo4j')).status).toBe(0);
    expect(readdirSync(join(workDir, 'neo4j')).sort()).toEqual(['README.txt', 'edges.csv', 'load.cypher', 'nodes.csv']);

    const json = join(workDir, 'copy.json');
    expect(exportCli('--format', 'json', '--graph', SMALL_GRAPH, '--out', json).status).toBe(0);
    expect(readFileSync(json, 'utf8')).toBe(readFileSync(SMALL_GRAPH, 'utf8'));
  }, 120_000);

  it('refuses an invalid graph with a one-line reason and leaves the old output alone', () => {
    const out = join(workDir, 'kept.graphml');
    writeFileSync(out, 'previous export');
    const run = exportCli('--format', 'graphml', '--graph', join(FIXTURES, 'dangling-edge-graph.json'), '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^export: .*dangling-edge-graph\.json is not a valid Silkmap graph: edges\.0: unknown source "state:atlantis"$/);
    expect(readFileSync(out, 'utf8')).toBe('previous export');
  }, 60_000);

  it('explains unreadable input, broken JSON, a wrong --out and an unknown format', () => {
    const notJson = join(workDir, 'broken.json');
    writeFileSync(notJson, '{"format": "silkmap-graph", ');
    const broken = exportCli('--format', 'json', '--graph', notJson, '--out', join(workDir, 'x.json'));
    expect([broken.status, broken.stderr]).toEqual([1, expect.stringMatching(/^export: .*broken\.json is not a valid Silkmap graph: not valid JSON/)]);

    const missing = exportCli('--format', 'gexf', '--graph', join(workDir, 'nope.json'), '--out', join(workDir, 'x.gexf'));
    expect([missing.status, missing.stderr]).toEqual([1, expect.stringMatching(/^export: cannot read .*nope\.json: ENOENT$/)]);

    const folderForFile = exportCli('--format', 'gexf', '--graph', SMALL_GRAPH, '--out', workDir);
    expect([folderForFile.status, folderForFile.stderr]).toEqual([1, expect.stringMatching(/is a folder; gexf writes one file$/)]);

    const unknown = exportCli('--format', 'dot', '--out', join(workDir, 'x.dot'));
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/Allowed choices are gexf, graphml, csv, json, neo4j/);
    expect(readdirSync(workDir).filter((name) => name.startsWith('x.'))).toEqual([]);
  }, 120_000);

  it('documents itself with --help', () => {
    const help = exportCli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--format <format>');
    expect(help.stdout).toContain('--out <path>');
  }, 60_000);
});

// Keeps the fixture honest: the CLI tests above rely on it being a valid graph.
it('small-graph.json is valid and canonical', () => {
  const text = readFileSync(SMALL_GRAPH, 'utf8');
  const parsed = parseGraphJson(text);
  expect(parsed.ok).toBe(true);
  if (parsed.ok) expect(serializeGraph(parsed.graph)).toBe(text);
});
