export { CorpusBar, ACCEPTED_FILES } from './CorpusBar.tsx';
export { DropZone } from './DropZone.tsx';
export { openInitialCorpus } from './open.ts';
export { CUSTOM_CORPUS, sampleCorpusKey } from './slice.ts';
export type { IngestFiles, IngestOptions, IngestResult, CorpusState, SkippedFile, StoredCorpus } from './types.ts';
