/**
 * How much of the network canvas's bottom and top panels laid over it hide: the Timeline sits
 * over the bottom of the stage (timeline.css) so the canvas keeps its size, the tool buttons and
 * the overview note over its top. On a phone the Timeline covered a third of the 388 px canvas,
 * and a fit to the whole canvas drew 44 of the sample's actors under it, where they could be
 * neither seen nor clicked. The viewport fits into what is left.
 */

/**
 * Elements laid over the canvas's bottom edge (the Timeline, the legend above it), and over its
 * top (the tool buttons, the overview note), inside the same stage.
 */
const OVERLAY_SELECTOR = '.timeline, .legend, .network-tools, .network-overview';
/** Room between the legend and the Timeline (or the canvas's bottom edge). */
const LEGEND_GAP = 8;

/**
 * Sets the legend just above the Timeline (the stage's --legend-bottom). Both sit over the network's bottom edge, and the
 * Timeline (z-index 2) came later and hid the legend whole: nothing on the page said what a
 * colour meant (the real corpus's overview, 2026-12-07).
 */
export function liftLegend(stage: Element): void {
  const timeline = stage.querySelector('.timeline');
  const bottom = `${(timeline?.getBoundingClientRect().height ?? 0) + LEGEND_GAP}px`;
  // A variable, not the legend's own style: on a phone the folded legend sits at the top (layouts.css).
  if ((stage as HTMLElement).style.getPropertyValue('--legend-bottom') !== bottom) (stage as HTMLElement).style.setProperty('--legend-bottom', bottom);
}

/** The overlays in the stage by kind (their first class): 'timeline', 'legend', … */
function overlayKinds(stage: Element): string[] {
  return [...stage.querySelectorAll(OVERLAY_SELECTOR)].map((overlay) => overlay.classList[0] ?? '');
}

export interface Covered { top: number; bottom: number }

/**
 * The insets last taken for each canvas element. The page makes a new controller for the same
 * canvas whenever the model changes (a timeline window is a new model); starting from these, it
 * fits as the old one did instead of measuring overlays that have since grown (timeline.e2e).
 */
const lastInsets = new WeakMap<HTMLElement, Covered>();
/** The overlay kinds each canvas has seen (kept across controllers, like lastInsets). */
const seenKinds = new WeakMap<HTMLElement, Set<string>>();
export function rememberedInsets(canvas: HTMLElement): Covered { return lastInsets.get(canvas) ?? { top: 0, bottom: 0 }; }
export function rememberInsets(canvas: HTMLElement, covered: Covered): void { lastInsets.set(canvas, covered); }

/**
 * Pixels of the canvas's top and bottom covered by overlays, as they are (the fit needs the
 * true edge: its padding on a phone is small), each at most half the canvas. On a phone the
 * tool buttons and the overview note take the top 94 px of the canvas, the Timeline the bottom
 * 110–140 px. (A cap at a third, 129 px, hid 8 px of the Timeline from the fit: with a small
 * padding an actor was drawn under it.)
 */
export function coveredEdges(canvas: HTMLElement): Covered {
  const covered = { top: 0, bottom: 0 };
  const stage = canvas.closest('.stage');
  if (!stage) return covered;
  const box = canvas.getBoundingClientRect();
  for (const overlay of stage.querySelectorAll(OVERLAY_SELECTOR)) {
    const over = overlay.getBoundingClientRect();
    if (over.height === 0 || over.right <= box.left || over.left >= box.right) continue;
    if (over.top - box.top < box.height / 2) covered.top = Math.max(covered.top, Math.min(box.height / 2, over.bottom - box.top));
    else covered.bottom = Math.max(covered.bottom, Math.min(box.height / 2, box.bottom - over.top));
  }
  return covered;
}

/**
 * Calls `changed` when an overlay arrives in the canvas's stage, leaves it, or changes size
 * (the Timeline of a big graph appears only once the network has settled). Returns the stop.
 */
export function watchCoveredEdges(canvas: HTMLElement, changed: () => void): () => void {
  const stage = canvas.closest('.stage');
  if (!stage || typeof MutationObserver === 'undefined' || typeof ResizeObserver === 'undefined') return () => undefined;
  let watched: Element[] = [];
  const sizes = new ResizeObserver(() => changed());
  const follow = () => {
    const overlays = [...stage.querySelectorAll(OVERLAY_SELECTOR)];
    if (overlays.length === watched.length && overlays.every((overlay, i) => overlay === watched[i])) return;
    sizes.disconnect();
    watched = overlays;
    for (const overlay of overlays) sizes.observe(overlay);
    changed();
  };
  const children = new MutationObserver(follow);
  children.observe(stage, { childList: true, subtree: true });
  follow();
  return () => { children.disconnect(); sizes.disconnect(); };
}

/**
 * The insets a canvas's fit keeps clear of, following its overlays. They change, and `arrived`
 * is called (the view is fitted again), only when an overlay first comes to an edge (a big
 * graph's Timeline appears once the network has settled). A change of size (the Timeline's
 * summary wraps when something is selected, its status line appears with a window) and an
 * overlay going away for a moment (the Timeline re-rendered while a window's histogram is read)
 * are ignored: taken into a fit, they moved every actor when a timeline window was set
 * (timeline.e2e: 14.7 px), and neither a selection nor a window may move them.
 */
export class CoveredInsets {
  /** CSS pixels of the canvas's top and bottom under overlays. */
  current: Covered;
  private readonly stop: () => void;

  constructor(private readonly canvas: HTMLElement, arrived: (insets: Covered) => void) {
    this.current = rememberedInsets(canvas);
    const seen = seenKinds.get(canvas) ?? new Set<string>();
    seenKinds.set(canvas, seen);
    this.stop = watchCoveredEdges(canvas, () => {
      const stage = canvas.closest('.stage');
      if (stage) liftLegend(stage);
      const covered = coveredEdges(canvas);
      // A kind of overlay seen for the first time counts as arriving: the legend is there from the
      // start, and the Timeline that comes later must still push the fit up (with the legend on it).
      const kinds = stage ? overlayKinds(stage) : [];
      const newKind = kinds.some((kind) => !seen.has(kind));
      for (const kind of kinds) seen.add(kind);
      const came = (covered.top > 0 && this.current.top === 0) || (covered.bottom > 0 && this.current.bottom === 0) ||
        (newKind && (covered.top > this.current.top || covered.bottom > this.current.bottom));
      if (!came) return;
      this.current = { top: Math.max(covered.top, this.current.top), bottom: Math.max(covered.bottom, this.current.bottom) };
      rememberInsets(this.canvas, this.current);
      arrived(this.current);
    });
  }

  dispose(): void { this.stop(); }
}
