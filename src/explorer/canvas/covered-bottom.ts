/**
 * How much of the network canvas's bottom a panel laid over it hides: the Timeline sits over the
 * bottom of the stage (timeline.css) so the canvas keeps its size. On a phone it covered a third
 * of the 388 px canvas, and a fit to the whole canvas drew 44 of the sample's actors under it,
 * where they could be neither seen nor clicked. The viewport fits into what is left.
 */

/** Elements laid over the canvas's bottom edge, inside the same stage. */
const OVERLAY_SELECTOR = '.timeline';

/** Pixels of the canvas's bottom covered by an overlay (at most half the canvas). */
export function coveredBottom(canvas: HTMLElement): number {
  const overlay = canvas.closest('.stage')?.querySelector(OVERLAY_SELECTOR);
  if (!overlay) return 0;
  const box = canvas.getBoundingClientRect();
  const over = overlay.getBoundingClientRect();
  if (over.height === 0 || over.right <= box.left || over.left >= box.right) return 0;
  return Math.max(0, Math.min(box.height / 2, box.bottom - over.top));
}

/**
 * Calls `changed` when an overlay arrives in the canvas's stage, leaves it, or changes size
 * (the Timeline of a big graph appears only once the network has settled). Returns the stop.
 */
export function watchCoveredBottom(canvas: HTMLElement, changed: () => void): () => void {
  const stage = canvas.closest('.stage');
  if (!stage || typeof MutationObserver === 'undefined' || typeof ResizeObserver === 'undefined') return () => undefined;
  let watched: Element | null = null;
  const sizes = new ResizeObserver(() => changed());
  const follow = () => {
    const overlay = stage.querySelector(OVERLAY_SELECTOR);
    if (overlay === watched) return;
    if (watched) sizes.unobserve(watched);
    watched = overlay;
    if (overlay) sizes.observe(overlay);
    changed();
  };
  const children = new MutationObserver(follow);
  children.observe(stage, { childList: true, subtree: true });
  follow();
  return () => { children.disconnect(); sizes.disconnect(); };
}
