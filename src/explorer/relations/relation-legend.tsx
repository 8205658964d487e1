import { RELATION_GROUP_NAMES, relationSwatch } from '../canvas/relation-colours.ts';
import { COLOUR_GROUPS } from '../store/relations.ts';
import { useExplorer } from '../store/index.ts';
import './relations.css';

/** Link colours by relation class; shown only for a typed graph. */
export function RelationLegend() {
  const typed = useExplorer((state) => state.model?.graph.edges.some((edge) => edge.relations !== undefined) ?? false);
  if (!typed) return null;
  return (
    <ul className="relation-legend" aria-label="Link colours">
      {COLOUR_GROUPS.map((group) => (
        <li key={group}><span className="swatch line" style={{ background: relationSwatch(group) }} aria-hidden="true" />{RELATION_GROUP_NAMES[group]}</li>
      ))}
    </ul>
  );
}
