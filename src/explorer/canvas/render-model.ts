/** What drawing needs of the graph model: labels and link ends (a worker holds just this). */
export interface RenderModel {
  graph: { nodes: readonly { label: string }[] };
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
}
