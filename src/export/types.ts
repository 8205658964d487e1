/**
 * The per-actor measures the exports write. Structurally the same as GraphMeasures from
 * src/analysis (pass computeMeasures(graph) straight in); declared here so that the
 * export library depends on src/graph-format only.
 */
export interface ActorMeasures {
  degree: number;
  weightedDegree: number;
  pagerank: number;
  betweenness: number;
  community: number;
}

export interface MeasuresInput {
  nodes: Readonly<Record<string, ActorMeasures>>;
}

/** A point in layout coordinates (screen-like: y grows downwards, as in d3-force). */
export interface Position {
  x: number;
  y: number;
}

/** What every graph export accepts besides the graph itself. All optional. */
export interface ExportOptions {
  /** From computeMeasures(graph); adds degree, PageRank, betweenness and community columns. */
  measures?: MeasuresInput;
  /** Layout positions by node id; nodes without one are written without a position. */
  positions?: ReadonlyMap<string, Position>;
  /** Export only these actors (and the links between them); all when absent. */
  visibleNodeIds?: ReadonlySet<string>;
  /** CSS colours by node id (hex or rgb()); defaults to the colour of the actor type. */
  colours?: ReadonlyMap<string, string>;
  /** Node sizes by node id; defaults to a size growing with the number of mentions. */
  sizes?: ReadonlyMap<string, number>;
}

/** One file of an export, ready to be downloaded or written to disk. */
export interface ExportFile {
  name: string;
  content: string;
  mimeType: string;
}
