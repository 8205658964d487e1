export { classifiedLines, segmentDocument, type Segmentation } from './posts.ts';
export { sentenceIndexAt, splitSentences } from './sentences.ts';
export { classifyLine, type LineKind } from './classify.ts';
export { normaliseForRepeat, repeatedSentences } from './repeats.ts';
