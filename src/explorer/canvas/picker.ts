/**
 * What is under a point of the canvas, in the order it is drawn, top-most first: a label (the
 * focus layer's, then the base's), an actor's disc, and only where neither is, a link. Positions
 * are those the picture on screen was drawn with, so a click lands on what the user sees even
 * while the layout moves on.
 */
import type { GraphModel } from '../store/types.ts';
import type { Visibility } from '../store/visibility.ts';
import { findEdge, NodeHitTester } from './hit-test.ts';
import { DISC_ON_TOP, type NetworkRenderer } from './renderer.ts';
import type { ViewportControl } from './viewport.ts';

const HIT_SLACK_PX = 3;
const EDGE_TOLERANCE_PX = 5;

/** What the picture on screen shows: the visible set, the positions it was drawn at, the radii. */
export interface Scene { visibility: Visibility; positions: Float32Array; radii: Float32Array }

export type Picked = { kind: 'node'; node: number } | { kind: 'edge'; edge: number };

export class Picker {
  private readonly hits = new NodeHitTester();
  private hitPositions: Float32Array | null = null;

  constructor(private readonly model: GraphModel, private readonly renderer: NetworkRenderer, private readonly viewport: ViewportControl, private readonly scene: () => Scene) {}

  /** Positions or the visible set changed: the node index must be rebuilt. */
  invalidate(): void { this.hits.invalidate(); }

  /** The actor whose label or disc is under this client point, or -1. */
  actorAt(clientX: number, clientY: number): number {
    const { visibility, positions, radii } = this.scene();
    const [cx, cy] = this.viewport.toCanvas(clientX, clientY);
    const labelled = this.renderer.labelAt(cx, cy, this.viewport.view);
    if (labelled >= 0 && visibility.nodeVisible[labelled]) return labelled;
    if (positions !== this.hitPositions) { this.hits.invalidate(); this.hitPositions = positions; }
    const [x, y] = this.viewport.toLayout(clientX, clientY);
    const disc = this.hits.find(x, y, HIT_SLACK_PX / this.viewport.view.k, visibility.visibleNodes, positions, radii);
    // A disc drawn over a label answers first; just off its rim, the label under it does.
    if (disc < 0 && labelled === DISC_ON_TOP) {
      const under = this.renderer.labelAt(cx, cy, this.viewport.view, false);
      if (under >= 0 && visibility.nodeVisible[under]) return under;
    }
    return disc;
  }

  /** What a click at this client point selects: an actor (label or disc), else the nearest link, else nothing. */
  pick(clientX: number, clientY: number): Picked | null {
    const node = this.actorAt(clientX, clientY);
    if (node >= 0) return { kind: 'node', node };
    const { visibility, positions } = this.scene();
    const [x, y] = this.viewport.toLayout(clientX, clientY);
    const edge = findEdge(this.model, visibility.visibleEdges, positions, x, y, EDGE_TOLERANCE_PX / this.viewport.view.k);
    return edge >= 0 ? { kind: 'edge', edge } : null;
  }
}
