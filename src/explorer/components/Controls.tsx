import { useEffect, useState } from 'react';
import { ACTOR_TYPES } from '../store/actorTypes.ts';
import { TYPE_COLOURS, TYPE_NAMES } from '../canvas/scales.ts';
import { explorerStore, useExplorer } from '../store/index.ts';
import { RelationTypeFilter } from '../relations/index.ts';
import type { ColourBy, FocusDepth, HubMode, SizeBy, WeightMode } from '../store/types.ts';

/** A whole-number input that lets the user clear it while typing; only valid numbers reach the store. */
function NumberField({ label, value, onChange, hint }: { label: string; value: number; onChange: (value: number) => void; hint?: string }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => { setDraft(String(value)); }, [value]);
  return (
    <label className="field">
      <span>{label}</span>
      <input type="number" min={1} step={1} value={draft} title={hint}
        onChange={(event) => {
          setDraft(event.target.value);
          const next = Number(event.target.value);
          if (event.target.value !== '' && Number.isInteger(next) && next >= 1) onChange(next);
        }}
        onBlur={() => setDraft(String(value))} />
    </label>
  );
}

export function Controls() {
  const filters = useExplorer((state) => state.filters);
  const hasSelection = useExplorer((state) => state.selection !== null);
  const hubCount = useExplorer((state) => state.model?.isHub.reduce((sum, flag) => sum + flag, 0) ?? 0);
  const sizeBy = useExplorer((state) => state.sizeBy);
  const colourBy = useExplorer((state) => state.colourBy);
  const measuresReady = useExplorer((state) => state.measures !== null);
  const { toggleType, setFilters, setSizeBy, setColourBy } = explorerStore.getState();
  const pending = measuresReady ? '' : ' (computing…)';

  return (
    <form className="controls" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>Actor types</legend>
        {ACTOR_TYPES.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" checked={filters.types.includes(type)} onChange={(event) => toggleType(type, event.target.checked)} />
            <span className="swatch" style={{ background: TYPE_COLOURS[type] }} aria-hidden="true" />
            {TYPE_NAMES[type]}
          </label>
        ))}
      </fieldset>
      <RelationTypeFilter />
      <fieldset>
        <legend>Thresholds</legend>
        <NumberField label="Minimum mentions" value={filters.minMentions} onChange={(minMentions) => setFilters({ minMentions })} />
        <NumberField label="Minimum link weight" hint="Sentences in which both actors appear" value={filters.minEdgeWeight} onChange={(minEdgeWeight) => setFilters({ minEdgeWeight })} />
      </fieldset>
      <fieldset>
        <legend>Links</legend>
        <label className="field">
          <span>Link weight</span>
          <select value={filters.weightMode} onChange={(event) => setFilters({ weightMode: event.target.value as WeightMode })}>
            <option value="sentences">Shared sentences</option>
            <option value="pmi">Association (PMI)</option>
          </select>
        </label>
        <label className="field">
          <span>Hubs{hubCount > 0 ? ` (${hubCount})` : ''}</span>
          <select value={filters.hubs} onChange={(event) => setFilters({ hubs: event.target.value as HubMode })}>
            <option value="show">Show</option>
            <option value="fade">Fade</option>
            <option value="hide">Hide</option>
          </select>
        </label>
        <label className="field">
          <span>Focus</span>
          <select value={filters.focus} disabled={!hasSelection && filters.focus === 0}
            onChange={(event) => setFilters({ focus: Number(event.target.value) as FocusDepth })}>
            <option value={0}>Off (whole network)</option>
            <option value={1}>1 hop</option>
            <option value={2}>2 hops</option>
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Appearance</legend>
        <label className="field">
          <span>Size by</span>
          <select value={sizeBy} onChange={(event) => setSizeBy(event.target.value as SizeBy)}>
            <option value="mentions">Mentions</option>
            <option value="degree">Degree (links)</option>
            <option value="pagerank">PageRank{pending}</option>
          </select>
        </label>
        <label className="field">
          <span>Colour by</span>
          <select value={colourBy} onChange={(event) => setColourBy(event.target.value as ColourBy)}>
            <option value="type">Actor type</option>
            <option value="community">Community{pending}</option>
          </select>
        </label>
      </fieldset>
    </form>
  );
}
