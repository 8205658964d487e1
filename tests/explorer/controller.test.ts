import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RasterPort } from '../../src/explorer/canvas/base-raster.ts';
import type { ReplyOrFailure } from '../../src/workers/messages.ts';
import type { FromRaster, ToRaster } from '../../src/explorer/canvas/raster-protocol.ts';
import { NetworkController } from '../../src/explorer/canvas/controller.ts';
import { nodeRadii } from '../../src/explorer/canvas/scales.ts';
import type { LayoutHandle } from '../../src/explorer/simulation/use-layout.ts';
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
    pin() {}, dragEnd() {}, unpin() {}, follow() {},
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
    controller = new NetworkController({ canvas, focus: { canvas: sizedCanvas(), ctx: focus.ctx }, ctx: base.ctx, model, layout, store: explorerStore });
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
    controller = new NetworkController({ canvas: sizedCanvas(), focus: { canvas: sizedCanvas(), ctx: countingContext().ctx }, ctx: countingContext().ctx, model, layout, store: explorerStore });
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
  /** Two wheel notches, each followed by its frame. */
  const twoNotches = async (canvas: HTMLCanvasElement) => {
    for (let notch = 0; notch < 2; notch++) { wheel(canvas); await frame(); }
  };

  /** A controller over `model` with counting contexts that know their canvases (snapshots copy pixels between them). */
  function controllerFor(model: ReturnType<typeof loadSmallGraph>) {
    const { layout } = fakeLayout(model.graph.nodes.length, nodeRadii(model));
    const canvas = sizedCanvas();
    const base = countingContext();
    const copy = countingContext();
    (base.ctx as { canvas: HTMLCanvasElement }).canvas = canvas;
    (copy.ctx as { canvas: HTMLCanvasElement }).canvas = document.createElement('canvas');
    controller = new NetworkController({ canvas, focus: { canvas: sizedCanvas(), ctx: countingContext().ctx }, ctx: base.ctx, model, layout, store: explorerStore, offMain: { baseCopy: copy.ctx } });
    return { canvas, base, copy, controller };
  }

  it('moves a copy of the base during the gesture and redraws it for real once, when the gesture ends', async () => {
    resetExplorerStore();
    explorerStore.getState().setGraph(generateGraph(2500, 6000), './big.json');
    // Every actor shown, not the 300 of the overview: a big view to pan.
    explorerStore.getState().setOverviewSize(0);
    const { canvas, base, copy, controller } = controllerFor(explorerStore.getState().model!);
    await frame();
    const drawn = controller.baseDrawCount;
    await twoNotches(canvas);
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
    await twoNotches(canvas);
    expect(controller.baseDrawCount).toBe(drawn + 2);
    expect(controller.baseCopyCount).toBe(0);
  });
});

describe('a big graph drawn by the raster worker', () => {
  /** Stands in for the worker: keeps what the page sent, answers when the test says. */
  function fakeRasterPort() {
    const sent: ToRaster[] = [];
    let listener: ((reply: ReplyOrFailure<FromRaster>) => void) | null = null;
    const port: RasterPort = {
      post: (message) => { sent.push(message); },
      listen: (next) => { listener = next; },
      terminate: () => {},
    };
    const image = document.createElement('canvas');
    const answer = (reply?: ReplyOrFailure<FromRaster>) => {
      const draw = [...sent].reverse().find((message) => message.type === 'draw');
      if (!draw || draw.type !== 'draw') throw new Error('nothing asked for');
      const message: ReplyOrFailure<FromRaster> = reply ?? { type: 'drawn', id: draw.id, bitmap: Object.assign(image, { close() {} }) as unknown as ImageBitmap, labels: { nodes: Int32Array.of(0), left: Float32Array.of(10), top: Float32Array.of(20) } };
      listener!(message);
    };
    const draws = () => sent.filter((message) => message.type === 'draw') as Extract<ToRaster, { type: 'draw' }>[];
    return { port, sent, answer, draws };
  }

  function bigController() {
    resetExplorerStore();
    explorerStore.getState().setGraph(generateGraph(2500, 6000), './big.json');
    const model = explorerStore.getState().model!;
    const { layout, tick } = fakeLayout(model.graph.nodes.length, nodeRadii(model));
    const canvas = sizedCanvas();
    const base = countingContext();
    const fake = fakeRasterPort();
    controller = new NetworkController({ canvas, focus: { canvas: sizedCanvas(), ctx: countingContext().ctx }, ctx: base.ctx, model, layout, store: explorerStore, offMain: { rasterWorker: () => fake.port } });
    return { model, tick, base, fake, controller: controller! };
  }

  it('asks the worker for one drawing at a time and shows each one by copying it, never drawing actors itself', async () => {
    const { model, tick, base, fake, controller } = bigController();
    const init = fake.sent[0];
    expect(init?.type === 'init' && init.labels.length).toBe(model.graph.nodes.length);
    await frame();
    expect(fake.draws()).toHaveLength(1);
    expect(fake.draws()[0]!.plan).not.toBeNull();
    // Layout steps while the drawing is under way wait for it: still one request.
    tick();
    await frame();
    tick();
    await frame();
    expect(fake.draws()).toHaveLength(1);
    expect(controller.baseDrawCount).toBe(0);

    fake.answer();
    await frame();
    expect(controller.baseDrawCount).toBe(1);
    expect(base.calls.get('drawImage')).toBe(1);
    // The steps that waited are asked for now, with the plan the worker already has.
    expect(fake.draws()).toHaveLength(2);
    expect(fake.draws()[1]!.plan).toBeNull();
    // The page itself drew no actor and no link.
    expect(base.calls.get('arc') ?? 0).toBe(0);
    expect(base.calls.get('lineTo') ?? 0).toBe(0);
    // Its label spots serve the focus layer and the exports.
    expect(controller.snapshot().labelPositions?.get(model.graph.nodes[0]!.id)).toEqual({ x: 10, y: 28 });
  });

  it('draws on the page from then on when the worker fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { base, fake, controller } = bigController();
    await frame();
    fake.answer({ type: 'failed', reason: 'no 2D context on an OffscreenCanvas' });
    await frame();
    expect(controller.baseDrawCount).toBe(1);
    expect((base.calls.get('rect') ?? 0) + (base.calls.get('arc') ?? 0)).toBeGreaterThan(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no 2D context'));
    warn.mockRestore();
  });
});
