export { buildDocumentsAndPassages, buildGraph, type AnalysedDocument, type GraphParts } from './build.ts';
export { buildEdges, sentenceIndexAt, type PlacedMention } from './comentions.ts';
