export { buildDocumentsAndPassages, buildGraph, buildNodes, graphOf, type AnalysedDocument, type GraphParts } from './build.ts';
export { buildEdges, edgesFrom, sentenceBuckets, type PlacedMention, type RelateSentence, type SentenceBucket, type SentencePlace } from './comentions.ts';
