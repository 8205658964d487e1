import { useEffect, useId, useRef, type ReactNode } from 'react';
import { NetworkController, prepareNetworkDrawing } from '../canvas/controller.ts';
import { startBaseRasterWorker } from '../canvas/base-raster.ts';
import { installTestHook } from '../canvas/test-hook.ts';
import { explorerStore, nextTask } from '../store/index.ts';
import type { GraphModel } from '../store/types.ts';
import type { LayoutHandle } from '../simulation/use-layout.ts';
import { Legend } from './legend.tsx';
import { OverviewNote } from './overview-note.tsx';

/** The network canvas's element id (the page's skip link moves focus to it). */
export const NETWORK_CANVAS_ID = 'network-canvas';

export function NetworkView({ model, layout, tools }: { model: GraphModel; layout: LayoutHandle | null; tools?: ReactNode }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const focusRef = useRef<HTMLCanvasElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const announcerRef = useRef<HTMLParagraphElement>(null);
  const keysId = useId();
  const controllerRef = useRef<NetworkController | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const focusCanvas = focusRef.current;
    if (!canvas || !focusCanvas || !layout) return undefined;
    let ctx: CanvasRenderingContext2D | null = null;
    let focusCtx: CanvasRenderingContext2D | null = null;
    try {
      ctx = canvas.getContext('2d', { alpha: false });
      focusCtx = focusCanvas.getContext('2d');
    } catch { ctx = null; }
    // No 2D context (jsdom, or a browser with canvas disabled): the table and panels still work.
    if (!ctx || !focusCtx) { canvas.dataset.layout = 'unavailable'; return undefined; }
    const base = ctx;
    const focus = { canvas: focusCanvas, ctx: focusCtx };
    // Off the page: the copy of the base that a big graph's pan or zoom moves around.
    const snapshot = document.createElement('canvas').getContext('2d', { alpha: false });
    let controller: NetworkController | null = null;
    let disposed = false;
    let uninstallHook = () => {};
    // In a task of its own: on a big graph, rendering the page and setting up the canvas
    // together would be one long task that freezes the page.
    void nextTask().then(() => prepareNetworkDrawing(model, explorerStore)).then(() => {
      if (disposed) return;
      controller = new NetworkController({
        canvas, ctx: base, focus, model, layout, store: explorerStore, tooltip: tooltipRef.current, announcer: announcerRef.current,
        offMain: { baseCopy: snapshot, rasterWorker: startBaseRasterWorker },
      });
      controllerRef.current = controller;
      uninstallHook = installTestHook(controller, model, layout);
    });
    return () => {
      disposed = true;
      controller?.dispose();
      controllerRef.current = null;
      uninstallHook();
    };
  }, [model, layout]);

  return (
    <div className="network">
      {/* Focusable so that keyboard users can work the network itself, not only the Actors table.
          "application": screen readers pass the arrow keys through instead of using them to read. */}
      <canvas ref={canvasRef} id={NETWORK_CANVAS_ID} className="network-canvas" aria-label="Actor network" role="application" tabIndex={0} aria-describedby={keysId}>
        The actor network as a drawing. Every actor is also listed in the Actors table.
      </canvas>
      {/* The selection, its links and the hover ring, drawn over the (then dimmed) network. */}
      <canvas ref={focusRef} className="network-canvas network-focus" aria-hidden="true" />
      <div ref={tooltipRef} className="tooltip" role="tooltip" hidden>
        <strong data-field="name" />
        <span data-field="type" />
        <span data-field="counts" />
      </div>
      <p id={keysId} className="visually-hidden">Arrow keys move between actors, Enter selects, Escape clears, + and − zoom, 0 fits.</p>
      {/* Names the actor under the keyboard cursor; the canvas itself says nothing to a screen reader. */}
      <p ref={announcerRef} className="visually-hidden" aria-live="polite" />
      <OverviewNote model={model} />
      <div className="network-tools">
        {tools}
        <button type="button" onClick={() => controllerRef.current?.fitToView(true)}>Fit to view</button>
      </div>
      <Legend />
    </div>
  );
}
