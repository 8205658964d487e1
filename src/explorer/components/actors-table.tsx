import { memo, useState } from 'react';
import type { GraphNode } from '../../graph-format/index.ts';
import type { NodeMeasures } from '../../analysis/types.ts';
import { TYPE_COLOURS, TYPE_NAMES } from '../canvas/scales.ts';
import { explorerStore, selectVisibility, sortedActorRows, useExplorer } from '../store/index.ts';
import type { GraphModel, SortKey } from '../store/types.ts';
import { useAfterNextTask } from './use-after-next-task.ts';
import { PANEL_IDS } from './panel-tabs.tsx';

/** Rows rendered at first, and added per "Show more": every row is laid out, so a page stays small. */
const PAGE_SIZE = 50;
/** Above this many actors the table is filled in a task after the network is put on screen. */
const DEFERRED_TABLE_NODES = 500;
const COLUMNS: { key: SortKey; label: string; numeric: boolean; title?: string }[] = [
  { key: 'name', label: 'Actor', numeric: false },
  { key: 'mentions', label: 'Mentions', numeric: true },
  { key: 'connections', label: 'Links', numeric: true, title: 'Links to actors visible now' },
  { key: 'degree', label: 'Degree', numeric: true, title: 'Linked actors in the whole graph' },
  { key: 'weightedDegree', label: 'Weighted degree', numeric: true, title: 'Shared sentences over all links' },
  { key: 'pagerank', label: 'PageRank', numeric: true },
  { key: 'betweenness', label: 'Betweenness', numeric: true, title: 'Normalised: share of shortest paths through the actor' },
  { key: 'community', label: 'Community', numeric: true, title: 'Louvain community, 1 = largest' },
];

/** Measure cells; a dash until the measures worker has answered. */
/** Big graphs get betweenness (O(V·E), seconds of work) only when asked for. */
function BetweennessPending() {
  const [asked, setAsked] = useState(false);
  if (asked) return <>Computing betweenness (large graph)…</>;
  return (
    <>Betweenness is left out on large graphs until asked for.{' '}
      <button type="button" className="link-button" onClick={() => { setAsked(true); explorerStore.getState().computeBetweenness(); }}>Compute betweenness</button>
    </>
  );
}

function MeasureCells({ measures, complete }: { measures: NodeMeasures | undefined; complete: boolean }) {
  // The same five cells whether or not measures are in, so their arrival updates text in place
  // instead of replacing 500 cells.
  const pending = !measures;
  return (
    <>
      <td className={pending ? 'numeric muted' : 'numeric'}>{measures ? measures.degree : '–'}</td>
      <td className={pending ? 'numeric muted' : 'numeric'}>{measures ? measures.weightedDegree : '–'}</td>
      <td className={pending ? 'numeric muted' : 'numeric'}>{measures ? measures.pagerank.toFixed(4) : '–'}</td>
      <td className={pending || !complete ? 'numeric muted' : 'numeric'}>{measures ? (complete ? measures.betweenness.toFixed(3) : '…') : '–'}</td>
      <td className={pending ? 'numeric muted' : 'numeric'}>{measures ? measures.community + 1 : '–'}</td>
    </>
  );
}

/** The accessible twin of the canvas: the same visible actors, sortable, each a button. */
export function ActorsTable({ model }: { model: GraphModel }) {
  const listed = useAfterNextTask(model, model.graph.nodes.length > DEFERRED_TABLE_NODES);
  if (!listed) {
    return (
      <section className="actors" id={PANEL_IDS.actors} aria-label="Actors">
        <h2>Actors <span className="count">{model.graph.nodes.length}</span></h2>
        <p className="muted measures-status" role="status">Listing actors…</p>
      </section>
    );
  }
  return <ListedActors model={model} />;
}

function ListedActors({ model }: { model: GraphModel }) {
  const filters = useExplorer((state) => state.filters);
  const selection = useExplorer((state) => state.selection);
  const sort = useExplorer((state) => state.tableSort);
  const measures = useExplorer((state) => state.measures);
  const measuresError = useExplorer((state) => state.measuresError);
  const measuresComplete = useExplorer((state) => state.measuresComplete);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const visibility = selectVisibility(model, filters, selection);
  const rows = sortedActorRows(model, visibility, sort, measures);
  const selectedId = selection?.kind === 'node' ? selection.id : null;
  // The actor under the pointer or the keyboard cursor on the canvas is marked here too.
  const hovered = useExplorer((state) => state.hoveredNode);
  const { sortTable } = explorerStore.getState();

  return (
    <section className="actors" id={PANEL_IDS.actors} aria-label="Actors">
      <h2>Actors <span className="count">{rows.length} of {model.graph.nodes.length}</span></h2>
      {(!measures || !measuresComplete) && (
        <p className="muted measures-status" role="status">
          {measuresError ? `Network measures unavailable: ${measuresError}` : measures ? <BetweennessPending /> : 'Computing network measures…'}
        </p>
      )}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col" className={column.numeric ? 'numeric' : undefined}
                  aria-sort={sort.key === column.key ? sort.direction : 'none'}>
                  <button type="button" title={column.title} onClick={() => sortTable(column.key)}>
                    {column.label}<span aria-hidden="true" className="sort-mark">{sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from(rows.subarray(0, limit), (node) => {
              const actor = model.graph.nodes[node]!;
              return <ActorRow key={actor.id} node={node} actor={actor} selected={actor.id === selectedId} hovered={node === hovered} links={visibility.visibleDegree[node]!} measures={measures?.nodes[actor.id]} measuresComplete={measuresComplete} />;
            })}
          </tbody>
        </table>
      </div>
      {rows.length > limit && <button type="button" className="more" onClick={() => setLimit(limit + PAGE_SIZE * 4)}>Show more ({rows.length - limit} more actors)</button>}
    </section>
  );
}

/** One row; memoised so that a new selection re-renders two rows, not the whole table. */
const ActorRow = memo(function ActorRow({ node, actor, selected, hovered, links, measures, measuresComplete }: { node: number; actor: GraphNode; selected: boolean; hovered: boolean; links: number; measures: NodeMeasures | undefined; measuresComplete: boolean }) {
  const { selectNode, setHoveredNode } = explorerStore.getState();
  return (
    <tr className={[selected ? 'selected' : '', hovered ? 'hovered' : ''].join(' ').trim() || undefined}
      // Pointing at a row rings the actor on the canvas, so the two views read as one.
      onMouseEnter={() => setHoveredNode(node)} onMouseLeave={() => setHoveredNode(-1)}
      onFocus={() => setHoveredNode(node)} onBlur={() => setHoveredNode(-1)}>
      <th scope="row">
        <button type="button" aria-current={selected ? 'true' : undefined} onClick={() => selectNode(actor.id)}
          title={`${actor.label} (${TYPE_NAMES[actor.type]})`}>
          <span className="swatch" style={{ background: TYPE_COLOURS[actor.type] }} aria-hidden="true" />
          <bdi>{actor.label}</bdi>
        </button>
      </th>
      <td className="numeric">{actor.mentionCount}</td>
      <td className="numeric">{links}</td>
      <MeasureCells measures={measures} complete={measuresComplete} />
    </tr>
  );
});
