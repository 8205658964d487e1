/**
 * Messages between the page and the measures worker. Both directions are typed arrays (moved,
 * not copied, with the transfer list) plus the node ids: structured-cloning 10,000 actor
 * objects and 50,000 link objects took the page's main thread over 100 ms at each end.
 */
import type { GraphMeasures, NodeMeasures } from '../../analysis/types.ts';
import type { NetworkInput } from '../../analysis/index.ts';

/** The network as the measures need it: node ids and links as node indices with weights. */
export interface MeasuresRequest {
  type: 'measure';
  nodeIds: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
  /** `false` asks for everything but betweenness (the O(V·E) part). */
  betweenness: boolean;
}

/** One value per node, in the order of the request's nodeIds. */
export interface MeasureColumns {
  degree: Float64Array;
  weightedDegree: Float64Array;
  pagerank: Float64Array;
  betweenness: Float64Array;
  community: Int32Array;
}

/**
 * `complete: false`: everything but betweenness (big graphs get it only when asked for). A
 * failure is the `failed` reply of src/workers/messages.ts.
 */
export interface MeasuresResponse {
  type: 'measures';
  columns: MeasureColumns;
  modularity: number;
  communityCount: number;
  communitySizes: number[];
  complete: boolean;
  ms: number;
}

/** The request for a graph; post it with `requestTransfer(request)` as the transfer list. */
export function measuresRequest(network: NetworkInput, edgeSource: Uint32Array, edgeTarget: Uint32Array, betweenness: boolean): MeasuresRequest {
  return {
    type: 'measure',
    nodeIds: network.nodes.map((node) => node.id),
    sources: edgeSource.slice(),
    targets: edgeTarget.slice(),
    weights: Float64Array.from(network.edges, (edge) => edge.weight),
    betweenness,
  };
}

export function requestTransfer(request: MeasuresRequest): Transferable[] {
  return [request.sources.buffer, request.targets.buffer, request.weights.buffer];
}

/** In the worker: the network the analysis functions take (link ids are only keys there). */
export function networkOfRequest(request: MeasuresRequest): NetworkInput {
  const { nodeIds, sources, targets, weights } = request;
  return {
    nodes: nodeIds.map((id) => ({ id })),
    edges: Array.from(sources, (source, index) => ({ id: String(index), source: nodeIds[source]!, target: nodeIds[targets[index]!]!, weight: weights[index]! })),
  };
}

/** In the worker: measures as columns in `nodeIds` order. */
export function measureColumns(nodeIds: string[], measures: GraphMeasures): MeasureColumns {
  const columns: MeasureColumns = {
    degree: new Float64Array(nodeIds.length),
    weightedDegree: new Float64Array(nodeIds.length),
    pagerank: new Float64Array(nodeIds.length),
    betweenness: new Float64Array(nodeIds.length),
    community: new Int32Array(nodeIds.length),
  };
  nodeIds.forEach((id, index) => {
    const node = measures.nodes[id];
    if (!node) return;
    columns.degree[index] = node.degree;
    columns.weightedDegree[index] = node.weightedDegree;
    columns.pagerank[index] = node.pagerank;
    columns.betweenness[index] = node.betweenness;
    columns.community[index] = node.community;
  });
  return columns;
}

export function columnsTransfer(columns: MeasureColumns): Transferable[] {
  return Object.values(columns).map((column: Float64Array | Int32Array) => column.buffer);
}

/** In the page: the measures record the store and the views use. */
export function measuresOfColumns(nodeIds: readonly string[], response: MeasuresResponse): GraphMeasures {
  const { columns } = response;
  // A record without a prototype: an id such as "__proto__" is an ordinary key, and filling
  // it in a loop is several times faster than Object.fromEntries on 10,000 actors.
  const nodes = Object.create(null) as Record<string, NodeMeasures>;
  for (let index = 0; index < nodeIds.length; index++) {
    nodes[nodeIds[index]!] = {
      degree: columns.degree[index]!, weightedDegree: columns.weightedDegree[index]!, pagerank: columns.pagerank[index]!,
      betweenness: columns.betweenness[index]!, community: columns.community[index]!,
    };
  }
  return { nodes, modularity: response.modularity, communityCount: response.communityCount, communitySizes: response.communitySizes };
}
