/**
 * Exports of a Silkmap graph. Pure functions, browser-safe (no Node APIs), depending
 * only on src/graph-format and npm libraries; the Node command is in cli/.
 *
 *   exportGraph('gexf', graph, { measures: computeMeasures(graph), positions })
 *   evidenceFiles(graph, { kind: 'link', source, target })
 *   renderSvg({ graph, positions, width, height, scale: 2 })
 */
export { exportGraph, isExportFormat, EXPORT_FORMATS, MULTI_FILE_FORMATS, type ExportFormat } from './formats.ts';
export { toGexf } from './gexf.ts';
export { toGraphml } from './graphml.ts';
export { toCsv, toCsvText } from './csv.ts';
export { toGraphJson } from './json.ts';
export { toNeo4j, NEO4J_NODE_HEADER, NEO4J_EDGE_HEADER, NEO4J_LABELS, NEO4J_RELATIONSHIP_TYPE, type Neo4jFiles } from './neo4j.ts';
export {
  collectEvidence, evidenceToMarkdown, evidenceToCsv, evidenceFiles, EVIDENCE_CSV_HEADER,
  type EvidenceTarget, type EvidencePack, type EvidenceSentence,
} from './evidence.ts';
export { renderSvg, type SvgFocus, type SvgOptions, type ViewTransform } from './svg.ts';
export { visibleSubgraph } from './subset.ts';
export { TYPE_COLOURS, parseColour, mentionSize } from './colours.ts';
export { escapeXml, displayText } from './text.ts';
export type { ExportOptions, ExportFile, Position, ActorMeasures, MeasuresInput } from './types.ts';
