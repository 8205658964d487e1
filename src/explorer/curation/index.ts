export { CurationBar } from './CurationBar.tsx';
export { CurationControls } from './CurationControls.tsx';
export { INITIAL_CURATION } from './slice.ts';
export { overridesOf, overridesJson, NO_OVERRIDES } from './document.ts';
export { idAfterOperation, idBeforeOperation } from './follow.ts';
