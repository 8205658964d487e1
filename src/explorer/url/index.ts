export { readUrlState, writeUrlState, DEFAULT_SIZE_BY, DEFAULT_COLOUR_BY, type UrlState } from './urlState.ts';
export { graphSourceFromSearch, DEFAULT_GRAPH_PATH } from './graphSource.ts';
export { startUrlSync, applyUrlToStore, currentUrlState, shareableUrl } from './syncUrl.ts';
