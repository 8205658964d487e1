import { RELATION_TYPE_INFO } from '../../graph-format/relations.ts';
import { actorRelationSummary } from '../store/relations.ts';
import type { GraphModel } from '../store/types.ts';
import { RelationSwatch } from './relation-tag.tsx';
import './relations.css';

/** A selected actor's relations by type: sentences (and links) per type over all its links. */
export function ActorRelationSummary({ model, nodeIndex }: { model: GraphModel; nodeIndex: number }) {
  const summary = actorRelationSummary(model, nodeIndex);
  if (summary.length === 0) return null;
  return (
    <section aria-labelledby="relations-heading">
      <h3 id="relations-heading">Relations by type</h3>
      <ul className="relation-summary" aria-label="Relations by type">
        {summary.map((entry) => (
          <li key={entry.type}>
            <RelationSwatch type={entry.type} />
            {RELATION_TYPE_INFO[entry.type].label}: {entry.sentences} sentence{entry.sentences === 1 ? '' : 's'} ({entry.links} link{entry.links === 1 ? '' : 's'})
          </li>
        ))}
      </ul>
    </section>
  );
}
