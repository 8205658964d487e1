import { lazy, Suspense, useEffect } from 'react';
import { explorerStore, useExplorer } from './store/index.ts';
import type { GraphModel } from './store/types.ts';
import { useLayout } from './simulation/use-layout.ts';
import { useHiddenHubsLayout } from './simulation/hidden-actors.ts';
import { startUrlSync } from './url/index.ts';
import { ActorsTable } from './components/actors-table.tsx';
import { Controls } from './components/controls.tsx';
import { ErrorScreen } from './components/error-screen.tsx';
import { EvidencePanel } from './components/evidence-panel.tsx';
import { NETWORK_CANVAS_ID, NetworkView } from './components/network-view.tsx';
import { SearchBox } from './components/search-box.tsx';
import { PANEL_IDS, PanelTabs, PanelsToggle, usePanels } from './components/panel-tabs.tsx';
import { SourceReader } from './components/source-reader.tsx';
import { useMeasures } from './analysis/index.ts';
import { CopyLink, ExportMenu } from './export/index.ts';
import { CorpusBar, openInitialCorpus } from './corpus/index.ts';
import { CurationBar } from './curation/index.ts';

// The timeline is not needed for the first picture: its code loads after it (initial JavaScript budget).
const Timeline = lazy(() => import('./timeline/timeline.tsx').then((module) => ({ default: module.Timeline })));
// Only big graphs have a first picture before they are loaded (load/preview.ts).
const PreviewScreen = lazy(() => import('./components/preview-screen.tsx').then((module) => ({ default: module.PreviewScreen })));

/**
 * Loads what the URL names into the store: the `?graph=` file, else the user's kept corpus,
 * else the sample. Runs once per page (src/main.tsx); the same path the tests use.
 */
export const loadFromLocation = openInitialCorpus;

function Explorer({ model }: { model: GraphModel }) {
  // With a time window set, `model` is the windowed graph; the layout stays on the full one so actors keep their places.
  const layoutModel = useExplorer((state) => state.timelineBase) ?? model;
  const layout = useLayout(layoutModel);
  useHiddenHubsLayout(layoutModel, layout);
  useMeasures(model);
  useEffect(() => startUrlSync(explorerStore), [layoutModel]);
  const { panel, setPanel, shown, setShown } = usePanels();
  const documents = model.graph.documents.length;
  return (
    <div className="app" data-panel={panel} data-panels={shown ? 'shown' : 'hidden'}>
      <header className="topbar">
        {/* The first Tab stop: without it the canvas comes after every control and table row. */}
        <button type="button" className="skip-link" onClick={() => document.getElementById(NETWORK_CANVAS_ID)?.focus()}>Skip to the network</button>
        <h1>Silkmap</h1>
        <p className="summary">{countOf(model.graph.nodes.length, 'actor')} · {countOf(model.graph.edges.length, 'link')} · {countOf(documents, 'document')}</p>
        <SearchBox model={model} />
        <div className="topbar-tools">
          <CopyLink />
          <ExportMenu model={model} />
        </div>
      </header>
      <PanelTabs panel={panel} onChoose={setPanel} />
      <aside className="sidebar" id="panel-sidebar">
        <div className="sidebar-settings" id={PANEL_IDS.filters}>
          <CorpusBar model={model} />
          <CurationBar />
          <Controls />
        </div>
        <ActorsTable model={model} />
      </aside>
      <main className="stage">
        <NetworkView model={model} layout={layout} tools={<PanelsToggle shown={shown} onToggle={() => setShown(!shown)} />} />
        <Suspense fallback={null}><Timeline /></Suspense>
      </main>
      <EvidencePanel model={model} />
      <SourceReader model={model} />
    </div>
  );
}

export function App() {
  const load = useExplorer((state) => state.load);
  const model = useExplorer((state) => state.model);
  if (load.status === 'error') return <ErrorScreen source={load.source} title={load.title} errors={load.errors} />;
  const loading = <main className="loading" aria-busy="true"><p>Loading graph…</p></main>;
  if (load.status === 'loading' && load.preview) return <Suspense fallback={loading}><PreviewScreen preview={load.preview} /></Suspense>;
  if (load.status === 'loading' || !model) return loading;
  return <Explorer model={model} />;
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
