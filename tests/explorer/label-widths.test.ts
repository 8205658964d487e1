/**
 * Label widths are measured in the label's own font, whatever font the measuring context holds:
 * the page's base canvas keeps a browser's default 10 px font when the raster worker draws the
 * base, and labels measured in it were cut by their neighbours' pills on the focus layer.
 */
import { describe, expect, it } from 'vitest';
import { LabelWidths } from '../../src/explorer/canvas/label-widths.ts';
import { LABEL_FONT, LABEL_FONT_STRONG } from '../../src/explorer/canvas/labels.ts';
import type { RenderModel } from '../../src/explorer/canvas/render-model.ts';

/** A context whose text is 10 px a character in the strong font, 7 in the plain one, 5 in any other. */
function fontContext() {
  const ctx = { font: '10px sans-serif', measureText(text: string) { return { width: text.length * (this.font === LABEL_FONT_STRONG ? 10 : this.font === LABEL_FONT ? 7 : 5) }; } };
  return ctx;
}
const model = { graph: { nodes: [{ label: 'China' }, { label: 'Joe Biden' }] } } as unknown as RenderModel;

describe('label widths', () => {
  it('measures a bold and a plain label in their fonts, and leaves the context\'s font as it was', () => {
    const ctx = fontContext();
    const widths = new LabelWidths(ctx as unknown as CanvasRenderingContext2D, model);
    expect(widths.of(0, true)).toBe(50);
    expect(widths.of(1, false)).toBe(63);
    expect(ctx.font).toBe('10px sans-serif');
    // Kept: asked again, the same width.
    ctx.font = LABEL_FONT_STRONG;
    expect(widths.of(1, false)).toBe(63);
  });
});
