import { useEffect, useId, useRef, useState } from 'react';
import { explorerStore, useExplorer } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { downloadFile } from './download.ts';
import { graphExportFiles, GRAPH_FORMATS } from './graph-exports.ts';
import { pngOfView, svgOfView, type ImageScale } from './image-exports.ts';

/**
 * The "Export" menu: graph files (GEXF, GraphML, CSV, JSON, Neo4j) and images (PNG, SVG)
 * of the current view. A disclosure panel, closed with Escape or the button again.
 */
export function ExportMenu({ model }: { model: GraphModel }) {
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<ImageScale>(1);
  const [visibleOnly, setVisibleOnly] = useState(false);
  const [status, setStatus] = useState('');
  const measuresReady = useExplorer((state) => state.measures !== null);
  const measuresComplete = useExplorer((state) => state.measuresComplete);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape') { setOpen(false); buttonRef.current?.focus(); } };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const run = async (what: string, task: () => Promise<number>) => {
    setStatus(`Preparing ${what}…`);
    try {
      const files = await task();
      setStatus(`${what}: ${files} file${files === 1 ? '' : 's'} downloaded`);
    } catch (error) {
      setStatus(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const exportGraphFormat = (format: (typeof GRAPH_FORMATS)[number]) => run(format.label, async () => {
    const files = await graphExportFiles({ format: format.format, model, measures: explorerStore.getState().measures, view: explorerStore.getState().currentView(), visibleOnly });
    for (const file of files) downloadFile(file.name, file.content, file.mimeType);
    return files.length;
  });

  const exportImage = (kind: 'png' | 'svg') => run(kind.toUpperCase(), async () => {
    const view = explorerStore.getState().currentView();
    if (!view) throw new Error('the network is not drawn in this browser');
    const name = `silkmap-network${scale === 2 ? '@2x' : ''}.${kind}`;
    const { selection } = explorerStore.getState();
    if (kind === 'svg') downloadFile(name, await svgOfView(model, view, scale, selection), 'image/svg+xml;charset=utf-8');
    else downloadFile(name, await pngOfView(model, view, scale, selection));
    return 1;
  });

  return (
    <div className="export-menu">
      <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>Export</button>
      <div id={panelId} className="export-panel" role="group" aria-label="Export" hidden={!open}>
        <section aria-labelledby={`${panelId}-data`}>
          <h3 id={`${panelId}-data`}>Network data</h3>
          <ul>
            {GRAPH_FORMATS.map((format) => (
              <li key={format.format}>
                <button type="button" onClick={() => void exportGraphFormat(format)}>{format.label}</button>
                <span className="muted"> {format.note}</span>
              </li>
            ))}
          </ul>
          <label className="check">
            <input type="checkbox" checked={visibleOnly} onChange={(event) => setVisibleOnly(event.target.checked)} />
            Only the actors shown now
          </label>
          {!measuresReady && <p className="muted">Network measures are still being computed; exports made now leave them out.</p>}
          {measuresReady && !measuresComplete && <p className="muted">Betweenness has not been computed yet; exports made now write 0 for it.</p>}
        </section>
        <section aria-labelledby={`${panelId}-image`}>
          <h3 id={`${panelId}-image`}>Image of the view</h3>
          <fieldset className="scale">
            <legend>Scale</legend>
            {([1, 2] as const).map((value) => (
              <label key={value} className="check">
                <input type="radio" name={`${panelId}-scale`} value={value} checked={scale === value} onChange={() => setScale(value)} />
                {value}×
              </label>
            ))}
          </fieldset>
          <button type="button" onClick={() => void exportImage('png')}>PNG</button>
          {' '}
          <button type="button" onClick={() => void exportImage('svg')}>SVG</button>
        </section>
        <p className="export-status" role="status">{status}</p>
      </div>
    </div>
  );
}
