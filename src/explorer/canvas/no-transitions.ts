/**
 * Stands in for d3-transition and d3-interpolate in the page's bundle (vite.config.ts aliases
 * both here). d3-zoom imports them only for animated zooms: `interrupt` stops a running one,
 * `interpolateZoom` computes one's path. The explorer never animates a zoom (no `.transition()`
 * anywhere; double-click zoom is filtered out), so neither does anything here. The real modules
 * also load d3-color, d3-ease and d3-timer: 37 KB of the initial JavaScript (about 9 KB gzipped)
 * that the first picture waited for and never ran. tests/explorer/no-transitions.test.ts zooms
 * through d3-zoom with them.
 */
import { selection } from 'd3-selection';

/** d3-zoom calls this on the canvas before each gesture: nothing is animating, nothing to stop. */
export function interrupt(): void {}

// zoom.transform(selection, …) calls selection.interrupt(), which the real module adds to every selection.
(selection.prototype as { interrupt?: () => unknown }).interrupt = function interruptNothing(this: unknown) { return this; };

/** Only an animated zoom (a transition) interpolates; there are none, so reaching this is a bug. */
export function interpolateZoom(): never {
  throw new Error('animated zoom is not part of this page (src/explorer/canvas/no-transitions.ts)');
}
