import { useId, useMemo, useState } from 'react';
import { TYPE_COLOURS, TYPE_NAMES } from '../canvas/scales.ts';
import { explorerStore, searchActors } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';

/** Combobox with autocomplete over labels and aliases (WAI-ARIA combobox pattern). */
export function SearchBox({ model }: { model: GraphModel }) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => searchActors(model, query), [model, query]);
  const expanded = open && results.length > 0;

  const choose = (node: number) => {
    explorerStore.getState().selectNode(model.graph.nodes[node]!.id);
    setQuery('');
    setOpen(false);
  };

  return (
    <div className="search">
      <input
        type="search" role="combobox" aria-label="Search actors" placeholder="Search actors…"
        aria-expanded={expanded} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(event) => { setQuery(event.target.value); setOpen(true); setActive(0); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && results.length) { event.preventDefault(); setOpen(true); setActive((active + 1) % results.length); }
          else if (event.key === 'ArrowUp' && results.length) { event.preventDefault(); setActive((active - 1 + results.length) % results.length); }
          else if (event.key === 'Enter' && expanded) { event.preventDefault(); choose(results[active] ?? results[0]!); }
          else if (event.key === 'Escape') { setOpen(false); }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Matching actors" hidden={!expanded}>
        {expanded && results.map((node, index) => {
          const actor = model.graph.nodes[node]!;
          const via = actor.aliases.find((alias) => alias !== actor.label && alias.toLowerCase().startsWith(query.trim().toLowerCase()));
          return (
            <li key={actor.id} id={`${listId}-${index}`} role="option" aria-selected={index === active}
              onMouseDown={(event) => { event.preventDefault(); choose(node); }}
              onMouseEnter={() => setActive(index)}>
              <span className="swatch" style={{ background: TYPE_COLOURS[actor.type] }} aria-hidden="true" />
              <bdi className="option-label">{actor.label}</bdi>
              <span className="option-meta">{via ? `“${via}” · ` : ''}{TYPE_NAMES[actor.type]} · {actor.mentionCount}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
