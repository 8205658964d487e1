import type { Graph } from '../graph-format/index.ts';
import { toCsv } from './csv.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { toGraphJson } from './json.ts';
import { toNeo4j } from './neo4j.ts';
import type { ExportFile, ExportOptions } from './types.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json', 'neo4j'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that produce several files (written into a folder by the CLI, one download each in the UI). */
export const MULTI_FILE_FORMATS: ReadonlySet<ExportFormat> = new Set(['csv', 'neo4j']);

const CSV = 'text/csv;charset=utf-8';

/**
 * Any graph export by name, as a list of files. Single-file formats return one file
 * named graph.<extension>; csv and neo4j return their fixed file names.
 */
export function exportGraph(format: ExportFormat, graph: Graph, options: ExportOptions = {}): ExportFile[] {
  switch (format) {
    case 'gexf':
      return [{ name: 'graph.gexf', content: toGexf(graph, options), mimeType: 'application/gexf+xml;charset=utf-8' }];
    case 'graphml':
      return [{ name: 'graph.graphml', content: toGraphml(graph, options), mimeType: 'application/graphml+xml;charset=utf-8' }];
    case 'json':
      return [{ name: 'graph.json', content: toGraphJson(graph, options.visibleNodeIds), mimeType: 'application/json;charset=utf-8' }];
    case 'csv':
      return Object.entries(toCsv(graph, options)).map(([name, content]) => ({ name, content, mimeType: CSV }));
    case 'neo4j':
      return Object.entries(toNeo4j(graph, options.visibleNodeIds)).map(([name, content]) => ({
        name,
        content,
        mimeType: name.endsWith('.csv') ? CSV : 'text/plain;charset=utf-8',
      }));
  }
}

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}
