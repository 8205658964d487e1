import { useEffect, useRef, useState } from 'react';
import { explorerStore } from '../store/index.ts';
import { shareableUrl } from '../url/index.ts';

/**
 * "Copy link": the address that reproduces the view (selection, filters, focus, weight
 * mode, size and colour). Without clipboard access (insecure origin, denied permission)
 * the link is shown selected in a read-only field, ready for Ctrl+C.
 */
export function CopyLink() {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string }>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const copy = async () => {
    const url = shareableUrl(explorerStore.getState());
    clearTimeout(timer.current);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
      timer.current = setTimeout(() => setState({ kind: 'idle' }), 3000);
    } catch {
      setState({ kind: 'manual', url });
    }
  };

  // Once the fallback field is shown, select its text so that Ctrl+C copies it.
  useEffect(() => {
    if (state.kind === 'manual') { fieldRef.current?.focus(); fieldRef.current?.select(); }
  }, [state]);
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>Copy link</button>
      <span role="status" className="copy-status">{state.kind === 'copied' ? 'Copied' : ''}</span>
      {state.kind === 'manual' && (
        <label className="field copy-fallback">
          <span>Press Ctrl+C (⌘C) to copy</span>
          <input ref={fieldRef} type="text" readOnly value={state.url} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
