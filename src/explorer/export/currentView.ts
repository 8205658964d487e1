/**
 * What the network canvas currently shows, in the terms the exporters take: layout
 * positions, the d3-zoom transform, view size, and per-actor colours and radii. The canvas
 * controller registers a provider with the store (`registerView`); exports read a fresh
 * snapshot when the user asks (`currentView`).
 */
import type { Position } from '../../export/types.ts';
import type { ViewTransform } from '../../export/svg.ts';

export interface ViewSnapshot {
  /** View size in CSS pixels. */
  width: number;
  height: number;
  transform: ViewTransform;
  /** Layout coordinates by node id (all actors). */
  positions: Map<string, Position>;
  /** Radius on screen (CSS pixels) by node id, as drawn. */
  radii: Map<string, number>;
  colours: Map<string, string>;
  visibleNodeIds: Set<string>;
  /** Actors labelled on screen in the last frame; the SVG labels these. */
  labelledNodeIds?: Set<string>;
  /** Where those labels are written: left end and vertical middle of the text, CSS pixels. */
  labelPositions?: Map<string, Position>;
}
