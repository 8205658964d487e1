import { useEffect, useId, useState } from 'react';
import { ACTOR_TYPES } from '../store/actor-types.ts';
import { TYPE_COLOURS, TYPE_NAMES } from '../canvas/scales.ts';
import { explorerStore, PMI_MIN_SENTENCES, useExplorer } from '../store/index.ts';
import { memoByReference } from '../store/memo.ts';
import type { ColourBy, FocusDepth, GraphModel, HubMode, SizeBy, WeightMode } from '../store/types.ts';
import { RelationTypeFilter } from '../relations/index.ts';

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

/** Hub names shown in the control; more are counted. */
const LISTED_HUBS = 6;

/** Hubs, most linked first: the store's flags, named so the user knows what Hide removes. */
const hubsOf = memoByReference((model: GraphModel | null): number[] => {
  if (!model) return [];
  const hubs: number[] = [];
  model.isHub.forEach((flag, node) => { if (flag) hubs.push(node); });
  return hubs.sort((a, b) => model.degree[b]! - model.degree[a]! || a - b);
});

/** One sentence per weight mode: what the number on a link means. */
const WEIGHT_HELP: Record<WeightMode, string> = {
  sentences: 'Shared sentences: how many sentences name both actors.',
  pmi: `Association (PMI): how much more often two actors share a sentence than chance predicts; pairs with fewer than ${PMI_MIN_SENTENCES} sentences rank last.`,
};

/** The Hubs control's help: which actors are hubs, each a button that opens it. */
function HubNames({ model, id }: { model: GraphModel | null; id: string }) {
  const hubs = hubsOf(model);
  if (!model) return null;
  const linked = model.degree.reduce((count, degree) => count + (degree > 0 ? 1 : 0), 0);
  const { selectNode } = explorerStore.getState();
  return (
    <p className="help" id={id}>
      {hubs.length === 0 ? 'No hubs: no actor is linked to more than a third of the others. ' : <>
        {hubs.length === 1 ? 'Hub: ' : 'Hubs: '}
        {hubs.slice(0, LISTED_HUBS).map((node, index) => (
          <span key={node}>{index > 0 ? ', ' : ''}
            <button type="button" className="link-button hub-name" onClick={() => selectNode(model.graph.nodes[node]!.id)}><bdi>{model.graph.nodes[node]!.label}</bdi></button>
            {' '}({Math.round((100 * model.degree[node]!) / Math.max(1, linked - 1))}%)
          </span>
        ))}
        {hubs.length > LISTED_HUBS ? ` and ${hubs.length - LISTED_HUBS} more` : ''}.{' '}
      </>}
      A hub is linked to over a third of all linked actors (the % says how many); hiding hubs lays the others out again without them.
    </p>
  );
}

export function Controls() {
  const filters = useExplorer((state) => state.filters);
  const hasSelection = useExplorer((state) => state.selection !== null);
  const model = useExplorer((state) => state.model);
  const hubCount = hubsOf(model).length;
  const hubsHelpId = useId();
  const weightHelpId = useId();
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
          <select value={filters.weightMode} aria-describedby={weightHelpId} onChange={(event) => setFilters({ weightMode: event.target.value as WeightMode })}>
            <option value="sentences">Shared sentences</option>
            <option value="pmi">Association (PMI)</option>
          </select>
        </label>
        <p className="help" id={weightHelpId}>{WEIGHT_HELP[filters.weightMode]}</p>
        <label className="field">
          <span>Hubs{hubCount > 0 ? ` (${hubCount})` : ''}</span>
          <select value={filters.hubs} aria-describedby={hubsHelpId} onChange={(event) => setFilters({ hubs: event.target.value as HubMode })}>
            <option value="show">Show</option>
            <option value="fade">Fade</option>
            <option value="hide">Hide</option>
          </select>
        </label>
        <HubNames model={model} id={hubsHelpId} />
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
