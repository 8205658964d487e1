/**
 * Draws on animation frames, and only when something changed. Owns the redraw flags: the base
 * layer is redrawn when its inputs changed (plan, style, positions) or the view moved; the focus
 * layer every frame that runs. A new selection is shown first (focus layer only, at the positions
 * the base was drawn with) and the base catches up with the layout in the next frame, which keeps
 * the click's frame short on a big graph whose layout is running.
 */

/** What a frame must do with the base layer. */
export interface FrameWork {
  /** Positions, plan or style changed since the base was last drawn. */
  baseChanged: boolean;
  /** Only the view (pan, zoom) changed. */
  viewMoved: boolean;
}

export class FrameLoop {
  private frame = 0;
  private baseDirty = true;
  private layoutMoved = false;
  private viewMoved = false;
  private focusFirst = false;

  constructor(private readonly draw: (work: FrameWork) => void) {}

  /** Draws in the next animation frame: the focus layer, and the base layer too unless `base` is false. */
  request(base = true): void {
    if (base) this.baseDirty = true;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => this.run());
  }

  /** The layout sent positions the base has not drawn yet. */
  layoutStepped(): void { this.layoutMoved = true; this.request(false); }

  /** A pan or zoom moved the view. */
  viewChanged(): void { this.viewMoved = true; this.request(false); }

  /** A new selection: its frame draws the focus layer only; the base follows the layout a frame later. */
  selectionFirst(): void { this.focusFirst = true; this.request(false); }

  private run(): void {
    this.frame = 0;
    const baseChanged = this.baseDirty || (this.layoutMoved && !this.focusFirst);
    const work = { baseChanged, viewMoved: this.viewMoved };
    if (baseChanged) this.layoutMoved = false;
    this.viewMoved = false;
    this.baseDirty = false;
    this.focusFirst = false;
    this.draw(work);
    if (this.layoutMoved) this.request(false);
  }

  dispose(): void { if (this.frame) cancelAnimationFrame(this.frame); this.frame = 0; }
}
