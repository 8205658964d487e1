export { buildDocumentsAndPassages, buildGraph, type AnalysedDocument, type GraphParts } from './build.ts';
export { buildEdges, type PlacedMention, type RelateSentence } from './comentions.ts';
