/**
 * Edges follow from mentions: two actors mentioned in the same sentence are linked. Building
 * them from the nodes alone lets any change to the nodes (a merge, a split) keep the
 * evidence exact without re-running the extractor. The extractor makes its typed edges with
 * the same coMentionEdges, from the sentences it classified (src/extract/graph/comentions.ts).
 */
import { edgeId } from './ids.ts';
import { summariseRelations } from './relations.ts';
import type { Evidence, EvidenceRelation, GraphEdge, GraphNode, Passage } from './types.ts';
import { sentenceIndexAt } from './sentence-index.ts';

export { sentenceIndexAt };

/** A sentence naming two or more actors: its passage's index, its own index there, its actors sorted. Its pairs are (nodes[i], nodes[j]), i < j, in that order. */
export interface SentenceActors {
  passageIndex: number;
  sentence: number;
  nodes: readonly string[];
}

/** All co-mention edges of `nodes`, sorted by id, evidence in passage order. */
export function buildCoMentionEdges(passages: readonly Passage[], nodes: readonly GraphNode[]): GraphEdge[] {
  const passageIndex = new Map(passages.map((passage, index) => [passage.id, index]));
  // Sentence key "passageIndex:sentenceIndex" → ids of the actors mentioned there.
  const actorsBySentence = new Map<string, { passage: number; sentence: number; ids: Set<string> }>();
  for (const node of nodes) {
    for (const mention of node.mentions) {
      const p = passageIndex.get(mention.passageId);
      if (p === undefined) continue;
      const s = sentenceIndexAt(passages[p]!.sentences, mention.start);
      if (s < 0) continue;
      const key = `${p}:${s}`;
      let entry = actorsBySentence.get(key);
      if (!entry) actorsBySentence.set(key, (entry = { passage: p, sentence: s, ids: new Set() }));
      entry.ids.add(node.id);
    }
  }
  const sentences: SentenceActors[] = [];
  for (const { passage, sentence, ids } of actorsBySentence.values()) if (ids.size > 1) sentences.push({ passageIndex: passage, sentence, nodes: [...ids].sort() });
  return coMentionEdges(passages, sentences);
}

/**
 * The edges of the sentences' pairs, sorted by id, evidence in passage then sentence order.
 * With `relations` (the extractor's), relations[k] holds sentence k's pairs' relations in their
 * order: each evidence carries its own and each edge their summary. `sentences` is emptied once
 * read, and each edge's working list once its evidence exists: at corpus scale they are megabytes.
 */
export function coMentionEdges(passages: readonly Passage[], sentences: SentenceActors[], relations?: readonly (readonly EvidenceRelation[])[]): GraphEdge[] {
  const edges = new Map<string, { source: string; target: string; evidence: { passageIndex: number; sentence: number; relation?: EvidenceRelation }[] }>();
  sentences.forEach((place, k) => {
    const nodes = place.nodes;
    const found = relations?.[k];
    let pair = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const source = nodes[i]!;
        const target = nodes[j]!;
        const id = edgeId(source, target);
        let edge = edges.get(id);
        if (!edge) edges.set(id, (edge = { source, target, evidence: [] }));
        if (!relations) {
          edge.evidence.push({ passageIndex: place.passageIndex, sentence: place.sentence });
          continue;
        }
        const relation = found?.[pair];
        if (!relation) throw new Error(`sentence ${k} has no relation for its pair ${pair}`);
        pair++;
        edge.evidence.push({ passageIndex: place.passageIndex, sentence: place.sentence, relation });
      }
    }
  });
  sentences.length = 0;

  return [...edges.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, edge]) => {
      const ordered = edge.evidence.sort((a, b) => a.passageIndex - b.passageIndex || a.sentence - b.sentence);
      const evidence: Evidence[] = ordered.map(({ passageIndex, sentence, relation }) => {
        const passage = passages[passageIndex]!;
        const [start, end] = passage.sentences[sentence]!;
        return relation ? { passageId: passage.id, sentence, start, end, relation } : { passageId: passage.id, sentence, start, end };
      });
      const documents = new Set(ordered.map(({ passageIndex }) => passages[passageIndex]!.documentId));
      ordered.length = 0;
      const built: GraphEdge = { id, source: edge.source, target: edge.target, weight: evidence.length, documentCount: documents.size, evidence };
      if (relations) built.relations = summariseRelations(evidence);
      return built;
    });
}
