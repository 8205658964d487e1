/**
 * The format's name and contract version, apart from the zod schema so that code which only
 * writes or recognises a graph file (the codec, the page's "Download graph JSON") does not pull
 * the schema and zod into the page's first JavaScript.
 */
export const GRAPH_FORMAT = 'silkmap-graph';
/**
 * 2: evidence carries `relation` and edges carry `relations` (typed, directed links).
 * Version-1 graphs are still read: validateGraph migrates them (their links stay untyped).
 */
export const GRAPH_FORMAT_VERSION = 2;

/** The relation vocabulary of contract 2, in display order; labels and classes are in relations.ts. */
export const RELATION_TYPES = [
  'meets', 'agrees', 'supports', 'cooperates', 'funds', 'trades',
  'criticises', 'pressures', 'attacks', 'belongs', 'none',
] as const;
