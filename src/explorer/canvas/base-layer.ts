/**
 * How the base layer (every visible link, actor and label) gets onto the page's canvas, one
 * animation frame at a time:
 *
 * - drawn on the page by NetworkRenderer.drawBase (small graphs, and big ones where there is
 *   no raster worker);
 * - on a big graph, drawn by the raster worker (base-raster.ts): one drawing in flight, the
 *   latest one copied in as a bitmap, moved to the current view until the next arrives;
 * - during a pan or zoom of a big graph drawn on the page, a moved copy of its last drawing,
 *   redrawn for real when the gesture ends or the copy is blown up or shifted too far.
 *
 * In Chromium without a GPU a 2D canvas rasterises when its frame is committed, on the main
 * thread: a 10,000-actor base cost 15–60 ms there per redraw. The controller decides when the
 * base must change; this decides how.
 */
import type { GraphModel } from '../store/types.ts';
import { BaseRaster, type RasterPort } from './base-raster.ts';
import type { BasePlan } from './draw-plan.ts';
import type { NetworkRenderer, Viewport } from './renderer.ts';

/** A moved copy is redrawn for real once it is blown up this much or covers less of the canvas than this. */
const COPY_MAX_SCALE = 2;
const COPY_MIN_COVER = 0.4;

/** Ways to draw a big graph's base layer without rasterising it on the main thread every frame. */
export interface OffMainDrawing {
  /** A spare canvas for the copy of the base that a pan or zoom moves around (no raster worker). */
  baseCopy?: CanvasRenderingContext2D | null;
  /** Starts a worker that draws the base layer (see base-raster.worker.ts); null where there is none. */
  rasterWorker?: () => RasterPort | null;
}

/** What one frame asks of the base layer. */
export interface BaseFrame {
  view: Viewport;
  positions: Float32Array;
  radii: Float32Array;
  plan: BasePlan;
  /** Positions, plan or style changed since the base was last drawn. */
  changed: boolean;
  /** Only the view (pan, zoom) changed. */
  viewMoved: boolean;
  /** A pan or zoom gesture of a big visible graph is under way: a moved copy will do. */
  copyWillDo: boolean;
  /** The picture moves (layout running, or a gesture): fewer links are drawn. */
  moving: boolean;
}

/** The scale and shift (CSS pixels) that move a picture drawn at view `from` to where view `to` shows it. */
function shiftBetween(from: { x: number; y: number; k: number }, to: Viewport): { scale: number; dx: number; dy: number } {
  const scale = to.k / from.k;
  return { scale, dx: to.x - from.x * scale, dy: to.y - from.y * scale };
}

export class BaseLayer {
  /** Frames that showed a new drawing of the base (tests check that selecting makes none). */
  drawCount = 0;
  /** Frames that showed a moved copy of the last drawing instead (a pan or zoom of a big graph). */
  copyCount = 0;
  /** The positions the base on screen was drawn with (null: nothing drawn yet). */
  positions: Float32Array | null = null;
  private readonly drawnView = { x: 0, y: 0, k: 1 };
  /** The view of the snapshot the current gesture moves around, or null (none taken). */
  private snapshotView: { x: number; y: number; k: number } | null = null;
  private readonly baseCopy: CanvasRenderingContext2D | null;
  private raster: BaseRaster | null = null;
  /** The worker's latest drawing has not been shown yet. */
  private rasterFresh = false;
  /** A change waits for the worker to be free. */
  private rasterPending = false;

  /** `onChange`: something arrived (or failed) that the next frame must show. */
  constructor(private readonly renderer: NetworkRenderer, model: GraphModel, big: boolean, offMain: OffMainDrawing, private readonly onChange: () => void) {
    this.baseCopy = offMain.baseCopy ?? null;
    const port = big ? offMain.rasterWorker?.() ?? null : null;
    if (port) this.raster = new BaseRaster(port, model, () => this.rasterDrawn(), (reason) => this.rasterFailed(reason));
  }

  get inWorker(): boolean { return this.raster !== null; }

  /** Shows the base for this frame: draws it, asks the worker for it, or moves what is there. */
  frame(input: BaseFrame): void {
    if (this.raster) { this.rasterFrame(input); return; }
    if (!input.changed && this.positions && input.viewMoved && input.copyWillDo && this.moveCopy(input.view)) return;
    if (!input.changed && this.positions && !input.viewMoved) { this.renderer.lastDrawMs = 0; return; }
    this.renderer.drawBase(input.view, input.positions, input.radii, input.plan, input.moving);
    this.positions = input.positions;
    this.drawnView.x = input.view.x; this.drawnView.y = input.view.y; this.drawnView.k = input.view.k;
    this.snapshotView = null;
    this.drawCount++;
  }

  private rasterFrame(input: BaseFrame): void {
    const raster = this.raster!;
    const { view } = input;
    if (input.changed || input.viewMoved || !this.positions) this.rasterPending = true;
    if (this.rasterPending && !raster.busy) {
      raster.request(view, input.positions, input.radii, input.plan, input.moving);
      this.rasterPending = false;
    }
    const drawing = raster.latest;
    if (!drawing || !(this.rasterFresh || input.viewMoved)) { this.renderer.lastDrawMs = 0; return; }
    if (this.rasterFresh) {
      this.renderer.adoptBaseLabels(drawing.labels, drawing.view);
      this.positions = drawing.positions;
      this.drawCount++;
      this.rasterFresh = false;
    }
    const from = drawing.view;
    const { scale, dx, dy } = shiftBetween(from, view);
    const inPlace = from.x === view.x && from.y === view.y && from.k === view.k && from.dpr === view.dpr;
    this.renderer.drawBaseImage(view, drawing.image, scale, dx, dy, inPlace);
  }

  private rasterDrawn(): void {
    this.rasterFresh = true;
    this.onChange();
  }

  /** The worker could not draw (no OffscreenCanvas 2D here, say): the page draws the base itself from now on. */
  private rasterFailed(reason: string): void {
    console.warn(`Drawing the network in a worker failed (${reason}); drawing it on the page instead.`);
    this.raster?.dispose();
    this.raster = null;
    this.positions = null;
    this.onChange();
  }

  /**
   * Draws the base as a moved copy of its last drawing (taken at the gesture's first frame).
   * False when a real redraw is due instead: no spare canvas, or a copy blown up or shifted too far.
   */
  private moveCopy(view: Viewport): boolean {
    const snapshot = this.baseCopy;
    if (!snapshot) return false;
    const { scale, dx, dy } = shiftBetween(this.snapshotView ?? this.drawnView, view);
    const { width, height } = view;
    const coverX = Math.max(0, Math.min(width, dx + width * scale) - Math.max(0, dx));
    const coverY = Math.max(0, Math.min(height, dy + height * scale) - Math.max(0, dy));
    if (scale > COPY_MAX_SCALE || coverX * coverY < COPY_MIN_COVER * width * height) return false;
    if (!this.snapshotView) {
      this.renderer.snapshotBase(snapshot);
      this.snapshotView = { ...this.drawnView };
    }
    this.renderer.drawBaseImage(view, snapshot.canvas, scale, dx, dy);
    this.copyCount++;
    return true;
  }

  dispose(): void {
    this.raster?.dispose();
    this.raster = null;
  }
}
