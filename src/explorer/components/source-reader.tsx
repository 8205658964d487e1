import { useEffect, useRef } from 'react';
import { explorerStore, postKey, useExplorer } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';

/**
 * The whole post a passage belongs to, in reading order, scrolled to the passage and
 * with it highlighted. A modal dialog: focus moves in, Escape closes, focus returns.
 */
export function SourceReader({ model }: { model: GraphModel }) {
  const passageId = useExplorer((state) => state.readerPassageId);
  const closeRef = useRef<HTMLButtonElement>(null);
  const targetRef = useRef<HTMLDivElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const passage = passageId ? model.passageById.get(passageId) : undefined;

  useEffect(() => {
    if (!passage) return undefined;
    returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    targetRef.current?.scrollIntoView?.({ block: 'center' });
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape') explorerStore.getState().closeReader(); };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      returnFocusRef.current?.focus();
    };
  }, [passage]);

  if (!passage) return null;
  const passages = model.postPassages.get(postKey(passage.documentId, passage.postIndex)) ?? [passage];
  const sourceDocument = model.documentById.get(passage.documentId);
  const close = () => explorerStore.getState().closeReader();

  return (
    <div className="reader-backdrop" onClick={(event) => { if (event.target === event.currentTarget) close(); }}>
      <div className="reader" role="dialog" aria-modal="true" aria-labelledby="reader-title"
        onKeyDown={(event) => {
          // Keep Tab inside the dialog: the only control is the close button.
          if (event.key === 'Tab') { event.preventDefault(); closeRef.current?.focus(); }
        }}>
        <header>
          <div>
            <p className="eyebrow"><bdi>{sourceDocument?.title ?? passage.documentId}</bdi>{passage.postDate ? ` · ${passage.postDate}` : ''}</p>
            <h2 id="reader-title"><bdi>{passage.postTitle || 'Untitled post'}</bdi></h2>
          </div>
          <button ref={closeRef} type="button" className="close" onClick={close} aria-label="Close source">Close</button>
        </header>
        <div className="reader-body">
          {passages.map((item) => (
            <div key={item.id} ref={item.id === passage.id ? targetRef : undefined}
              className={item.id === passage.id ? 'reader-passage current' : 'reader-passage'}
              aria-current={item.id === passage.id ? 'true' : undefined}>
              <p className="passage-text">{item.text}</p>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
