import { ACTOR_TYPES } from '../../graph-format/index.ts';
import { TYPE_COLOURS, TYPE_NAMES } from '../canvas/scales.ts';

export function Legend() {
  return (
    <div className="legend" aria-label="Legend" role="group">
      <ul>
        {ACTOR_TYPES.map((type) => (
          <li key={type}><span className="swatch" style={{ background: TYPE_COLOURS[type] }} aria-hidden="true" />{TYPE_NAMES[type]}</li>
        ))}
      </ul>
      <p>Size: mentions · Line: shared sentences</p>
    </div>
  );
}
