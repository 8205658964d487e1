/**
 * The pointer on the network: hover shows what a click would select (pointer cursor, the actor's
 * ring and tooltip, or the link's tooltip); a click selects it; dragging an actor (by its disc or
 * its label) pins it where it is dropped; a double click releases it.
 */
import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../store/slices.ts';
import type { GraphModel } from '../store/types.ts';
import type { LayoutHandle } from '../simulation/use-layout.ts';
import type { Picker } from './picker.ts';
import type { Tooltip } from './tooltip.ts';
import type { ViewportControl } from './viewport.ts';

const DRAG_THRESHOLD_PX = 4;

interface Drag { node: number; pointerId: number; startX: number; startY: number; moved: boolean }

export interface PointerDeps {
  model: GraphModel;
  store: StoreApi<ExplorerState>;
  layout: LayoutHandle;
  picker: Picker;
  viewport: ViewportControl;
  tooltip: Tooltip;
  /** An actor was dragged: positions changed under the picture. */
  dragged: () => void;
}

export class PointerInput {
  private drag: Drag | null = null;
  private suppressClick = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly canvas: HTMLCanvasElement, private readonly deps: PointerDeps) {
    this.listen('pointerdown', this.onPointerDown as EventListener);
    this.listen('pointermove', this.onPointerMove as EventListener);
    this.listen('pointerup', this.onPointerUp as EventListener);
    this.listen('pointerleave', () => this.hover(null, null));
    this.listen('click', this.onClick as EventListener);
    this.listen('dblclick', this.onDoubleClick as EventListener);
  }

  private listen(type: string, handler: EventListener): void {
    this.canvas.addEventListener(type, handler);
    this.cleanups.push(() => this.canvas.removeEventListener(type, handler));
  }

  /** Shows what a click here would select. */
  private hover(event: PointerEvent | null, picked: ReturnType<Picker['pick']>): void {
    const { store, tooltip } = this.deps;
    store.getState().setHoveredNode(picked?.kind === 'node' ? picked.node : -1);
    this.canvas.style.cursor = picked ? 'pointer' : '';
    if (!picked || !event) tooltip.hide();
    else if (picked.kind === 'node') tooltip.showNode(picked.node, event);
    else tooltip.showEdge(picked.edge, event);
  }

  private onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    const node = this.deps.picker.actorAt(event.clientX, event.clientY);
    if (node < 0) return;
    this.drag = { node, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
    this.canvas.setPointerCapture?.(event.pointerId);
  };

  private onPointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (drag && drag.pointerId === event.pointerId) {
      if (!drag.moved && Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < DRAG_THRESHOLD_PX) return;
      drag.moved = true;
      this.deps.viewport.userMoved = true;
      const [x, y] = this.deps.viewport.toLayout(event.clientX, event.clientY);
      this.deps.layout.pin(drag.node, x, y);
      this.deps.dragged();
      return;
    }
    if (event.buttons) return;
    this.hover(event, this.deps.picker.pick(event.clientX, event.clientY));
  };

  private onPointerUp = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.drag = null;
    if (drag.moved) {
      this.deps.layout.dragEnd();
      this.suppressClick = true;
    }
  };

  private onClick = (event: MouseEvent): void => {
    if (this.suppressClick) { this.suppressClick = false; return; }
    const picked = this.deps.picker.pick(event.clientX, event.clientY);
    const state = this.deps.store.getState();
    if (picked?.kind === 'node') state.selectNode(this.deps.model.graph.nodes[picked.node]!.id);
    else if (picked?.kind === 'edge') state.selectEdge(this.deps.model.graph.edges[picked.edge]!.id);
  };

  private onDoubleClick = (event: MouseEvent): void => {
    const node = this.deps.picker.actorAt(event.clientX, event.clientY);
    if (node >= 0) this.deps.layout.unpin(node);
  };

  dispose(): void { for (const cleanup of this.cleanups) cleanup(); }
}
