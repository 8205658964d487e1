export { CorpusBar, ACCEPTED_FILES } from './corpus-bar.tsx';
export { DropZone } from './drop-zone.tsx';
export { openInitialCorpus } from './open.ts';
export { CUSTOM_CORPUS, sampleCorpusKey } from './slice.ts';
export type { IngestFiles, IngestOptions, IngestResult, CorpusState, SkippedFile, StoredCorpus } from './types.ts';
