import { afterEach, describe, expect, it } from 'vitest';
import { NetworkController } from '../../src/explorer/canvas/controller.ts';
import { nodeRadii } from '../../src/explorer/canvas/scales.ts';
import type { LayoutHandle } from '../../src/explorer/simulation/useLayout.ts';
import { explorerStore, nextTask, resetExplorerStore } from '../../src/explorer/store/index.ts';
import { generateGraph } from '../fixtures/graphs/generate.ts';
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

describe('pan and zoom of a big graph', () => {
  const wheel = (canvas: HTMLCanvasElement) =>
    canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: -120, clientX: 200, clientY: 150, bubbles: true, cancelable: true }));
  const gestureEnd = () => new Promise((resolve) => setTimeout(resolve, 250));

  /** A controller over `model` with counting contexts that know their canvases (snapshots copy pixels between them). */
  function controllerFor(model: ReturnType<typeof loadSmallGraph>) {
    const { layout } = fakeLayout(model.graph.nodes.length, nodeRadii(model));
    const canvas = sizedCanvas();
    const base = countingContext();
    const copy = countingContext();
    (base.ctx as { canvas: HTMLCanvasElement }).canvas = canvas;
    (copy.ctx as { canvas: HTMLCanvasElement }).canvas = document.createElement('canvas');
    controller = new NetworkController(canvas, { canvas: sizedCanvas(), ctx: countingContext().ctx }, base.ctx, model, layout, explorerStore, null, null, copy.ctx);
    return { canvas, base, copy, controller };
  }

  it('moves a copy of the base during the gesture and redraws it for real once, when the gesture ends', async () => {
    resetExplorerStore();
    explorerStore.getState().setGraph(generateGraph(2500, 6000), './big.json');
    const { canvas, base, copy, controller } = controllerFor(explorerStore.getState().model!);
    await frame();
    const drawn = controller.baseDrawCount;
    wheel(canvas);
    await frame();
    wheel(canvas);
    await frame();
    expect(controller.baseDrawCount).toBe(drawn);
    expect(controller.baseCopyCount).toBe(2);
    // One snapshot of the drawing for the whole gesture, blitted once per frame.
    expect(copy.calls.get('drawImage')).toBe(1);
    expect(base.calls.get('drawImage')).toBe(2);
    await gestureEnd();
    await frame();
    expect(controller.baseDrawCount).toBe(drawn + 1);
    expect(controller.baseCopyCount).toBe(2);
  });

  it('redraws a small graph in every frame of the gesture (no copies)', async () => {
    const { canvas, controller } = controllerFor(loadSmallGraph());
    await frame();
    const drawn = controller.baseDrawCount;
    wheel(canvas);
    await frame();
    wheel(canvas);
    await frame();
    expect(controller.baseDrawCount).toBe(drawn + 2);
    expect(controller.baseCopyCount).toBe(0);
  });
});
