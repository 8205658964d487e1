// @vitest-environment jsdom
/**
 * Dated exports of the hand-made dated graph (tests/explorer/timeline/dated-graph.ts): A–B is
 * written about on 2020-06-11, in 2020-06 (month only), in an undated post and on 2021-03-15.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { collectEvidence, toCsv, toGexf } from '../../src/export/index.ts';
import { spells } from '../../src/export/dates.ts';
import { datedGraph } from '../explorer/timeline/dated-graph.ts';
import { parseXml, parseXmlStrictly } from './xml-helpers.ts';

const asList = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const spellsOf = (element: any): [string, string][] => asList(element.spells?.spell).map((spell: any) => [spell.start, spell.end]);

describe('spells', () => {
  it('merges overlapping and touching dates into disjoint intervals', () => {
    expect(spells(['2020-06-11', '2020-06', undefined, '2021-03-15'])).toEqual([['2020-06-01', '2020-06-30'], ['2021-03-15', '2021-03-15']]);
    expect(spells(['2020-01-31', '2020-02-01', '2020'])).toEqual([['2020-01-01', '2020-12-31']]);
    expect(spells(['2020-01-30', '2020-02-01'])).toEqual([['2020-01-30', '2020-01-30'], ['2020-02-01', '2020-02-01']]);
  });
});

describe('dynamic GEXF', () => {
  it('gives every actor and link the spells of its dated mentions', () => {
    const xml = toGexf(datedGraph());
    parseXmlStrictly(xml);
    const graph = parseXml(xml).gexf.graph;
    expect([graph.mode, graph.timeformat]).toEqual(['dynamic', 'date']);
    const edge = graph.edges.edge.find((candidate: any) => candidate.id === 'state:a|state:b');
    expect(spellsOf(edge)).toEqual([['2020-06-01', '2020-06-30'], ['2021-03-15', '2021-03-15']]);
    const node = (id: string) => graph.nodes.node.find((candidate: any) => candidate.id === id);
    expect(spellsOf(node('state:e'))).toEqual([['2020-06-11', '2020-06-11']]);
    // Dushanbe is mentioned only in an undated post: no spell.
    expect(spellsOf(node('state:d'))).toEqual([]);
  });
});

describe('dated CSV and evidence packs', () => {
  it('lists the date of each linking sentence in edges.csv', () => {
    const rows = Papa.parse<Record<string, string>>(toCsv(datedGraph())['edges.csv'], { header: true, skipEmptyLines: true }).data;
    const ab = rows.find((row) => row.id === 'state:a|state:b')!;
    expect([ab.firstDate, ab.lastDate, ab.sentenceDates]).toEqual(['2020-06', '2021-03-15', '2020-06-11; 2020-06; undated; 2021-03-15']);
  });

  it('gives each sentence of an evidence pack its post’s or document’s date', () => {
    const pack = collectEvidence(datedGraph(), { kind: 'link', source: 'state:a', target: 'state:b' });
    expect(pack.sentences.map((sentence) => sentence.date ?? 'undated')).toEqual(['2020-06-11', '2020-06', 'undated', '2021-03-15']);
  });
});
