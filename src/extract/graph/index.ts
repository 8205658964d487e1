export { buildDocumentsAndPassages, buildNodes, graphOf, type AnalysedDocument, type GraphParts } from './build.ts';
export { sentenceBuckets, type PlacedMention, type SentenceBucket } from './comentions.ts';
