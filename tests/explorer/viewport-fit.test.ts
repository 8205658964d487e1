import { afterEach, describe, expect, it } from 'vitest';
import { ViewportControl } from '../../src/explorer/canvas/viewport.ts';

/** A canvas with a size (jsdom lays nothing out). */
function sizedCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.getBoundingClientRect = () => ({ x: 0, y: 0, left: 0, top: 0, width, height, right: width, bottom: height, toJSON: () => ({}) });
  return canvas;
}

const events = { mayPan: () => true, moved: () => undefined, gestureEnded: () => undefined };
let viewport: ViewportControl | null = null;
afterEach(() => { viewport?.dispose(); viewport = null; });

/** Two actors of radius 0 at (0, 0) and (100, 100): 100 × 100 layout units, plus 120 units of label room on the right. */
function fitSquare(width: number, height: number, covered: { top: number; bottom: number }) {
  const canvas = sizedCanvas(width, height);
  viewport = new ViewportControl(canvas, events);
  viewport.resize([canvas]);
  viewport.fit(Uint32Array.from([0, 1]), Float32Array.from([0, 0, 100, 100]), Float32Array.from([0, 0]), false, covered);
  return viewport.view;
}

describe('fitting the view between the overlays', () => {
  it('on a phone pads by a tenth of the free area, not 48 px', () => {
    // 390 × 388 canvas, 94 px covered at the top and 137 at the bottom: 157 px free.
    // Padding: height max(16, 15.7) = 16 → 125 px of room; width min(48, 39) = 39 → 312 px.
    // k = min(312 / 220, 125 / 100) = 1.25 (a fixed 48 px gave (157 − 96) / 100 = 0.61).
    // Centred: x = 195 − 1.25 × 110 = 57.5; y = 94 + 157 / 2 − 1.25 × 50 = 110.
    const view = fitSquare(390, 388, { top: 94, bottom: 137 });
    expect(view.k).toBeCloseTo(1.25, 6);
    expect(view.x).toBeCloseTo(57.5, 6);
    expect(view.y).toBeCloseTo(110, 6);
  });

  it('on a desktop keeps 48 px of padding', () => {
    // 680 × 848, 77 px covered at the top and 110 at the bottom: 661 px free, padding 48 both ways.
    // k = min((680 − 96) / 220, (661 − 96) / 100) = 584 / 220 = 2.6545… → capped at 2.
    // A bigger layout (1,000 units square): k = min(584 / 1120, 565 / 1000) = 0.52142…
    const canvas = sizedCanvas(680, 848);
    viewport = new ViewportControl(canvas, events);
    viewport.resize([canvas]);
    viewport.fit(Uint32Array.from([0, 1]), Float32Array.from([0, 0, 1000, 1000]), Float32Array.from([0, 0]), false, { top: 77, bottom: 110 });
    expect(viewport.view.k).toBeCloseTo(584 / 1120, 6);
    viewport.dispose();
    expect(fitSquare(680, 848, { top: 77, bottom: 110 }).k).toBe(2);
  });
});

