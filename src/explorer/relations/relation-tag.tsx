import { colourGroupOf, RELATION_TYPE_INFO } from '../../graph-format/relations.ts';
import type { EdgeRelationCount, RelationType } from '../../graph-format/index.ts';
import { mainRelationTypes } from '../../graph-format/relations.ts';
import { relationSwatch } from '../canvas/relation-colours.ts';
import './relations.css';

export function RelationSwatch({ type }: { type: RelationType }) {
  return <span className="swatch" style={{ background: relationSwatch(colourGroupOf(type)) }} aria-hidden="true" />;
}

/** The main relation types of a link, as small labels ("funds", "meets"); nothing for an untyped link. */
export function RelationTags({ summary }: { summary: readonly EdgeRelationCount[] | undefined }) {
  const types = mainRelationTypes(summary, 2);
  if (types.length === 0) return null;
  return (
    <span className="relation-tags" aria-label={`Main relation types: ${types.join(', ')}`}>
      {types.map((type) => (
        <span key={type} className="relation-tag" style={{ color: relationSwatch(colourGroupOf(type)) }}>{RELATION_TYPE_INFO[type].verb}</span>
      ))}
    </span>
  );
}
