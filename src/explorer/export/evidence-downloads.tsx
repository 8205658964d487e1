import { useState } from 'react';
import type { EvidenceTarget } from '../../export/index.ts';
import type { GraphModel } from '../store/types.ts';
import { downloadFile } from './download.ts';

/** Markdown and CSV evidence packs for the selected actor or link (the export library loads on first click). */
export function EvidenceDownloads({ model, target }: { model: GraphModel; target: EvidenceTarget }) {
  const [error, setError] = useState('');
  const save = async (kind: 'markdown' | 'csv') => {
    try {
      const { evidenceFiles } = await import('../../export/index.ts');
      const files = evidenceFiles(model.graph, target);
      if (kind === 'markdown') downloadFile(`${files.baseName}.md`, files.markdown, 'text/markdown;charset=utf-8');
      else downloadFile(`${files.baseName}.csv`, files.csv, 'text/csv;charset=utf-8');
      setError('');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <div className="evidence-downloads" role="group" aria-label="Evidence pack">
      <span>Evidence pack:</span>
      <button type="button" onClick={() => void save('markdown')}>Markdown</button>
      <button type="button" onClick={() => void save('csv')}>CSV</button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
