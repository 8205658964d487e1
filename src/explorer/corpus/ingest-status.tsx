import { explorerStore, useExplorer } from '../store/index.ts';

/** Progress of a running extraction (with Cancel), then the files that could not be used and why. */
export function IngestStatus() {
  const { ingest, skipped, messages } = useExplorer((state) => state.corpus);
  const hasNotice = skipped.length > 0 || messages.length > 0;
  if (ingest.status !== 'running' && !hasNotice) return null;
  return (
    <div className="ingest-status">
      {ingest.status === 'running' && (
        <div className="ingest-progress">
          <p>Extracting actors{ingest.path ? <> · <bdi>{ingest.path}</bdi></> : ''} ({ingest.done} of {ingest.total} file{ingest.total === 1 ? '' : 's'})</p>
          <div
            className="progress-track" role="progressbar" aria-label="Extraction progress"
            aria-valuemin={0} aria-valuemax={ingest.total} aria-valuenow={ingest.done} aria-valuetext={`${ingest.done} of ${ingest.total} files`}
          >
            <span style={{ width: `${ingest.total > 0 ? (100 * ingest.done) / ingest.total : 0}%` }} />
          </div>
          <button type="button" className="tool-button" onClick={() => explorerStore.getState().cancelIngest()}>Cancel</button>
        </div>
      )}
      {hasNotice && (
        <div className="corpus-notice" role="alert">
          {skipped.length > 0 && (
            <>
              <p>{skipped.length === 1 ? 'One file was' : `${skipped.length} files were`} left out:</p>
              <ul aria-label="Files left out">
                {skipped.map((file) => <li key={file.path}><bdi className="file-name">{file.path}</bdi>: {file.reason}</li>)}
              </ul>
            </>
          )}
          {messages.map((message) => <p key={message}>{message}</p>)}
          <button type="button" className="tool-button" onClick={() => explorerStore.getState().dismissCorpusNotice()}>Dismiss</button>
        </div>
      )}
    </div>
  );
}
