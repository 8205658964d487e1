/**
 * The page bundles a stand-in for d3-transition and d3-interpolate (vite.config.ts aliases; see
 * src/explorer/canvas/no-transitions.ts). These check that the alias is in force and that every
 * way the explorer moves the view through d3-zoom still works with it.
 */
import { describe, expect, it } from 'vitest';
import * as standIn from '../../src/explorer/canvas/no-transitions.ts';
import { ViewportControl } from '../../src/explorer/canvas/viewport.ts';

/** A module as the bundler resolves its name (a variable, so the type checker does not look for its types). */
const resolved = (name: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ name);

function viewport(): { control: ViewportControl; moves: boolean[] } {
  const canvas = document.createElement('canvas');
  canvas.getBoundingClientRect = () => ({ x: 0, y: 0, left: 0, top: 0, right: 400, bottom: 300, width: 400, height: 300, toJSON: () => ({}) });
  // d3-zoom takes its extent (the centre for zoomBy and centreOn) from the element's client size.
  Object.defineProperty(canvas, 'clientWidth', { value: 400 });
  Object.defineProperty(canvas, 'clientHeight', { value: 300 });
  document.body.append(canvas);
  const moves: boolean[] = [];
  const control = new ViewportControl(canvas, { mayPan: () => true, moved: (byUser) => moves.push(byUser), gestureEnded: () => undefined });
  control.resize([canvas]);
  return { control, moves };
}

describe('d3-zoom without d3-transition', () => {
  it('resolves both modules to the stand-in', async () => {
    expect((await resolved('d3-transition')).interrupt).toBe(standIn.interrupt);
    expect((await resolved('d3-interpolate')).interpolateZoom).toBe(standIn.interpolateZoom);
    expect(() => standIn.interpolateZoom()).toThrow(/animated zoom/);
  });

  it('fits, zooms and centres the view', () => {
    const { control, moves } = viewport();
    // Two actors at (0, 0) and (100, 0), radius 10: the box is 120 + 120 (label room) wide and 20 high.
    control.fit(Uint32Array.of(0, 1), Float32Array.of(0, 0, 100, 0), Float32Array.of(10, 10));
    // Padding is a tenth of each side (40 px across, 30 px down; viewport.ts):
    // k = min(2, (400 − 80) / 240, (300 − 60) / 20) = 320 / 240; x = 200 − k·(−10 + 120); y = 150 − k·(−10 + 10).
    const k = 320 / 240;
    expect(control.view.k).toBeCloseTo(k, 6);
    expect(control.view.x).toBeCloseTo(200 - k * 110, 6);
    expect(control.view.y).toBeCloseTo(150, 6);
    control.zoomBy(2);
    expect(control.view.k).toBeCloseTo(2 * k, 6);
    control.centreOn(0, 0);
    expect(control.toClient(0, 0).x).toBeCloseTo(200, 6);
    expect(control.toClient(0, 0).y).toBeCloseTo(150, 6);
    expect(moves).toEqual([false, false, false]);
    control.dispose();
  });
});
