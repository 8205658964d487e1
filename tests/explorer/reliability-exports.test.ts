/**
 * Issue 8: the explorer's downloads of a graph whose labels and passages are hostile
 * (tests/fixtures/hostile/build.ts) carry that text escaped: XML formats stay well-formed and
 * create no elements from it, the SVG has no script, image, link or event handler, and the
 * Markdown evidence quotes markup and links as written instead of letting them render.
 * (tests/export/ covers hostile labels; this adds hostile passages, titles and paths.)
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseGraphJson } from '../../src/graph-format/index.ts';
import { collectEvidence, evidenceToCsv, evidenceToMarkdown, EXPORT_FORMATS, exportGraph, renderSvg } from '../../src/export/index.ts';
import { IMG_TEXT, LONG_TOKEN, SCRIPT_TEXT, hostileGraph } from '../fixtures/hostile/build.ts';

const EVIL_LABEL = `${IMG_TEXT}Evil ${SCRIPT_TEXT}`;

function parseStrictly(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

function activeParts(document: Document): string[] {
  const found: string[] = [];
  for (const element of document.getElementsByTagName('*')) {
    if (['script', 'img', 'image', 'foreignObject', 'iframe', 'a', 'use'].includes(element.localName)) found.push(`<${element.localName}>`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value) || attribute.name.endsWith('href')) found.push(`${element.localName}@${attribute.name}`);
    }
  }
  return found;
}

describe('exports of a graph with hostile text', () => {
  const graph = hostileGraph();

  it.each(EXPORT_FORMATS)('%s: builds, and carries the hostile label back out exactly as written, creating nothing from it', (format) => {
    const files = exportGraph(format, graph);
    expect(files.length).toBeGreaterThan(0);
    const cells = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.flat();
    for (const file of files) {
      switch (format) {
        case 'gexf':
        case 'graphml': {
          const document = parseStrictly(file.content);
          expect(activeParts(document)).toEqual([]);
          expect(file.content).not.toContain('<script');
          expect(file.content).not.toContain('<img');
          const texts = [...document.getElementsByTagName('*')].flatMap((element) => [element.textContent ?? '', ...[...element.attributes].map((a) => a.value)]);
          expect(texts.some((text) => text.includes(EVIL_LABEL))).toBe(true);
          break;
        }
        case 'json': {
          const parsed = parseGraphJson(file.content);
          expect(parsed.ok && parsed.graph.nodes.find((node) => node.id === 'person:evil')?.label).toBe(EVIL_LABEL);
          break;
        }
        case 'csv':
        case 'neo4j': {
          if (file.name.endsWith('.csv')) {
            const parsed = Papa.parse<string[]>(file.content, { skipEmptyLines: true });
            expect(parsed.errors).toEqual([]);
            const rows = parsed.data.length - 1;
            expect(rows).toBe(file.name.startsWith('nodes') ? graph.nodes.length : graph.edges.length);
            if (file.name.startsWith('nodes')) expect(cells(file.content)).toContain(EVIL_LABEL);
          } else {
            // load.cypher and README.txt read the CSVs; the label must not be pasted into the script.
            expect(file.content).not.toContain(SCRIPT_TEXT);
            expect(file.content).not.toContain(IMG_TEXT);
          }
          break;
        }
      }
    }
  });

  it('SVG: labels as text, no script, image, link or handler', () => {
    const svg = renderSvg({
      graph,
      positions: new Map(graph.nodes.map((node, index) => [node.id, { x: 20 + index * 40, y: 30 + index * 20 }])),
      width: 400, height: 300,
    });
    const document = parseStrictly(svg);
    expect(activeParts(document)).toEqual([]);
    const labels = [...document.getElementsByTagName('text')].map((text) => text.textContent);
    expect(labels).toContain(EVIL_LABEL);
    expect(svg).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('Markdown evidence: markup and javascript: links escaped, bidi controls dropped, the long token kept whole', () => {
    const actor = evidenceToMarkdown(collectEvidence(graph, { kind: 'actor', actorId: 'person:evil' }));
    const link = evidenceToMarkdown(collectEvidence(graph, { kind: 'link', source: 'state:china', target: 'state:kazakhstan' }));
    for (const markdown of [actor, link]) {
      // Every "<" is escaped, so no renderer reads an HTML tag.
      expect(markdown).not.toMatch(/(?<!\\)</);
      // No Markdown link or autolink can form around javascript:.
      expect(markdown).not.toMatch(/\]\(\s*javascript:/i);
      expect(markdown).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
      // Bidi controls cannot reorder the quoted text in a viewer.
      expect(markdown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
    expect(actor).toContain('\\<script\\>');
    expect(link).toContain(LONG_TOKEN);
  });

  it('CSV evidence: the text is quoted as written', () => {
    const csv = evidenceToCsv(collectEvidence(graph, { kind: 'actor', actorId: 'person:evil' }));
    expect(csv).toContain(SCRIPT_TEXT);
    expect(csv).toContain(IMG_TEXT);
  });
});
