import { ACTOR_TYPES } from '../store/actorTypes.ts';
import { TYPE_COLOURS, TYPE_NAMES } from '../canvas/scales.ts';
import { useExplorer } from '../store/index.ts';

export function Legend() {
  const weightMode = useExplorer((state) => state.filters.weightMode);
  return (
    <div className="legend" aria-label="Legend" role="group">
      <ul>
        {ACTOR_TYPES.map((type) => (
          <li key={type}><span className="swatch" style={{ background: TYPE_COLOURS[type] }} aria-hidden="true" />{TYPE_NAMES[type]}</li>
        ))}
      </ul>
      <p>Size: mentions · Line: {weightMode === 'pmi' ? 'association (PMI > 0)' : 'shared sentences'}</p>
    </div>
  );
}
