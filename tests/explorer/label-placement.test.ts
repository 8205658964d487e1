/**
 * Label placement never covers another drawn actor's disc (labels win clicks, so such a label
 * made that actor impossible to click there). Hand-worked layouts at view k = 1, origin 0:
 * screen = layout coordinates. findSpot's spots for a disc at (sx, sy) of radius r and a label
 * of width w: right (sx + r + 4, sy − 8), left (sx − r − 4 − w, sy − 8), above (sx − w/2,
 * sy − r − 18), below (sx − w/2, sy + r + 2), then the diagonals. A label's hit box is its
 * text box widened by LABEL_PAD (2 px) on each side, LABEL_HEIGHT (16 px) high. What a label
 * must keep off: a disc of radius r ≤ 4 whole plus 1.1 px; of a bigger one, the middle
 * max(5.1, r/2) px (but never more than r + 1.1).
 */
import { describe, expect, it } from 'vitest';
import { DiscIndex, findSpot, LabelBoxes } from '../../src/explorer/canvas/labels.ts';
import type { NodeGroup } from '../../src/explorer/canvas/draw-plan.ts';
import type { Viewport } from '../../src/explorer/canvas/view.ts';
import { countingContext } from './helpers.ts';

const view: Viewport = { width: 400, height: 300, dpr: 1, x: 0, y: 0, k: 1 };
const group = (...nodes: number[]): NodeGroup => ({ colour: '#000', alpha: 1, nodes: Uint32Array.from(nodes) });

describe('label placement', () => {
  it('skips the spot right of a disc when another actor is drawn there, and takes the left one', () => {
    // Actor 0 at (100, 100), r 5; actor 1 at (125, 100), r 4. A 40 px label of actor 0 on the
    // right: text 109…149, hit box 107…151 × 92…108, which holds actor 1's centre.
    const positions = Float32Array.from([100, 100, 125, 100]);
    const radii = Float32Array.from([5, 4]);
    const discs = new DiscIndex().use(view, positions, radii, [group(0, 1)]);
    // Without the discs the label goes right, over actor 1 (the old rule)...
    expect(findSpot(new LabelBoxes(), view, positions, radii, 0, 40)).toEqual({ left: 109, top: 92 });
    // ...with them, left: 100 − 5 − 4 − 40 = 51, top 92 (box 49…93, clear of both discs).
    expect(findSpot(new LabelBoxes(), view, positions, radii, 0, 40, discs)).toEqual({ left: 51, top: 92 });
  });

  it('keeps the label pill inside the view, not only its text', () => {
    // Disc at (50, 100), r 5, label 40 px: the right spot 59…99 would fit in a view 100 px wide as
    // text, but its pill reaches 101 > 100, so the left spot is taken: 50 − 5 − 4 − 40 = 1, pill −1…
    // also out; above: 50 − 20 = 30, top 100 − 5 − 18 = 77 (pill 28…72 inside).
    const narrow: Viewport = { width: 100, height: 300, dpr: 1, x: 0, y: 0, k: 1 };
    const positions = Float32Array.from([50, 100]);
    const radii = Float32Array.from([5]);
    expect(findSpot(new LabelBoxes(), narrow, positions, radii, 0, 40)).toEqual({ left: 30, top: 77 });
    // One pixel wider and the right spot's pill fits (59 − 2 … 99 + 2 = 101 ≤ 101).
    expect(findSpot(new LabelBoxes(), { ...narrow, width: 101 }, positions, radii, 0, 40)).toEqual({ left: 59, top: 92 });
  });

  it('the protected middle of a disc counts, the rest of a big one does not', () => {
    // Actor 1 above the right spot's box (box 107…151 × 92…108), r 5 (protected: min(6.1,
    // max(5.1, 2.5)) = 5.1): at (130, 85) its centre is 7 px from the box, 5.1 < 7, so the right
    // spot stays free; at (130, 87) it is 5 px away, 5 < 5.1, so the spot is taken and the left one used.
    const radii = Float32Array.from([5, 5]);
    const clear = Float32Array.from([100, 100, 130, 85]);
    expect(findSpot(new LabelBoxes(), view, clear, radii, 0, 40, new DiscIndex().use(view, clear, radii, [group(0, 1)]))).toEqual({ left: 109, top: 92 });
    const grazing = Float32Array.from([100, 100, 130, 87]);
    expect(findSpot(new LabelBoxes(), view, grazing, radii, 0, 40, new DiscIndex().use(view, grazing, radii, [group(0, 1)]))).toEqual({ left: 51, top: 92 });
    // A big actor (r 20, protected middle 10 px) at (130, 125): its rim reaches y 105, into the
    // box, but its centre is 17 px below it: the label may lie over its rim.
    const big = Float32Array.from([100, 100, 130, 125]);
    const bigRadii = Float32Array.from([5, 20]);
    expect(findSpot(new LabelBoxes(), view, big, bigRadii, 0, 40, new DiscIndex().use(view, big, bigRadii, [group(0, 1)]))).toEqual({ left: 109, top: 92 });
    // At (130, 117) the centre is 9 px below the box: inside the 10 px middle, so the label goes left.
    const bigNear = Float32Array.from([100, 100, 130, 117]);
    expect(findSpot(new LabelBoxes(), view, bigNear, bigRadii, 0, 40, new DiscIndex().use(view, bigNear, bigRadii, [group(0, 1)]))).toEqual({ left: 51, top: 92 });
  });

  it('where every spot covers another actor, takes the first spot clear of labels and punches: the covered discs are drawn again over it', () => {
    // Actor 0 at (200, 150), r 5, label 30 px. Eight neighbours, one on each spot's box centre:
    // right (200 + 9 + 15, 150) = (224, 150), left (200 − 9 − 15, 150) = (176, 150), above
    // (200, 150 − 23 + 8) = (200, 135), below (200, 157 + 8) = (200, 165), and the diagonals
    // (d = 5/√2 ≈ 3.54): top-right box 203.5…235.5 × 130.5…146.5 → (219, 138), top-left → (181, 138),
    // bottom-right 203.5…235.5 × 153.5…169.5 → (219, 162), bottom-left → (181, 162).
    const around = [224, 150, 176, 150, 200, 135, 200, 165, 219, 138, 181, 138, 219, 162, 181, 162];
    const positions = Float32Array.from([200, 150, ...around]);
    const radii = new Float32Array(9).fill(2);
    radii[0] = 5;
    const everyone = group(0, 1, 2, 3, 4, 5, 6, 7, 8);
    const discs = new DiscIndex().use(view, positions, radii, [everyone]);
    const boxes = new LabelBoxes();
    expect(findSpot(boxes, view, positions, radii, 0, 30, discs)).toEqual({ left: 209, top: 142, punches: true });
    // The right spot's hit box (207…241 × 142…158) holds actor 1 (224, 150) only: it is drawn
    // again (one arc, one fill) and listed as node, x, y, drawn radius.
    const { ctx, calls } = countingContext();
    const punched: number[] = [];
    discs.punch(ctx, 207, 142, 241, 158, 0, punched);
    expect(punched).toEqual([1, 224, 150, 2]);
    expect(calls.get('arc')).toBe(1);
    expect(calls.get('fill')).toBe(1);
    // A spot taken is taken: with actor 0's label on the right, a second label there has no spot clear of labels.
    expect(findSpot(boxes, view, positions, radii, 0, 30, discs)).not.toEqual({ left: 209, top: 142, punches: true });
    // Actor 1 (on the right spot) not in the drawn groups: the right spot is free again.
    const withoutRight = group(0, 2, 3, 4, 5, 6, 7, 8);
    expect(findSpot(new LabelBoxes(), view, positions, radii, 0, 30, new DiscIndex().use(view, positions, radii, [withoutRight]))).toEqual({ left: 209, top: 142 });
  });

  it('answers for the view it is used with: zoomed out, the neighbour is clear of the spot', () => {
    // At k = 0.5 actor 0 (layout (100, 100), r 5) is drawn at (50, 50), r 2.5; its right spot is
    // text 56.5…96.5, hit box 54.5…98.5 × 42…58. Actor 1 at layout (150, 100), r 4, is drawn at
    // (75, 50), r 2: inside, so the label goes left (50 − 2.5 − 4 − 40 = 3.5). The same index
    // used again with actor 1 at layout (200, 0), drawn at (100, 0): its disc (2 + 1.1 px) ends
    // at y 3.1, above the box: the right spot is free.
    const zoomed: Viewport = { ...view, k: 0.5 };
    const radii = Float32Array.from([5, 4]);
    const index = new DiscIndex();
    const near = Float32Array.from([100, 100, 150, 100]);
    expect(findSpot(new LabelBoxes(), zoomed, near, radii, 0, 40, index.use(zoomed, near, radii, [group(0, 1)]))).toEqual({ left: 3.5, top: 42 });
    const far = Float32Array.from([100, 100, 200, 0]);
    expect(findSpot(new LabelBoxes(), zoomed, far, radii, 0, 40, index.use(zoomed, far, radii, [group(0, 1)]))).toEqual({ left: 56.5, top: 42 });
  });
});
