import { useId, useMemo, useState } from 'react';
import { TYPE_COLOURS, TYPE_NAMES } from '../canvas/scales.ts';
import { searchActors } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';

/** A search field to pick another actor (the explorer's search, without selecting in the network). */
export function ActorPicker({ model, exclude, label, onPick }: { model: GraphModel; exclude: string; label: string; onPick: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(
    () => searchActors(model, query, 9).filter((node) => model.graph.nodes[node]!.id !== exclude).slice(0, 8),
    [model, query, exclude],
  );
  const expanded = results.length > 0;
  const pick = (node: number) => { onPick(model.graph.nodes[node]!.id); setQuery(''); };
  return (
    <div className="actor-picker">
      <input
        type="search" role="combobox" aria-label={label} placeholder="Search actors…" autoFocus
        aria-expanded={expanded} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => { setQuery(event.target.value); setActive(0); }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && expanded) { event.preventDefault(); setActive((active + 1) % results.length); }
          else if (event.key === 'ArrowUp' && expanded) { event.preventDefault(); setActive((active - 1 + results.length) % results.length); }
          else if (event.key === 'Enter' && expanded) { event.preventDefault(); pick(results[active] ?? results[0]!); }
        }}
      />
      {query.trim() !== '' && !expanded && <p className="muted picker-empty">No other actor matches “{query.trim()}”.</p>}
      <ul id={listId} role="listbox" aria-label="Actors to merge" hidden={!expanded}>
        {results.map((node, index) => {
          const actor = model.graph.nodes[node]!;
          return (
            <li key={actor.id} id={`${listId}-${index}`} role="option" aria-selected={index === active}
              onMouseDown={(event) => { event.preventDefault(); pick(node); }} onMouseEnter={() => setActive(index)}>
              <span className="swatch" style={{ background: TYPE_COLOURS[actor.type] }} aria-hidden="true" />
              <bdi className="option-label">{actor.label}</bdi>
              <span className="option-meta">{TYPE_NAMES[actor.type]} · {actor.mentionCount}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
