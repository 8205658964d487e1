import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { exportGraph, toNeo4j } from '../../src/export/index.ts';
import { buildGraph, HOSTILE_LABELS, hostileGraph } from '../fixtures/export/build-graph.ts';

function rows(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('toNeo4j', () => {
  const graph = buildGraph(
    [{ label: 'China' }, { label: 'CNPC', type: 'firm', aliases: ['CNPC', 'China National Petroleum Corporation'] }, { label: 'Xi Jinping', type: 'person' }],
    [['China', 'CNPC', 2], ['Xi Jinping', 'China', 1]],
  );
  const files = toNeo4j(graph);

  it('writes node and relationship files in the neo4j-admin import header format', () => {
    expect(files['nodes.csv'].split('\n')[0]).toBe('actorId:ID,label,type,aliases:string[],mentions:int,documents:int,:LABEL');
    expect(files['edges.csv'].split('\n')[0]).toBe(':START_ID,:END_ID,weight:int,documents:int,:TYPE');
  });

  it('writes one row per actor with labels and ;-separated aliases', () => {
    const [, ...nodes] = rows(files['nodes.csv']);
    expect(nodes).toEqual([
      ['state:china', 'China', 'state', 'China', '3', '1', 'Actor;State'],
      ['firm:cnpc', 'CNPC', 'firm', 'CNPC;China National Petroleum Corporation', '2', '1', 'Actor;Firm'],
      ['person:xi-jinping', 'Xi Jinping', 'person', 'Xi Jinping', '1', '1', 'Actor;Person'],
    ]);
  });

  it('writes one CO_MENTIONED row per link, with ends that are node ids', () => {
    const [, ...edges] = rows(files['edges.csv']);
    const ids = new Set(graph.nodes.map((node) => node.id));
    expect(edges).toHaveLength(graph.edges.length);
    for (const [index, [start, end, weight, documents, type]] of edges.entries()) {
      expect(ids.has(start!) && ids.has(end!)).toBe(true);
      expect([Number(weight), Number(documents), type]).toEqual([graph.edges[index]!.weight, graph.edges[index]!.documentCount, 'CO_MENTIONED']);
    }
  });

  it('keeps every field on one line and aliases free of the array delimiter', () => {
    const hostile = toNeo4j(hostileGraph())['nodes.csv'];
    const [, ...nodes] = rows(hostile);
    expect(hostile.trimEnd().split('\n')).toHaveLength(HOSTILE_LABELS.length + 1);
    const semicolon = nodes.find((row) => row[0] === 'organisation:semi-colon-comma-newline')!;
    expect(semicolon[1]).toBe('Semi;colon,comma newline');
    expect(semicolon[3]!.split(';')).toEqual(['Semi,colon,comma newline', 'Semi,colon,comma newline alias|pipe']);
    expect(nodes.find((row) => row[0] === 'state:script-alert-x-script')![1]).toBe('<script>alert("x")</script>');
  });

  it('ships a LOAD CSV script and a README that use the same files and columns', () => {
    const cypher = files['load.cypher'];
    expect(cypher).toMatch(/CREATE CONSTRAINT actor_id IF NOT EXISTS FOR \(a:Actor\) REQUIRE a\.actorId IS UNIQUE;/);
    expect(cypher).toContain("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv'");
    expect(cypher).toContain("LOAD CSV WITH HEADERS FROM 'file:///edges.csv'");
    expect(cypher).toContain('MERGE (a:Actor {actorId: row.`actorId:ID`})');
    expect(cypher).toContain('MERGE (source)-[r:CO_MENTIONED]->(target)');
    for (const label of ['State', 'Organisation', 'Firm', 'Person']) expect(cypher).toContain(`SET a:${label}`);
    for (const column of ['aliases:string[]', 'mentions:int', 'documents:int', ':START_ID', ':END_ID', 'weight:int']) expect(cypher).toContain(`row.\`${column}\``);
    expect(files['README.txt']).toContain('neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv');
  });

  it('is listed among the export formats with its four files', () => {
    expect(exportGraph('neo4j', graph).map((file) => file.name)).toEqual(['nodes.csv', 'edges.csv', 'load.cypher', 'README.txt']);
  });
});

it('writes headers alone for an empty graph', () => {
  const files = toNeo4j(buildGraph([], []));
  expect(files['nodes.csv']).toBe('actorId:ID,label,type,aliases:string[],mentions:int,documents:int,:LABEL\n');
  expect(files['edges.csv']).toBe(':START_ID,:END_ID,weight:int,documents:int,:TYPE\n');
});
