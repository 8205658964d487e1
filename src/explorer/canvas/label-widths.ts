/**
 * Label widths in their fonts, measured once per actor and kept: measuring is the costly part
 * of placing labels, and a label's text never changes.
 */
import { AVERAGE_CHAR_WIDTH, LABEL_FONT, LABEL_FONT_STRONG } from './labels.ts';
import type { RenderModel } from './render-model.ts';

/** Longest stretch of label measuring in one idle slice: a slice must never become a long task. */
const WARM_SLICE_MS = 8;

export class LabelWidths {
  private readonly plain: Float32Array;
  private readonly strong: Float32Array;
  private warmCursor = 0;

  /** `ctx`: the context measured with (its font is set for each measure and put back). */
  constructor(private readonly ctx: CanvasRenderingContext2D, private readonly model: RenderModel) {
    this.plain = new Float32Array(model.graph.nodes.length).fill(-1);
    this.strong = new Float32Array(model.graph.nodes.length).fill(-1);
  }

  /**
   * Width of a label in its font. `estimate`: a label not measured yet is given a width from
   * its length instead, so the first frames of a big graph (before warm has run) do not
   * measure hundreds of labels; the layout moves them for seconds anyway.
   */
  of(node: number, strong: boolean, estimate = false): number {
    const cache = strong ? this.strong : this.plain;
    let width = cache[node]!;
    if (width < 0 && estimate) return this.model.graph.nodes[node]!.label.length * AVERAGE_CHAR_WIDTH;
    if (width < 0) {
      // In the label's own font: the context is the page's base canvas, whose font is whatever it
      // last drew with (a browser's default 10 px when the raster worker draws the base). Measured
      // in it, a selection's bold label and its partners' labels were cut by the next pill.
      const ctx = this.ctx;
      const saved = ctx.font;
      ctx.font = strong ? LABEL_FONT_STRONG : LABEL_FONT;
      width = ctx.measureText(this.model.graph.nodes[node]!.label).width;
      ctx.font = saved;
      cache[node] = width;
    }
    return width;
  }

  /**
   * Measures label widths ahead of need, a short slice at a time (idle time), so that
   * selecting an actor does not measure all its neighbours' labels inside the frame that shows
   * the selection. Returns true when every label has been measured.
   */
  warm(hasTime: () => boolean): boolean {
    const ctx = this.ctx;
    const saved = ctx.font;
    ctx.font = LABEL_FONT;
    const widths = this.plain;
    const nodes = this.model.graph.nodes;
    const until = performance.now() + WARM_SLICE_MS;
    let done = true;
    for (let count = 0; this.warmCursor < widths.length; this.warmCursor++, count++) {
      if ((count & 31) === 31 && (performance.now() > until || !hasTime())) { done = false; break; }
      if (widths[this.warmCursor]! < 0) widths[this.warmCursor] = ctx.measureText(nodes[this.warmCursor]!.label).width;
    }
    ctx.font = saved;
    return done;
  }
}
