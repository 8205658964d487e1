import type { Graph, Passage } from '../../graph-format/index.ts';
import { detectHubs, positivePmi } from './association.ts';
import type { GraphModel, PassageMention } from './types.ts';

export function postKey(documentId: string, postIndex: number): string {
  return `${documentId}\u0000${postIndex}`;
}

/** Builds every index the explorer needs, once per loaded graph. */
export function buildGraphModel(graph: Graph): GraphModel {
  const nodeIndex = new Map(graph.nodes.map((node, index) => [node.id, index]));
  const edgeIndex = new Map(graph.edges.map((edge, index) => [edge.id, index]));
  const passageById = new Map(graph.passages.map((passage) => [passage.id, passage]));
  const documentById = new Map(graph.documents.map((document) => [document.id, document]));

  const postPassages = new Map<string, Passage[]>();
  for (const passage of graph.passages) {
    const key = postKey(passage.documentId, passage.postIndex);
    const list = postPassages.get(key);
    if (list) list.push(passage);
    else postPassages.set(key, [passage]);
  }
  for (const list of postPassages.values()) list.sort((a, b) => a.sourceStart - b.sourceStart);

  const mentionsByPassage = new Map<string, PassageMention[]>();
  graph.nodes.forEach((node, index) => {
    for (const mention of node.mentions) {
      const entry = { node: index, start: mention.start, end: mention.end };
      const list = mentionsByPassage.get(mention.passageId);
      if (list) list.push(entry);
      else mentionsByPassage.set(mention.passageId, [entry]);
    }
  });
  for (const list of mentionsByPassage.values()) list.sort((a, b) => a.start - b.start);

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
  const incidentEdges = Array.from(degree, (count) => new Uint32Array(count));
  const filled = new Uint32Array(nodeCount);
  for (let index = 0; index < graph.edges.length; index++) {
    const source = edgeSource[index]!;
    const target = edgeTarget[index]!;
    incidentEdges[source]![filled[source]!++] = index;
    incidentEdges[target]![filled[target]!++] = index;
  }

  const nodesByMentions = Uint32Array.from(graph.nodes.keys())
    .sort((a, b) => graph.nodes[b]!.mentionCount - graph.nodes[a]!.mentionCount || a - b);
  const mentionRank = new Uint32Array(nodeCount);
  for (let rank = 0; rank < nodesByMentions.length; rank++) mentionRank[nodesByMentions[rank]!] = rank;
  const maxMentions = graph.nodes.reduce((max, node) => Math.max(max, node.mentionCount), 0);

  return {
    graph, nodeIndex, edgeIndex, passageById, documentById, postPassages, mentionsByPassage,
    edgeSource, edgeTarget, incidentEdges, degree,
    pmi: positivePmi(graph, passageById, nodeIndex),
    isHub: detectHubs(degree),
    nodesByMentions, mentionRank, maxMentions,
  };
}
