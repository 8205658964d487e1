export * from './schema.ts';
export type * from './types.ts';
export { validateGraph, parseGraphJson } from './validate.ts';
export { nodeId, edgeId, slugify } from './ids.ts';
export { serializeGraph } from './serialize.ts';
export * from './overrides.ts';
export { applyOverrides, type ApplyOverridesResult } from './apply-overrides.ts';
export { buildCoMentionEdges, sentenceIndexAt } from './co-mentions.ts';
export { displaySentence, footnoteMarkers, type DisplaySentence } from './display-sentence.ts';
