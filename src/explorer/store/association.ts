import type { Graph, Passage } from '../../graph-format/index.ts';
// From the module itself, not the package index, which would bring the schema library along.
import { sentenceIndexAt } from '../../graph-format/sentence-index.ts';
import { finishSteps } from './sliced-work.ts';

/**
 * Positive PMI of every edge at sentence level: PMI = log(p(a,b) / (p(a) p(b))), where the
 * probabilities are taken over the sentences that mention at least one actor, and p(a,b)
 * uses the edge weight (sentences mentioning both). Negative scores become 0: such a link
 * is no stronger than chance.
 */
export function positivePmi(graph: Graph, passageById: Map<string, Passage>, nodeIndex: Map<string, number>): Float64Array {
  return finishSteps(positivePmiSteps(graph, passageById, nodeIndex));
}

/** Actors or links handled between two points where positivePmiSteps may pause. */
const PMI_CHUNK = 1000;

/** positivePmi as steps (see modelSteps): on 10,000 actors it was one 30–70 ms stretch. */
export function* positivePmiSteps(graph: Graph, passageById: Map<string, Passage>, nodeIndex: Map<string, number>): Generator<void, Float64Array> {
  // Sentences are numbered across all passages, so that counting distinct sentences needs
  // integer marks instead of a set of string keys (ten times faster on a big graph).
  const firstSentence = new Map<Passage, number>();
  let sentenceCount = 0;
  for (const passage of passageById.values()) {
    firstSentence.set(passage, sentenceCount);
    sentenceCount += passage.sentences.length;
  }
  const lastCountedFor = new Int32Array(sentenceCount).fill(-1);
  const mentionsAnActor = new Uint8Array(sentenceCount);
  let total = 0;
  const sentencesPerNode = new Float64Array(graph.nodes.length);
  for (let index = 0; index < graph.nodes.length; index++) {
    if (index % PMI_CHUNK === PMI_CHUNK - 1) yield;
    const node = graph.nodes[index]!;
    let sentences = 0;
    for (const mention of node.mentions) {
      const passage = passageById.get(mention.passageId);
      if (!passage) continue;
      const sentence = sentenceIndexAt(passage.sentences, mention.start);
      if (sentence < 0) continue;
      const key = firstSentence.get(passage)! + sentence;
      if (lastCountedFor[key] !== index) { lastCountedFor[key] = index; sentences++; }
      if (!mentionsAnActor[key]) { mentionsAnActor[key] = 1; total++; }
    }
    sentencesPerNode[index] = sentences;
  }
  const scores = new Float64Array(graph.edges.length);
  for (let index = 0; index < graph.edges.length; index++) {
    if (index % (PMI_CHUNK * 10) === PMI_CHUNK * 10 - 1) yield;
    const edge = graph.edges[index]!;
    const a = sentencesPerNode[nodeIndex.get(edge.source) ?? -1] ?? 0;
    const b = sentencesPerNode[nodeIndex.get(edge.target) ?? -1] ?? 0;
    if (a === 0 || b === 0 || total === 0) continue;
    const pmi = Math.log((edge.weight * total) / (a * b));
    scores[index] = pmi > 0 ? pmi : 0;
  }
  return scores;
}

/**
 * Share of the other linked actors an actor must be linked to, to count as a hub.
 * Co-mention graphs are sparse (most actors have a handful of links), so "linked to almost
 * everything" is measured against actors that have any link at all, and a third of them is
 * already far beyond any ordinary actor.
 */
export const HUB_DEGREE_SHARE = 0.35;
const MIN_LINKED_ACTORS = 5;

/** Hubs: actors linked to a large share of all linked actors (a dominant country in a corpus about it). */
export function detectHubs(degree: Uint32Array): Uint8Array {
  const hubs = new Uint8Array(degree.length);
  const linked = degree.reduce((count, value) => count + (value > 0 ? 1 : 0), 0);
  if (linked < MIN_LINKED_ACTORS) return hubs;
  const threshold = Math.max(3, HUB_DEGREE_SHARE * (linked - 1));
  degree.forEach((value, index) => { if (value >= threshold) hubs[index] = 1; });
  return hubs;
}
