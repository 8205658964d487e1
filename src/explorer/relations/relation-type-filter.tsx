import { RELATION_TYPES, RELATION_TYPE_INFO } from '../../graph-format/relations.ts';
import { explorerStore, useExplorer } from '../store/index.ts';
import { RelationSwatch } from './relation-tag.tsx';
import './relations.css';

/**
 * "Relation types": a checkbox per type; a link is shown when one of its sentences has a ticked
 * type. Folded by default (open when a type is unticked) so the side bar keeps its height.
 */
export function RelationTypeFilter() {
  const selected = useExplorer((state) => state.filters.relationTypes);
  const typed = useExplorer((state) => state.model?.graph.edges.some((edge) => edge.relations !== undefined) ?? false);
  const toggle = (type: (typeof RELATION_TYPES)[number], on: boolean) => {
    const relationTypes = RELATION_TYPES.filter((t) => (t === type ? on : selected.includes(t)));
    explorerStore.getState().setFilters({ relationTypes });
  };
  const filtered = selected.length < RELATION_TYPES.length;
  return (
    <details className="relation-types-group" open={filtered || undefined}>
      <summary>Relation types{filtered ? ` (${selected.length} of ${RELATION_TYPES.length})` : ''}</summary>
      <fieldset className="relation-types">
      <legend className="visually-hidden">Relation types</legend>
      {!typed && <p className="muted">This graph's links are not typed (graph format 1).</p>}
      {RELATION_TYPES.map((type) => (
        <label key={type} className="check">
          <input type="checkbox" checked={selected.includes(type)} disabled={!typed} onChange={(event) => toggle(type, event.target.checked)} />
          <RelationSwatch type={type} />
          {RELATION_TYPE_INFO[type].label}
        </label>
      ))}
      </fieldset>
    </details>
  );
}
