export { buildDocumentsAndPassages, buildNodes, graphOf, type AnalysedDocument, type GraphParts } from './build.ts';
export { edgesFrom, sentenceBuckets, type PlacedMention, type SentenceBucket, type SentencePlace } from './comentions.ts';
