export { CurationBar } from './curation-bar.tsx';
export { CurationControls } from './curation-controls.tsx';
export { INITIAL_CURATION } from './slice.ts';
export { overridesOf, overridesJson, NO_OVERRIDES } from './document.ts';
export { idAfterOperation, idBeforeOperation } from './follow.ts';
