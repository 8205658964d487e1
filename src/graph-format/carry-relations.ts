/**
 * Sentence relations through curation. Edges are rebuilt from the nodes after overrides, so
 * the relation each sentence states is kept aside, keyed by sentence and the two actors, and
 * follows the actors through renames, retypes and merges; a relation override replaces it.
 */
import { summariseRelations } from './relations.ts';
import type { EvidenceRelation, GraphEdge } from './types.ts';

interface SentenceRelation {
  passageId: string;
  sentence: number;
  a: string;
  b: string;
  relation: EvidenceRelation;
}

export class RelationLedger {
  private records: SentenceRelation[] = [];

  constructor(edges: readonly GraphEdge[]) {
    for (const edge of edges) {
      for (const evidence of edge.evidence) {
        if (evidence.relation) this.records.push({ passageId: evidence.passageId, sentence: evidence.sentence, a: edge.source, b: edge.target, relation: evidence.relation });
      }
    }
  }

  /** Actor `from` is now `to` (rename, retype, merge), or gone (`to` undefined: hidden). */
  renameActor(from: string, to: string | undefined): void {
    const rename = (id: string | undefined) => (id === from ? to : id);
    this.records = this.records.flatMap((record) => {
      const a = rename(record.a);
      const b = rename(record.b);
      if (a === undefined || b === undefined || a === b) return [];
      const relation: EvidenceRelation = { ...record.relation };
      if (relation.from !== undefined) relation.from = rename(relation.from)!;
      if (relation.to !== undefined) relation.to = rename(relation.to)!;
      return [{ ...record, a, b, relation }];
    });
  }

  set(passageId: string, sentence: number, a: string, b: string, relation: EvidenceRelation): void {
    this.records = this.records.filter((record) => !(record.passageId === passageId && record.sentence === sentence && sameEnds(record, a, b)));
    this.records.push({ passageId, sentence, a, b, relation });
  }

  /** The rebuilt edges with each sentence's relation and the edges' summaries. */
  attachTo(edges: readonly GraphEdge[]): GraphEdge[] {
    if (this.records.length === 0) return [...edges];
    const byKey = new Map(this.records.map((record) => [keyOf(record.passageId, record.sentence, record.a, record.b), record.relation]));
    return edges.map((edge) => {
      let typed = false;
      const evidence = edge.evidence.map((item) => {
        const relation = byKey.get(keyOf(item.passageId, item.sentence, edge.source, edge.target));
        if (!relation) return item;
        typed = true;
        return { ...item, relation };
      });
      return typed ? { ...edge, evidence, relations: summariseRelations(evidence) } : edge;
    });
  }
}

function sameEnds(record: SentenceRelation, a: string, b: string): boolean {
  return (record.a === a && record.b === b) || (record.a === b && record.b === a);
}

function keyOf(passageId: string, sentence: number, a: string, b: string): string {
  return `${passageId}\u0000${sentence}\u0000${a < b ? a : b}\u0000${a < b ? b : a}`;
}
