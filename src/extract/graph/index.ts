export { buildDocumentsAndPassages, buildGraph, type AnalysedDocument, type GraphParts } from './build.ts';
export { buildEdges, type PlacedMention } from './comentions.ts';
