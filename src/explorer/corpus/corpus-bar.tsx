import { useRef } from 'react';
import { serializeGraph } from '../../graph-format/serialize.ts';
import { explorerStore, useExplorer } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import { downloadFile } from '../export/download.ts';
import { DropZone } from './drop-zone.tsx';
import { IngestStatus } from './ingest-status.tsx';
import './corpus.css';

export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm';

/**
 * The corpus on screen and what can be done with it: open your own files (dialog or drop
 * anywhere), download the graph, go back to the sample. Reading files is offered only when
 * the page was given an ingest service (src/main.tsx).
 */
export function CorpusBar({ model }: { model: GraphModel }) {
  const corpus = useExplorer((state) => state.corpus);
  const canIngest = useExplorer((state) => state.ingestService !== null);
  const input = useRef<HTMLInputElement>(null);
  const ingest = (files: File[]) => { if (files.length > 0) void explorerStore.getState().ingestFiles(files); };
  return (
    <div className="corpus-bar">
      <span className="corpus-name" title={corpus.kind === 'custom' ? 'Built in this browser from your files' : 'The graph this site was built with'}>{corpus.name}</span>
      {canIngest && (
        <>
          <button type="button" className="tool-button" onClick={() => input.current?.click()}>Open files…</button>
          <input
            ref={input} type="file" multiple accept={ACCEPTED_FILES} hidden aria-label="Files to build a graph from"
            onChange={(event) => { ingest(Array.from(event.target.files ?? [])); event.target.value = ''; }}
          />
        </>
      )}
      <button type="button" className="tool-button" onClick={() => downloadFile(corpus.kind === 'custom' ? 'silkmap-graph.json' : 'graph.json', serializeGraph(model.graph), 'application/json')}>
        Download graph JSON
      </button>
      {corpus.kind === 'custom' && (
        <button type="button" className="tool-button" onClick={() => void explorerStore.getState().backToSample()}>Back to the sample corpus</button>
      )}
      {canIngest && <DropZone onFiles={ingest} />}
      <IngestStatus />
    </div>
  );
}
