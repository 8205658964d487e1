import { useState } from 'react';
import { describeRelation, RELATION_TYPES, RELATION_TYPE_INFO } from '../../graph-format/relations.ts';
import type { Evidence, EvidenceRelation, RelationType } from '../../graph-format/index.ts';
import { HighlightedText } from '../components/highlighted-text.tsx';
import { explorerStore } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { RelationSwatch } from './relation-tag.tsx';
import './relations.css';

const GROUP_PAGE = 8;

/** Types in the vocabulary's order, `none` last: what the sentences say first. */
function groupByType(evidence: readonly Evidence[]): [RelationType, Evidence[]][] {
  const groups = new Map<RelationType, Evidence[]>();
  for (const item of evidence) {
    const type = item.relation?.type ?? 'none';
    const list = groups.get(type) ?? [];
    list.push(item);
    groups.set(type, list);
  }
  return RELATION_TYPES.filter((type) => groups.has(type)).map((type) => [type, groups.get(type)!]);
}

/** Option value "type|from" ("" for a mutual relation). */
const optionValue = (relation: EvidenceRelation) => `${relation.type}|${relation.from ?? ''}`;

function RelationCorrection({ model, edgeIndex, item }: { model: GraphModel; edgeIndex: number; item: Evidence }) {
  const edge = model.graph.edges[edgeIndex]!;
  const label = (id: string) => model.graph.nodes[model.nodeIndex.get(id)!]!.label;
  const [refusal, setRefusal] = useState<string | null>(null);
  const options: { value: string; text: string; relation: EvidenceRelation }[] = [];
  for (const type of RELATION_TYPES) {
    if (RELATION_TYPE_INFO[type].mutual) options.push({ value: `${type}|`, text: RELATION_TYPE_INFO[type].label, relation: { type } });
    else {
      for (const [from, to] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
        options.push({ value: `${type}|${from}`, text: `${label(from)} → ${label(to)} · ${RELATION_TYPE_INFO[type].verb}`, relation: { type, from, to } });
      }
    }
  }
  const current = item.relation ? optionValue(item.relation) : 'none|';
  return (
    <>
      <select className="relation-fix" aria-label="Correct this sentence's relation" value={current}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (!chosen) return;
          setRefusal(explorerStore.getState().curate({ op: 'relation', passageId: item.passageId, sentence: item.sentence, between: [edge.source, edge.target], relation: chosen.relation }));
        }}>
        {options.map((option) => <option key={option.value} value={option.value}>{option.text}</option>)}
      </select>
      {refusal && <span role="alert" className="muted"> {refusal}</span>}
    </>
  );
}

/** The sentences of a link grouped by relation type, each saying its type and direction in words. */
export function RelationEvidence({ model, edgeIndex }: { model: GraphModel; edgeIndex: number }) {
  const [open, setOpen] = useState<ReadonlySet<RelationType>>(new Set());
  const edge = model.graph.edges[edgeIndex]!;
  const ends = new Set([model.edgeSource[edgeIndex]!, model.edgeTarget[edgeIndex]!]);
  const nameOf = (id: string) => model.graph.nodes[model.nodeIndex.get(id) ?? -1]?.label ?? id;
  return (
    <div className="excerpts relation-evidence">
      {groupByType(edge.evidence).map(([type, items]) => {
        const shown = open.has(type) ? items : items.slice(0, GROUP_PAGE);
        return (
          <section key={type} className="relation-group" aria-label={`${RELATION_TYPE_INFO[type].label}: ${items.length}`}>
            <h4><RelationSwatch type={type} />{RELATION_TYPE_INFO[type].label} <span className="count">{items.length}</span></h4>
            <ol>
              {shown.map((item) => {
                const passage = model.passageById.get(item.passageId);
                if (!passage) return null;
                const highlights = (model.mentionsByPassage.get(passage.id) ?? [])
                  .filter((m) => ends.has(m.node) && m.start >= item.start && m.end <= item.end)
                  .map((m): [number, number] => [m.start, m.end]);
                const relation = item.relation ?? { type: 'none' as const };
                return (
                  <li key={`${item.passageId}:${item.sentence}`} className="excerpt">
                    <p className="relation-line">
                      <bdi>{describeRelation(relation, nameOf, [edge.source, edge.target])}</bdi>
                      {relation.negated && <span className="negated"> (the sentence says it did not happen)</span>}
                    </p>
                    <p className="passage-text"><HighlightedText text={passage.text} start={item.start} end={item.end} highlights={highlights} /></p>
                    <button type="button" className="link-button" onClick={() => explorerStore.getState().openReader(passage.id)}>Show in source</button>
                    <RelationCorrection model={model} edgeIndex={edgeIndex} item={item} />
                  </li>
                );
              })}
            </ol>
            {items.length > shown.length && (
              <button type="button" className="more" onClick={() => setOpen(new Set([...open, type]))}>Show all {items.length}</button>
            )}
          </section>
        );
      })}
    </div>
  );
}
