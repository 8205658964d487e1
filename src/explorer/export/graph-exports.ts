/**
 * Graph file exports from the explorer. The export library is imported on first use
 * (dynamic import), so it never weighs on the first page load.
 */
import type { GraphMeasures } from '../../analysis/types.ts';
import type { ExportFile, ExportFormat } from '../../export/index.ts';
import type { GraphModel } from '../store/types.ts';
import type { ViewSnapshot } from './current-view.ts';

export const GRAPH_FORMATS: { format: ExportFormat; label: string; note: string }[] = [
  { format: 'gexf', label: 'GEXF', note: 'Gephi and Gephi Lite, with the current layout' },
  { format: 'graphml', label: 'GraphML', note: 'yEd, Cytoscape, NetworkX' },
  { format: 'csv', label: 'CSV', note: 'two files: nodes.csv and edges.csv' },
  { format: 'json', label: 'Graph JSON', note: 'the Silkmap graph file' },
  { format: 'neo4j', label: 'Neo4j', note: 'neo4j-admin import CSVs, a LOAD CSV script and a README' },
];

export interface GraphExportRequest {
  format: ExportFormat;
  model: GraphModel;
  measures: GraphMeasures | null;
  /** Positions, colours and sizes as drawn, and the visible actors; null without a canvas. */
  view: ViewSnapshot | null;
  visibleOnly: boolean;
}

/** The files of one export, with the view's positions, colours and sizes when a canvas is drawn. */
export async function graphExportFiles(request: GraphExportRequest): Promise<ExportFile[]> {
  const { exportGraph } = await import('../../export/index.ts');
  const { view } = request;
  return exportGraph(request.format, request.model.graph, {
    ...(request.measures ? { measures: request.measures } : {}),
    ...(view ? { positions: view.positions, colours: view.colours, sizes: layoutSizes(view) } : {}),
    ...(view && request.visibleOnly ? { visibleNodeIds: view.visibleNodeIds } : {}),
  });
}

/** Sizes independent of the zoom: the drawn radius divided by the zoom factor. */
function layoutSizes(view: ViewSnapshot): Map<string, number> {
  const k = view.transform.k || 1;
  return new Map(Array.from(view.radii, ([id, radius]) => [id, Math.round((radius / k) * 100) / 100]));
}
