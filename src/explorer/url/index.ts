export { readUrlState, writeUrlState, DEFAULT_SIZE_BY, DEFAULT_COLOUR_BY, type UrlState } from './url-state.ts';
export { graphSourceFromSearch, DEFAULT_GRAPH_PATH } from './graph-source.ts';
export { startUrlSync, applyUrlToStore, currentUrlState, shareableUrl } from './sync-url.ts';
