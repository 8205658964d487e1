/**
 * The focus layer's labels (a selection's and its partners') over the dimmed base: a partner's
 * label placed afresh covers, with the background, a base label it overlaps, so the two are not
 * read as one jumble of words; a base label reused at its own spot is not covered, and no focus
 * label is written over another. Hand-worked at view k = 1, origin 0 (screen = layout), every
 * label 30 px wide, discs of radius 2. findSpot's right spot of a disc at (sx, sy): left sx + r + 4,
 * top sy − 8; a label's box is widened by LABEL_PAD (2 px) each side and is 16 px high.
 */
import { describe, expect, it } from 'vitest';
import { FocusLabelWriter } from '../../src/explorer/canvas/focus-labels.ts';
import { BaseLabelSpots, FocusLabelSpots } from '../../src/explorer/canvas/drawn-labels.ts';
import type { FocusPlan, NodeGroup } from '../../src/explorer/canvas/draw-plan.ts';
import type { LabelWidths } from '../../src/explorer/canvas/label-widths.ts';
import type { RenderModel } from '../../src/explorer/canvas/render-model.ts';
import type { Viewport } from '../../src/explorer/canvas/view.ts';

/** A context that records fillRect calls (x, y, w, h) and the text written. */
function recordingContext() {
  const rects: number[][] = [];
  const texts: string[] = [];
  const ctx = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, name) {
      if (name in target) return target[name];
      if (name === 'fillRect') return (x: number, y: number, w: number, h: number) => { rects.push([x, y, w, h]); };
      if (name === 'fillText') return (text: string) => { texts.push(text); };
      return () => undefined;
    },
    set(target, name, value) { target[name] = value; return true; },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, rects, texts };
}

const view: Viewport = { width: 400, height: 400, dpr: 1, x: 0, y: 0, k: 1 };
const group = (...nodes: number[]): NodeGroup => ({ colour: '#000', alpha: 1, nodes: Uint32Array.from(nodes) });
const model = { graph: { nodes: [{ label: 'Selected' }, { label: 'Partner' }, { label: 'Other' }] } } as unknown as RenderModel;
const widths = { of: () => 30 } as unknown as LabelWidths;

describe('focus labels over the dimmed base', () => {
  it('covers a base label that a partner\'s new label overlaps, and not one reused at its own spot', () => {
    // Actor 0 (selected) at (100, 200), its base label at (110, 192); actor 1 (its partner) at
    // (100, 100) with no base label; actor 2 (not in the focus) at (300, 300), its base label at
    // (120, 95), 50 px wide: box 118…172 × 95…111.
    const positions = Float32Array.from([100, 200, 100, 100, 300, 300]);
    const radii = Float32Array.from([2, 2, 2]);
    const base = new BaseLabelSpots(3);
    base.add(0, 110, 192, 30);
    base.add(2, 120, 95, 50);
    const spots = new FocusLabelSpots();
    const recorded = recordingContext();
    const plan: FocusPlan = { active: true, nodeGroups: [group(0, 1)], edgeGroups: [], labelOrder: Uint32Array.of(0, 1), selected: [0], selectedEdge: -1 };
    new FocusLabelWriter(recorded.ctx, model, widths, base, spots).write(view, positions, radii, plan, [group(2)]);
    // The selected label at its base spot; the partner's on the right of its disc: 100 + 2 + 4 = 106, top 92.
    expect(spots.spots).toEqual([{ left: 110, top: 192 }, { left: 106, top: 92 }]);
    expect(recorded.texts).toEqual(['Selected', 'Partner']);
    // Full-height fills (16 px) are the covers; pills are 14 px high (writeLabel). The partner's box
    // 104…138 × 92…108 overlaps actor 2's base label: covered at 118, 95, 54 × 16.
    expect(recorded.rects.filter((rect) => rect[3] === 16)).toEqual([[118, 95, 54, 16]]);
  });

  it('writes a partner elsewhere when a stronger label took its base spot', () => {
    // Actor 1's base spot (106, 192) overlaps the selected actor 0's label, written at its own base
    // spot (110, 192) first: actor 1 (at (100, 100)) goes to the right of its disc instead, (106, 92).
    const positions = Float32Array.from([100, 200, 100, 100, 300, 300]);
    const radii = Float32Array.from([2, 2, 2]);
    const base = new BaseLabelSpots(3);
    base.add(0, 110, 192, 30);
    base.add(1, 106, 192, 30);
    const spots = new FocusLabelSpots();
    const plan: FocusPlan = { active: true, nodeGroups: [group(0, 1)], edgeGroups: [], labelOrder: Uint32Array.of(0, 1), selected: [0], selectedEdge: -1 };
    new FocusLabelWriter(recordingContext().ctx, model, widths, base, spots).write(view, positions, radii, plan, [group(2)]);
    expect(spots.spots).toEqual([{ left: 110, top: 192 }, { left: 106, top: 92 }]);
  });
});
