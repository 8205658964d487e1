import type { ActorType, Graph, GraphDocument, Passage, RelationType } from '../../graph-format/index.ts';
import type { Position } from '../../export/types.ts';
import type { ViewTransform } from '../../export/svg.ts';
import type { GraphPreview } from '../load/preview.ts';

export type WeightMode = 'sentences' | 'pmi';
export type HubMode = 'show' | 'fade' | 'hide';
export type FocusDepth = 0 | 1 | 2;

export interface Filters {
  types: readonly ActorType[];
  minMentions: number;
  /** Minimum number of shared sentences for a link to be shown. */
  minEdgeWeight: number;
  hubs: HubMode;
  weightMode: WeightMode;
  /** 0 = off; otherwise keep only the selection and its neighbours this many hops away. */
  focus: FocusDepth;
  /** Links are shown when one of their sentences has one of these relation types (untyped links always). */
  relationTypes: readonly RelationType[];
}

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

/** Network measures shown in the actors table (computed off the main thread, see src/explorer/analysis). */
export type MeasureKey = 'degree' | 'weightedDegree' | 'pagerank' | 'betweenness' | 'community';
export type SortKey = 'name' | 'mentions' | 'connections' | MeasureKey;
/** What node size and colour encode. */
export type SizeBy = 'mentions' | 'degree' | 'pagerank';
export type ColourBy = 'type' | 'community';
export interface TableSort { key: SortKey; direction: 'ascending' | 'descending' }

/** A mention resolved to its node index, kept per passage for highlighting. */
export interface PassageMention { node: number; start: number; end: number }

/**
 * Everything derived from a graph once, when it is loaded: indexes by id, adjacency,
 * association scores and hubs. Arrays are indexed by node or edge position in the graph.
 */
export interface GraphModel {
  graph: Graph;
  nodeIndex: Map<string, number>;
  edgeIndex: Map<string, number>;
  passageById: Map<string, Passage>;
  documentById: Map<string, GraphDocument>;
  /** Passages of each post in reading order, keyed by postKey(documentId, postIndex). */
  postPassages: Map<string, Passage[]>;
  mentionsByPassage: Map<string, PassageMention[]>;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  /** Edge indices touching each node. */
  incidentEdges: Uint32Array[];
  degree: Uint32Array;
  /** Positive pointwise mutual information per edge (0 when the link is no stronger than chance). */
  pmi: Float64Array;
  isHub: Uint8Array;
  /** Node indices, most mentioned first: the order in which labels compete for space. */
  nodesByMentions: Uint32Array;
  /** Position of each node in nodesByMentions. */
  mentionRank: Uint32Array;
  maxMentions: number;
  /** With a time window set: 1 for each actor with no mention inside it (drawn faded). */
  outsideWindow?: Uint8Array;
}

export type LoadState =
  /** `preview`: a big graph's first picture, drawn while it is checked and loaded (load/preview.ts). */
  | { status: 'loading'; source: string; preview?: GraphPreview }
  | { status: 'ready'; source: string }
  | { status: 'error'; source: string; title: string; errors: string[] };

/**
 * What the network canvas currently shows, in the terms the exporters take: layout positions,
 * the d3-zoom transform, view size, and per-actor colours and radii.
 */
export interface ViewSnapshot {
  /** View size in CSS pixels. */
  width: number;
  height: number;
  transform: ViewTransform;
  /** Layout coordinates by node id (all actors). */
  positions: Map<string, Position>;
  /** Radius on screen (CSS pixels) by node id, as drawn. */
  radii: Map<string, number>;
  colours: Map<string, string>;
  visibleNodeIds: Set<string>;
  /** Actors labelled on screen in the last frame; the SVG labels these. */
  labelledNodeIds?: Set<string>;
  /** Where those labels are written: left end and vertical middle of the text, CSS pixels. */
  labelPositions?: Map<string, Position>;
}
