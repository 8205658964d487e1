export { readUrlState, writeUrlState, type UrlState } from './urlState.ts';
export { graphSourceFromSearch, DEFAULT_GRAPH_PATH } from './graphSource.ts';
export { startUrlSync, applyUrlToStore } from './syncUrl.ts';
