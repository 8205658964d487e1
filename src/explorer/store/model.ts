import type { Graph, Passage } from '../../graph-format/index.ts';
import { detectHubs, positivePmiSteps } from './association.ts';
import type { GraphModel, PassageMention } from './types.ts';
import { edgesByStrength } from './strength.ts';
import { DEFAULT_FILTERS } from './defaults.ts';
import { finishSteps, runInSlices } from './sliced-work.ts';

export function postKey(documentId: string, postIndex: number): string {
  return `${documentId}\u0000${postIndex}`;
}

/** The node at the other end of `edge` from `node`. */
export function otherEnd(model: GraphModel, edge: number, node: number): number {
  const source = model.edgeSource[edge]!;
  return source === node ? model.edgeTarget[edge]! : source;
}

/**
 * Models built ahead of need (see prepareGraphModel), by graph object. Weak, so a graph that
 * is no longer shown takes its model with it.
 */
const prepared = new WeakMap<Graph, GraphModel>();

/** Builds every index the explorer needs, once per loaded graph. */
export function buildGraphModel(graph: Graph): GraphModel {
  const ready = prepared.get(graph);
  if (ready) return ready;
  return finishSteps(modelSteps(graph));
}

/** Longest stretch of model building between two yields to the browser. */
const SLICE_MS = 12;

/**
 * Builds the model of a big graph in slices of a few milliseconds, yielding to the browser
 * between them, so that loading 10,000 actors never freezes the page; buildGraphModel then
 * returns it at once. `nextTask` waits for a new task (a timeout, a message channel).
 */
export async function prepareGraphModel(graph: Graph, nextTask: () => Promise<void>, sliceMs = SLICE_MS): Promise<void> {
  if (prepared.has(graph)) return;
  const model = (await runInSlices(modelSteps(graph), nextTask, sliceMs))!;
  prepared.set(graph, model);
  // The links' strength order (a sort of every link, 10+ ms at 50,000) in a task of its
  // own, before the first render that lists the strongest links needs it.
  await nextTask();
  edgesByStrength(model, DEFAULT_FILTERS.weightMode);
  // Whatever shows the model next starts in a task of its own.
  await nextTask();
}

/** Items handled between two checks of the clock in the longer loops. */
const CHUNK = 2000;

/** The model build as steps: every `yield` is a point where the work may pause. */
function* modelSteps(graph: Graph): Generator<void, GraphModel> {
  const nodeIndex = new Map(graph.nodes.map((node, index) => [node.id, index]));
  yield;
  const edgeIndex = new Map<string, number>();
  for (let index = 0; index < graph.edges.length; index++) {
    edgeIndex.set(graph.edges[index]!.id, index);
    if (index % CHUNK === CHUNK - 1) yield;
  }
  const passageById = new Map(graph.passages.map((passage) => [passage.id, passage]));
  const documentById = new Map(graph.documents.map((document) => [document.id, document]));
  yield;

  const postPassages = new Map<string, Passage[]>();
  for (const passage of graph.passages) {
    const key = postKey(passage.documentId, passage.postIndex);
    const list = postPassages.get(key);
    if (list) list.push(passage);
    else postPassages.set(key, [passage]);
  }
  for (const list of postPassages.values()) list.sort((a, b) => a.sourceStart - b.sourceStart);
  yield;

  const mentionsByPassage = new Map<string, PassageMention[]>();
  for (let index = 0; index < graph.nodes.length; index++) {
    for (const mention of graph.nodes[index]!.mentions) {
      const entry = { node: index, start: mention.start, end: mention.end };
      const list = mentionsByPassage.get(mention.passageId);
      if (list) list.push(entry);
      else mentionsByPassage.set(mention.passageId, [entry]);
    }
    if (index % CHUNK === CHUNK - 1) yield;
  }
  for (const list of mentionsByPassage.values()) list.sort((a, b) => a.start - b.start);
  yield;

  const nodeCount = graph.nodes.length;
  const edgeSource = new Uint32Array(graph.edges.length);
  const edgeTarget = new Uint32Array(graph.edges.length);
  const degree = new Uint32Array(nodeCount);
  graph.edges.forEach((edge, index) => {
    const source = nodeIndex.get(edge.source)!;
    const target = nodeIndex.get(edge.target)!;
    edgeSource[index] = source;
    edgeTarget[index] = target;
    degree[source]! += 1;
    degree[target]! += 1;
  });
  yield;
  const incidentEdges = Array.from(degree, (count) => new Uint32Array(count));
  const filled = new Uint32Array(nodeCount);
  for (let index = 0; index < graph.edges.length; index++) {
    const source = edgeSource[index]!;
    const target = edgeTarget[index]!;
    incidentEdges[source]![filled[source]!++] = index;
    incidentEdges[target]![filled[target]!++] = index;
  }
  yield;

  const nodesByMentions = Uint32Array.from(graph.nodes.keys())
    .sort((a, b) => graph.nodes[b]!.mentionCount - graph.nodes[a]!.mentionCount || a - b);
  const mentionRank = new Uint32Array(nodeCount);
  for (let rank = 0; rank < nodesByMentions.length; rank++) mentionRank[nodesByMentions[rank]!] = rank;
  const maxMentions = graph.nodes.reduce((max, node) => Math.max(max, node.mentionCount), 0);
  yield;
  const pmi = yield* positivePmiSteps(graph, passageById, nodeIndex);

  return {
    graph, nodeIndex, edgeIndex, passageById, documentById, postPassages, mentionsByPassage,
    edgeSource, edgeTarget, incidentEdges, degree, pmi,
    isHub: detectHubs(degree),
    nodesByMentions, mentionRank, maxMentions,
  };
}
