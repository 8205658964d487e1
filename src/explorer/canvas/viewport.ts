/**
 * The view of the network: pan and zoom (d3-zoom on the canvas), fitting the visible actors,
 * and whether the user has moved the view (then the layout no longer re-fits it). Converts
 * between client pixels and layout units. Knows nothing of what is drawn.
 */
import { select, type Selection as D3Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { Viewport } from './view.ts';

/**
 * Room between the fitted actors and the free area's edges: a share of the free area's side,
 * 48 px at most (a desktop) and 16 px at least (room for a label line beside the outermost
 * actors). A fixed 48 px took 96 of the 157 px a phone's overlays leave free: the real corpus's
 * overview was a ball 67 px high.
 */
const FIT_PADDING_SHARE = 0.1;
const FIT_PADDING_MIN_PX = 16;
const FIT_PADDING_MAX_PX = 48;

function fitPadding(side: number): number {
  return Math.min(FIT_PADDING_MAX_PX, Math.max(FIT_PADDING_MIN_PX, side * FIT_PADDING_SHARE));
}
/** Room left on the right of a fitted view for the labels of the outermost actors (layout units). */
const FIT_LABEL_ROOM = 120;

export interface ViewportEvents {
  /** Whether a press at this event may start a pan (false on an actor: that drags the actor). */
  mayPan: (event: MouseEvent | TouchEvent) => boolean;
  /** The view changed (`byUser`: a gesture, not a fit). */
  moved: (byUser: boolean) => void;
  /** A pan or zoom gesture ended. */
  gestureEnded: () => void;
}

export class ViewportControl {
  readonly view: Viewport = { width: 0, height: 0, dpr: 1, x: 0, y: 0, k: 1 };
  /** The user moved the view (pan, zoom, drag, keyboard): layout steps and filters no longer re-fit it. */
  userMoved = false;
  /** A pan or zoom gesture is under way (between d3-zoom's start and end). */
  zooming = false;
  private readonly behaviour: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly selection: D3Selection<HTMLCanvasElement, unknown, null, undefined>;

  constructor(private readonly canvas: HTMLCanvasElement, events: ViewportEvents) {
    this.behaviour = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.03, 16])
      .filter((event: Event) => {
        if (event.type === 'dblclick') return false;
        if (event.type === 'mousedown' || event.type === 'touchstart') return events.mayPan(event as MouseEvent | TouchEvent) && !(event as MouseEvent).button;
        return !(event as MouseEvent).ctrlKey || event.type === 'wheel';
      })
      .on('start', () => { this.zooming = true; })
      .on('end', () => { this.zooming = false; events.gestureEnded(); })
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.view.x = event.transform.x;
        this.view.y = event.transform.y;
        this.view.k = event.transform.k;
        if (event.sourceEvent) this.userMoved = true;
        events.moved(!!event.sourceEvent);
      });
    this.selection = select(canvas);
    this.selection.call(this.behaviour);
  }

  /** Takes the canvas's size and pixel ratio (both canvases get the pixel size); true when they changed. */
  resize(canvases: HTMLCanvasElement[]): boolean {
    const rect = this.canvas.getBoundingClientRect();
    const dpr = window.devicePixelRatio || 1;
    if (rect.width === this.view.width && rect.height === this.view.height && dpr === this.view.dpr) return false;
    this.view.width = rect.width;
    this.view.height = rect.height;
    this.view.dpr = dpr;
    for (const canvas of canvases) {
      canvas.width = Math.max(1, Math.round(rect.width * dpr));
      canvas.height = Math.max(1, Math.round(rect.height * dpr));
    }
    return true;
  }

  /** Zooms so that every one of `nodes` is on screen. `byUser` (the Fit button, the 0 key) hands the view back to the layout. */
  /** `covered`: CSS pixels at the canvas's top and bottom that panels hide (the fit stays between them). */
  fit(nodes: Uint32Array, positions: Float32Array, radii: Float32Array, byUser = false, covered = { top: 0, bottom: 0 }): void {
    if (byUser) this.userMoved = false;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const node of nodes) {
      const x = positions[node * 2]!, y = positions[node * 2 + 1]!, r = radii[node]!;
      minX = Math.min(minX, x - r); maxX = Math.max(maxX, x + r);
      minY = Math.min(minY, y - r); maxY = Math.max(maxY, y + r);
    }
    if (!Number.isFinite(minX) || this.view.width === 0) return;
    const width = maxX - minX + FIT_LABEL_ROOM;
    const height = maxY - minY;
    const shown = this.view.height - covered.top - covered.bottom;
    const roomX = Math.max(1, this.view.width - fitPadding(this.view.width) * 2);
    const roomY = Math.max(1, shown - fitPadding(shown) * 2);
    const k = Math.min(2, Math.max(0.03, Math.min(roomX / width, roomY / height)));
    const x = this.view.width / 2 - k * (minX + width / 2);
    const y = covered.top + shown / 2 - k * (minY + height / 2);
    this.selection.call(this.behaviour.transform, zoomIdentity.translate(x, y).scale(k));
  }

  /** Zooms around the centre of the canvas (the + and − keys). */
  zoomBy(factor: number): void {
    this.userMoved = true;
    this.selection.call(this.behaviour.scaleBy, factor);
  }

  /** Centres the view on a layout point; the user owns the view from then on. */
  centreOn(x: number, y: number): void {
    this.userMoved = true;
    this.selection.call(this.behaviour.translateTo, x, y);
  }

  /** Client pixels → CSS pixels inside the canvas. */
  toCanvas(clientX: number, clientY: number): [number, number] {
    const rect = this.canvas.getBoundingClientRect();
    return [clientX - rect.left, clientY - rect.top];
  }

  /** Client pixels → layout units. */
  toLayout(clientX: number, clientY: number): [number, number] {
    const [x, y] = this.toCanvas(clientX, clientY);
    return [(x - this.view.x) / this.view.k, (y - this.view.y) / this.view.k];
  }

  /** Layout units → client pixels. */
  toClient(x: number, y: number): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect();
    return { x: rect.left + x * this.view.k + this.view.x, y: rect.top + y * this.view.k + this.view.y };
  }

  dispose(): void { this.selection.on('.zoom', null); }
}
