import { afterEach, describe, expect, it } from 'vitest';
import { NetworkController } from '../../src/explorer/canvas/controller.ts';
import { nodeRadii } from '../../src/explorer/canvas/scales.ts';
import type { LayoutHandle } from '../../src/explorer/simulation/useLayout.ts';
import { explorerStore, nextTask } from '../../src/explorer/store/index.ts';
import { computeMeasures } from '../../src/analysis/index.ts';
import { countingContext, loadSmallGraph } from './helpers.ts';


/** Stands in for the layout worker: the test sends positions when it likes. */
function fakeLayout(count: number, radii: Float32Array) {
  const listeners = new Set<() => void>();
  const handle = {
    positions: Float32Array.from({ length: count * 2 }, (_, i) => (i * 37) % 400),
    version: 0, settled: false, radii, pinned: new Set<number>(),
    subscribe: (listener: () => void) => { listeners.add(listener); return () => listeners.delete(listener); },
    pin() {}, dragEnd() {}, unpin() {},
  };
  const tick = () => {
    handle.positions = handle.positions.map((value) => value + 1);
    handle.version++;
    for (const listener of listeners) listener();
  };
  return { layout: handle as unknown as LayoutHandle, tick };
}

/** A canvas with a size (jsdom lays nothing out). */
function sizedCanvas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.getBoundingClientRect = () => ({ x: 0, y: 0, left: 0, top: 0, width: 400, height: 300, right: 400, bottom: 300, toJSON: () => ({}) });
  return canvas;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

let controller: NetworkController | null = null;
afterEach(() => { controller?.dispose(); controller = null; });

describe('network controller frames', () => {
  it('shows a new selection in a frame of its own, the base catching up with the layout a frame later', async () => {
    const model = loadSmallGraph();
    const { layout, tick } = fakeLayout(model.graph.nodes.length, nodeRadii(model));
    const base = countingContext();
    const focus = countingContext();
    const canvas = sizedCanvas();
    controller = new NetworkController(canvas, { canvas: sizedCanvas(), ctx: focus.ctx }, base.ctx, model, layout, explorerStore, null);
    await frame();
    expect(controller.baseDrawCount).toBe(1);
    // The user zooms: from now on the view no longer re-fits itself to every layout step.
    canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, clientX: 200, clientY: 150, bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 250));
    await frame();
    const first = controller.baseDrawCount;
    expect(first).toBeGreaterThan(1);

    // A layout tick alone redraws the base.
    tick();
    await frame();
    expect(controller.baseDrawCount).toBe(first + 1);

    // A tick and a selection in the same frame: that frame draws the focus layer only...
    tick();
    explorerStore.getState().selectNode(model.graph.nodes[0]!.id);
    const draws = controller.drawCount;
    await frame();
    expect(controller.drawCount).toBe(draws + 1);
    expect(controller.baseDrawCount).toBe(first + 1);
    // ...and the next one brings the base up to date.
    await frame();
    expect(controller.baseDrawCount).toBe(first + 2);

    // Hovering never redraws the base; nothing pending means no frame at all.
    explorerStore.getState().setHoveredNode(1);
    await frame();
    expect(controller.baseDrawCount).toBe(first + 2);
    const idle = controller.drawCount;
    await frame();
    expect(controller.drawCount).toBe(idle);
  });

  it('redraws for arriving measures only when size or colour reads them', async () => {
    const model = loadSmallGraph();
    const { layout } = fakeLayout(model.graph.nodes.length, nodeRadii(model));
    controller = new NetworkController(sizedCanvas(), { canvas: sizedCanvas(), ctx: countingContext().ctx }, countingContext().ctx, model, layout, explorerStore, null);
    await frame();
    const before = controller.baseDrawCount;
    const measures = computeMeasures(model.graph);
    explorerStore.getState().setMeasures(model, measures);
    await nextTask();
    await frame();
    expect(controller.baseDrawCount).toBe(before);
    explorerStore.setState({ measures: null });
    explorerStore.getState().setColourBy('community');
    await frame();
    const coloured = controller.baseDrawCount;
    explorerStore.getState().setMeasures(model, measures);
    await nextTask();
    await frame();
    expect(controller.baseDrawCount).toBe(coloured + 1);
  });
});
