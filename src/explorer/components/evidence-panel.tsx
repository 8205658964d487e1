import { useState } from 'react';
import { TYPE_COLOURS, TYPE_NAMES } from '../canvas/scales.ts';
import { actorConnections, actorExcerpts, edgeExcerpts, explorerStore, PMI_MIN_SENTENCES, selectVisibility, strongestVisibleLinks, useExplorer, type Connection } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { ExcerptList } from './excerpt-list.tsx';
import { PANEL_IDS } from './panel-tabs.tsx';
import { CurationControls } from '../curation/index.ts';
import { EvidenceDownloads } from '../export/evidence-downloads.tsx';
import { ActorRelationSummary, RelationEvidence, RelationTags } from '../relations/index.ts';

const CONNECTIONS_PAGE = 8;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function Connections({ model, nodeId }: { model: GraphModel; nodeId: string }) {
  const filters = useExplorer((state) => state.filters);
  const selection = useExplorer((state) => state.selection);
  const [limit, setLimit] = useState(CONNECTIONS_PAGE);
  const { shown: connections, hidden } = actorConnections(model, nodeId, filters, selectVisibility(model, filters, selection));
  const hiddenNote = hidden > 0 ? <p className="muted hidden-links">{plural(hidden, 'more link')} hidden by the filters.</p> : null;
  if (connections.length === 0) return hiddenNote ?? <p className="muted">No links to other actors.</p>;
  const byPmi = filters.weightMode === 'pmi';
  // By PMI, a pair with too few sentences has no score worth a bar (see PMI_MIN_SENTENCES).
  const valueOf = (c: Connection) => (!byPmi ? c.weight : c.weight >= PMI_MIN_SENTENCES ? c.pmi : 0);
  const maxWeight = connections.reduce((max, c) => Math.max(max, valueOf(c)), 0) || 1;
  return (
    <>
      <ul className="connections" aria-label="Connections">
        {connections.slice(0, limit).map((connection) => {
          const value = valueOf(connection);
          const type = model.graph.nodes[connection.neighbour]!.type;
          return (
            <li key={connection.edgeId}>
              <button type="button" onClick={() => explorerStore.getState().selectEdge(connection.edgeId)}>
                <span className="connection-name"><span className="swatch" style={{ background: TYPE_COLOURS[type] }} aria-hidden="true" /><bdi>{connection.label}</bdi><RelationTags summary={model.graph.edges[connection.edge]!.relations} /></span>
                <span className="connection-weight">
                  {' '}{plural(connection.weight, 'sentence')}{!byPmi ? '' : connection.weight >= PMI_MIN_SENTENCES ? `, PMI ${connection.pmi.toFixed(2)}` : ', too few for PMI'}
                </span>
                <span className="bar" aria-hidden="true"><span style={{ width: `${Math.max(4, (100 * value) / maxWeight)}%` }} /></span>
              </button>
            </li>
          );
        })}
      </ul>
      {connections.length > limit && (
        <button type="button" className="more" onClick={() => setLimit(limit + CONNECTIONS_PAGE * 4)}>Show more ({connections.length - limit} more)</button>
      )}
      {hiddenNote}
    </>
  );
}

function ActorEvidence({ model, nodeId }: { model: GraphModel; nodeId: string }) {
  const index = model.nodeIndex.get(nodeId)!;
  const node = model.graph.nodes[index]!;
  const otherAliases = node.aliases.filter((alias) => alias !== node.label);
  const groups = actorExcerpts(model, nodeId);
  const excerptCount = groups.reduce((sum, group) => sum + group.excerpts.length, 0);
  return (
    <>
      <header className="panel-header">
        <p className="eyebrow"><span className="swatch" style={{ background: TYPE_COLOURS[node.type] }} aria-hidden="true" />{TYPE_NAMES[node.type]}{model.isHub[index] ? ' · hub' : ''}</p>
        <h2><bdi>{node.label}</bdi></h2>
        {otherAliases.length > 0 && <p className="aliases">Also: {otherAliases.map((alias, i) => <span key={alias}>{i > 0 ? ', ' : ''}<bdi>{alias}</bdi></span>)}</p>}
        <dl className="stats">
          <div><dt>Mentions</dt><dd>{node.mentionCount}</dd></div>
          <div><dt>Documents</dt><dd>{node.documentCount}</dd></div>
          <div><dt>Links</dt><dd>{model.degree[index]}</dd></div>
        </dl>
        <EvidenceDownloads model={model} target={{ kind: 'actor', actorId: nodeId }} />
      </header>
      <CurationControls model={model} nodeId={nodeId} />
      <ActorRelationSummary model={model} nodeIndex={index} />
      <section aria-labelledby="connections-heading">
        <h3 id="connections-heading">Connections</h3>
        <Connections model={model} nodeId={nodeId} />
      </section>
      <section aria-labelledby="excerpts-heading">
        <h3 id="excerpts-heading">Excerpts <span className="count">{excerptCount}</span></h3>
        <ExcerptList groups={groups} emptyText="No excerpts mention this actor." />
      </section>
    </>
  );
}

function EdgeEvidence({ model, edgeId }: { model: GraphModel; edgeId: string }) {
  const index = model.edgeIndex.get(edgeId)!;
  const edge = model.graph.edges[index]!;
  const source = model.graph.nodes[model.edgeSource[index]!]!;
  const target = model.graph.nodes[model.edgeTarget[index]!]!;
  const { selectNode } = explorerStore.getState();
  return (
    <>
      <header className="panel-header">
        <p className="eyebrow">Link</p>
        <h2><bdi>{source.label}</bdi> — <bdi>{target.label}</bdi></h2>
        <p className="aliases">
          Open <button type="button" className="link-button" onClick={() => selectNode(source.id)}><bdi>{source.label}</bdi></button>
          {' or '}<button type="button" className="link-button" onClick={() => selectNode(target.id)}><bdi>{target.label}</bdi></button>
        </p>
        <dl className="stats">
          <div><dt>Sentences</dt><dd>{edge.weight}</dd></div>
          <div><dt>Documents</dt><dd>{edge.documentCount}</dd></div>
          <div><dt>PMI</dt><dd>{model.pmi[index]!.toFixed(2)}</dd></div>
        </dl>
        <EvidenceDownloads model={model} target={{ kind: 'link', source: source.id, target: target.id }} />
      </header>
      <section aria-labelledby="excerpts-heading">
        <h3 id="excerpts-heading">Sentences linking them <span className="count">{edge.evidence.length}</span></h3>
        {edge.relations ? <RelationEvidence model={model} edgeIndex={index} />
          : <ExcerptList groups={edgeExcerpts(model, edgeId)} emptyText="The graph holds no sentences for this link." />}
      </section>
    </>
  );
}

const STRONGEST_LINKS = 10;

function Overview({ model }: { model: GraphModel }) {
  const { graph } = model;
  const filters = useExplorer((state) => state.filters);
  const strongest = strongestVisibleLinks(model, filters, selectVisibility(model, filters, null), STRONGEST_LINKS);
  return (
    <>
      <header className="panel-header">
        <p className="eyebrow">Evidence</p>
        <h2>Select an actor</h2>
        <p className="muted">
          Click an actor or a link in the network, search for a name, or pick one from the Actors table to read the sentences behind it.
        </p>
        <dl className="stats">
          <div><dt>Actors</dt><dd>{graph.nodes.length}</dd></div>
          <div><dt>Links</dt><dd>{graph.edges.length}</dd></div>
          <div><dt>Documents</dt><dd>{graph.documents.length}</dd></div>
        </dl>
      </header>
      {strongest.length > 0 && (
        <section aria-labelledby="strongest-heading">
          <h3 id="strongest-heading">{filters.weightMode === 'pmi' ? 'Strongest associations' : 'Strongest links'}</h3>
          {filters.weightMode === 'pmi' && <p className="muted list-note">Pairs that share at least {PMI_MIN_SENTENCES} sentences, by PMI.</p>}
          <ul className="connections" aria-label="Strongest links">
            {strongest.map((edge) => {
              const source = graph.nodes[model.edgeSource[edge]!]!;
              const target = graph.nodes[model.edgeTarget[edge]!]!;
              const weight = graph.edges[edge]!.weight;
              return (
                <li key={edge}>
                  <button type="button" onClick={() => explorerStore.getState().selectEdge(graph.edges[edge]!.id)}>
                    <span className="link-pair"><bdi>{source.label}</bdi> — <bdi>{target.label}</bdi></span>
                    <span className="connection-weight">{' '}{plural(weight, 'sentence')}{filters.weightMode === 'pmi' ? `, PMI ${model.pmi[edge]!.toFixed(2)}` : ''}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}

export function EvidencePanel({ model }: { model: GraphModel }) {
  const selection = useExplorer((state) => state.selection);
  return (
    <section className="evidence" id={PANEL_IDS.evidence} aria-label="Evidence">
      {selection && (
        <button type="button" className="clear-selection" onClick={() => explorerStore.getState().clearSelection()}>
          Clear selection
        </button>
      )}
      {selection?.kind === 'node' && model.nodeIndex.has(selection.id) ? <ActorEvidence key={selection.id} model={model} nodeId={selection.id} />
        : selection?.kind === 'edge' && model.edgeIndex.has(selection.id) ? <EdgeEvidence key={selection.id} model={model} edgeId={selection.id} />
          : <Overview model={model} />}
    </section>
  );
}
