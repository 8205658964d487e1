import { useEffect, useRef } from 'react';
import type { OverrideOperation } from '../../graph-format/index.ts';
import { downloadFile } from '../export/download.ts';
import { explorerStore, useExplorer } from '../store/index.ts';
import { overridesJson } from './document.ts';
import './curation.css';

function describe(operation: OverrideOperation): string {
  switch (operation.op) {
    case 'merge': return `merge ${operation.from.join(', ')} into ${operation.into}`;
    case 'rename': return `rename ${operation.id} to “${operation.label}”`;
    case 'retype': return `make ${operation.id} a ${operation.type}`;
    case 'split': return `split “${operation.alias}” off ${operation.id}`;
    case 'hide': return `hide ${operation.id}`;
    case 'relation': return `mark a sentence of ${operation.between.join(' – ')} as ${operation.relation.type}`;
  }
}

/** Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo curation, except while typing in a field (its own undo wins there). */
function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const key = event.key.toLowerCase();
      const { undo, redo } = explorerStore.getState();
      if (key === 'z' && !event.shiftKey) { event.preventDefault(); undo(); }
      else if ((key === 'z' && event.shiftKey) || key === 'y') { event.preventDefault(); redo(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The list of changes to this corpus: undo, redo, export and import the overrides document. */
export function CurationBar() {
  const curation = useExplorer((state) => state.curation);
  const input = useRef<HTMLInputElement>(null);
  useUndoShortcuts();
  const operations = curation.overrides.operations;
  const last = operations.at(-1);
  const next = curation.undone.at(-1);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    await explorerStore.getState().importOverrides(await file.text());
  };
  return (
    <section className="curation-bar" aria-label="Changes">
      <h2>Changes <span className="count" data-testid="change-count">{operations.length}</span></h2>
      <div className="curation-bar-actions">
        <button type="button" className="tool-button" disabled={!last} onClick={() => explorerStore.getState().undo()}
          title={last ? `Undo: ${describe(last)} (Ctrl+Z)` : 'Nothing to undo'}>Undo</button>
        <button type="button" className="tool-button" disabled={!next} onClick={() => explorerStore.getState().redo()}
          title={next ? `Redo: ${describe(next)} (Ctrl+Shift+Z)` : 'Nothing to redo'}>Redo</button>
        <button type="button" className="tool-button" onClick={() => downloadFile('overrides.json', overridesJson(curation.overrides), 'application/json')}
          title="The changes as a file for npm run extract -- --overrides">Export overrides</button>
        <button type="button" className="tool-button" onClick={() => input.current?.click()}>Import overrides</button>
        <input ref={input} type="file" accept=".json,application/json" hidden aria-label="Overrides file to import"
          onChange={(event) => { void importFile(event.target.files?.[0]); event.target.value = ''; }} />
      </div>
      {(curation.errors.length > 0 || curation.warnings.length > 0) && (
        <div className="curation-messages" role="alert">
          {curation.errors.map((error, index) => <p key={`e${index}`}>{error}</p>)}
          {curation.warnings.length > 0 && <p>{curation.warnings.length === 1 ? 'One change does' : `${curation.warnings.length} changes do`} not apply to this graph:</p>}
          {curation.warnings.length > 0 && <ul>{curation.warnings.map(({ index, op, reason }) => <li key={index}>{`override ${index + 1} (${op}) skipped: ${reason}`}</li>)}</ul>}
          <button type="button" className="tool-button" onClick={() => explorerStore.getState().dismissCurationMessages()}>Dismiss</button>
        </div>
      )}
    </section>
  );
}
