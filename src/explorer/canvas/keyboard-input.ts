/**
 * Keys on the focused network canvas: the arrows move a cursor between drawn actors (shown as
 * the hovered actor, named in a live region), Home goes to the most mentioned one, Enter or
 * Space selects, Escape clears, + and − zoom, 0 fits. Keys are heard on the canvas only.
 */
import type { StoreApi } from 'zustand';
import type { ExplorerState } from '../store/slices.ts';
import type { GraphModel } from '../store/types.ts';
import { arrowDirection, nextNodeInDirection, type Direction } from './keyboard.ts';
import type { Scene } from './picker.ts';
import { describeNode, type Tooltip } from './tooltip.ts';
import type { ViewportControl } from './viewport.ts';

/** Zoom step of the + and - keys (about what one wheel notch does). */
const KEY_ZOOM_FACTOR = 1.4;
/** A keyboard cursor closer than this to the canvas edge is brought back into view. */
const KEEP_IN_VIEW_PX = 40;
const DIRECTION_WORDS: Record<Direction, string> = { left: 'to the left', right: 'to the right', up: 'above', down: 'below' };

export interface KeyboardDeps {
  model: GraphModel;
  store: StoreApi<ExplorerState>;
  viewport: ViewportControl;
  tooltip: Tooltip;
  /** Polite live region that names the actor under the cursor (null: none). */
  announcer: HTMLElement | null;
  scene: () => Scene;
  /** The 0 key: fit the view to the visible actors. */
  fit: () => void;
}

export class KeyboardInput {
  /** Node the keyboard last put the cursor on (shown through the store's hoveredNode), or -1. */
  private cursor = -1;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly canvas: HTMLCanvasElement, private readonly deps: KeyboardDeps) {
    const listen = (type: string, handler: EventListener) => {
      canvas.addEventListener(type, handler);
      this.cleanups.push(() => canvas.removeEventListener(type, handler));
    };
    listen('keydown', this.onKeyDown as EventListener);
    listen('blur', this.onBlur);
  }

  /** The node the keyboard acts on: the one shown as hovered, whether the keyboard or the pointer put it there. */
  private cursorNode(): number {
    const hovered = this.deps.store.getState().hoveredNode;
    return hovered >= 0 && this.deps.scene().visibility.nodeVisible[hovered] === 1 ? hovered : -1;
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    // Browser and system shortcuts (Ctrl + to zoom the page, Alt+arrows for history) stay theirs.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const direction = arrowDirection(event.key);
    if (direction || event.key === 'Home') {
      event.preventDefault();
      this.moveCursor(direction);
      return;
    }
    const state = this.deps.store.getState();
    switch (event.key) {
      case 'Enter':
      case ' ': {
        const node = this.cursorNode();
        if (node < 0) return;
        event.preventDefault();
        const actor = this.deps.model.graph.nodes[node]!;
        state.selectNode(actor.id);
        this.announce(`${actor.label} selected`);
        return;
      }
      case 'Escape':
        if (!state.selection) return;
        event.preventDefault();
        state.clearSelection();
        this.announce('Selection cleared');
        return;
      case '+':
      case '=':
        event.preventDefault();
        this.deps.viewport.zoomBy(KEY_ZOOM_FACTOR);
        return;
      case '-':
        event.preventDefault();
        this.deps.viewport.zoomBy(1 / KEY_ZOOM_FACTOR);
        return;
      case '0':
        event.preventDefault();
        this.deps.fit();
        return;
      default:
    }
  };

  /** To the nearest visible actor in `direction`; with no cursor yet, or for Home (null), to the most mentioned one. */
  private moveCursor(direction: Direction | null): void {
    const { visibility, positions } = this.deps.scene();
    const visible = visibility.visibleNodes;
    if (visible.length === 0 || positions.length === 0) return;
    const from = this.cursorNode();
    const next = from < 0 || !direction ? visible[0]! : nextNodeInDirection(positions, visible, from, direction);
    if (next < 0) {
      this.announce(`No actor ${DIRECTION_WORDS[direction!]} of ${this.deps.model.graph.nodes[from]!.label}`);
      return;
    }
    this.cursor = next;
    this.reveal(next);
    this.deps.store.getState().setHoveredNode(next);
    this.deps.tooltip.showNode(next, this.tooltipPoint(next));
    this.announce(describeNode(this.deps.model, next));
  }

  /** Pans so that `node` is centred when it is off screen or too close to an edge to see it. */
  private reveal(node: number): void {
    const { positions } = this.deps.scene();
    const { viewport } = this.deps;
    const { x, y } = viewport.toClient(positions[node * 2]!, positions[node * 2 + 1]!);
    const [left, top] = viewport.toCanvas(x, y);
    const { width, height } = viewport.view;
    const margin = Math.min(KEEP_IN_VIEW_PX, width / 4, height / 4);
    if (left >= margin && left <= width - margin && top >= margin && top <= height - margin) return;
    viewport.centreOn(positions[node * 2]!, positions[node * 2 + 1]!);
  }

  /** Where the tooltip of a node goes when no pointer is involved: at the node's lower right edge. */
  private tooltipPoint(node: number): { clientX: number; clientY: number } {
    const { positions, radii } = this.deps.scene();
    const { x, y } = this.deps.viewport.toClient(positions[node * 2]!, positions[node * 2 + 1]!);
    // Offset by the radius along the diagonal so the tooltip never covers the actor itself.
    const offset = (radii[node] ?? 0) * this.deps.viewport.view.k * Math.SQRT1_2;
    return { clientX: x + offset, clientY: y + offset };
  }

  /** Keeps the cursor's tooltip on its actor while the view or the layout moves. */
  followCursor(): void {
    const node = this.cursor;
    if (node < 0 || this.deps.store.getState().hoveredNode !== node) return;
    if (this.deps.scene().visibility.nodeVisible[node] === 1) this.deps.tooltip.showNode(node, this.tooltipPoint(node));
    else this.deps.tooltip.hide();
  }

  private announce(text: string): void {
    if (this.deps.announcer) this.deps.announcer.textContent = text;
  }

  /** Leaving the canvas takes the keyboard cursor away, so no ring is left behind where focus is not. */
  private onBlur = (): void => {
    const node = this.cursor;
    this.cursor = -1;
    if (node >= 0 && this.deps.store.getState().hoveredNode === node) {
      this.deps.store.getState().setHoveredNode(-1);
      this.deps.tooltip.hide();
    }
  };

  dispose(): void { for (const cleanup of this.cleanups) cleanup(); }
}
