/**
 * The page's composition root: the only module that knows both the explorer and the
 * extractor. The extractor (compromise, the lexicons) is imported the first time a user
 * brings files, so the page's first bundle stays small; the explorer only sees an
 * `ingestFiles` function.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './explorer/app.tsx';
import { openInitialCorpus, type IngestFiles } from './explorer/corpus/index.ts';
import { explorerStore } from './explorer/store/index.ts';
import './explorer/styles.css';
// After styles.css: the layouts for smaller screens override its rules of equal weight.
import './explorer/layouts.css';

const ingestFiles: IngestFiles = async (files, options) => {
  const { extractInBrowser } = await import('./extract/browser/client.ts');
  return extractInBrowser(files, options);
};

explorerStore.getState().provideIngest(ingestFiles);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<StrictMode><App /></StrictMode>);
void openInitialCorpus(window.location.search);
