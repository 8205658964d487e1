/**
 * The actors' discs as drawn on screen, bucketed in a grid of screen cells, so that label
 * placement can ask "would this box cover another actor?" in a few cells instead of over every
 * drawn actor. Built lazily, for one view, one set of positions and one plan's node groups, and
 * rebuilt only when one of them changes (a focus layer redrawn on hover asks again and again).
 */
import type { NodeGroup } from './draw-plan.ts';
import type { Viewport } from './view.ts';

/** Screen pixels per grid cell: about one label's height and a big disc's diameter. */
const CELL = 32;
/**
 * Room kept around a small disc (CSS pixels): the anti-aliased rim, and the corners of the
 * squares tiny actors are drawn as (a square of half-side r reaches r·√2 ≤ r + 1.1 px below 2.5 px).
 */
const DISC_MARGIN = 1.1;
/**
 * The part of a disc no other actor's label may cover: all of a small one (and DISC_MARGIN
 * around it), the middle of a big one (5.1 px or half its radius, whichever is more), so the
 * actor stays visible and a click on its centre opens it. Keeping labels off the whole of every
 * disc left 6 of the real corpus's 30 most mentioned actors labelled (23 before): in its dense
 * middle nearly every spot grazes some big disc's rim.
 */
export function protectedRadius(r: number): number {
  return Math.min(r + DISC_MARGIN, Math.max(4 + DISC_MARGIN, r / 2));
}

export class DiscIndex {
  private viewWidth = 0;
  private viewHeight = 0;
  private viewX = 0;
  private viewY = 0;
  private viewK = 0;
  private positions: Float32Array | null = null;
  private radii: Float32Array | null = null;
  private groups: readonly NodeGroup[] | null = null;
  private extra: readonly NodeGroup[] | null = null;
  private built = false;
  private columns = 0;
  private rows = 0;
  /** Discs per cell: cellStart[c] … cellStart[c + 1] index into cellItems (a disc in every cell its box touches). */
  private cellStart = new Int32Array(0);
  private cellItems = new Int32Array(0);
  private discNode = new Int32Array(0);
  private discX = new Float32Array(0);
  private discY = new Float32Array(0);
  private discR = new Float32Array(0);
  /** Drawn radius (CSS pixels) and group of each disc, to draw it again over a label (punch). */
  private discDrawnR = new Float32Array(0);
  private discGroup = new Int32Array(0);
  private allGroups: NodeGroup[] = [];

  /**
   * The discs to answer for from now on (`groups`, and `extra` if given): cheap; the grid is
   * (re)built at the first question if anything changed.
   */
  use(view: Viewport, positions: Float32Array, radii: Float32Array, groups: readonly NodeGroup[], extra: readonly NodeGroup[] = []): this {
    if (this.built && view.width === this.viewWidth && view.height === this.viewHeight && view.x === this.viewX && view.y === this.viewY &&
      view.k === this.viewK && positions === this.positions && radii === this.radii && groups === this.groups && extra === this.extra) return this;
    this.viewWidth = view.width; this.viewHeight = view.height; this.viewX = view.x; this.viewY = view.y; this.viewK = view.k;
    this.positions = positions; this.radii = radii; this.groups = groups; this.extra = extra;
    this.built = false;
    return this;
  }

  /** Whether the box (CSS pixels) touches the protected middle (protectedRadius) of a drawn actor other than `except`. */
  covers(left: number, top: number, right: number, bottom: number, except: number): boolean {
    return this.visit(left, top, right, bottom, except, null);
  }

  /**
   * Draws again, over what is there, every disc other than `except` whose protected middle the
   * box touches (a label placed over it: the disc stays on top, and so first for a click), and
   * appends each as node, x, y, r (CSS pixels) to `punched`.
   */
  punch(ctx: CanvasRenderingContext2D, left: number, top: number, right: number, bottom: number, except: number, punched: number[]): void {
    this.visit(left, top, right, bottom, except, (disc) => {
      const group = this.allGroups[this.discGroup[disc]!]!;
      const x = this.discX[disc]!, y = this.discY[disc]!, r = this.discDrawnR[disc]!;
      ctx.globalAlpha = group.alpha;
      ctx.fillStyle = group.colour;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fill();
      ctx.globalAlpha = 1;
      punched.push(this.discNode[disc]!, x, y, r);
    });
  }

  private visit(left: number, top: number, right: number, bottom: number, except: number, each: ((disc: number) => void) | null): boolean {
    if (!this.built) this.build();
    if (this.discNode.length === 0) return false;
    let found = false;
    const c0 = Math.max(0, Math.floor(left / CELL)), c1 = Math.min(this.columns - 1, Math.floor(right / CELL));
    const r0 = Math.max(0, Math.floor(top / CELL)), r1 = Math.min(this.rows - 1, Math.floor(bottom / CELL));
    for (let row = r0; row <= r1; row++) {
      for (let column = c0; column <= c1; column++) {
        const cell = row * this.columns + column;
        for (let i = this.cellStart[cell]!; i < this.cellStart[cell + 1]!; i++) {
          const disc = this.cellItems[i]!;
          if (this.discNode[disc] === except) continue;
          const x = this.discX[disc]!, y = this.discY[disc]!, r = this.discR[disc]!;
          // Nearest point of the box to the disc's centre.
          const dx = x - Math.max(left, Math.min(right, x));
          const dy = y - Math.max(top, Math.min(bottom, y));
          if (dx * dx + dy * dy < r * r) {
            if (!each) return true;
            found = true;
            // A disc whose box spans several cells is met once per cell: handle it in the first.
            const firstColumn = Math.max(c0, Math.floor((x - r) / CELL)), firstRow = Math.max(r0, Math.floor((y - r) / CELL));
            if (column === firstColumn && row === firstRow) each(disc);
          }
        }
      }
    }
    return found;
  }

  /** Drawn discs that reach into the view, then a counting sort of them into the cells their boxes touch. */
  private build(): void {
    this.built = true;
    const view = { width: this.viewWidth, height: this.viewHeight, x: this.viewX, y: this.viewY, k: this.viewK }, positions = this.positions!, radii = this.radii!;
    this.columns = Math.max(1, Math.ceil(view.width / CELL));
    this.rows = Math.max(1, Math.ceil(view.height / CELL));
    let total = 0;
    const groups = [...this.groups!, ...this.extra!];
    this.allGroups = groups;
    for (const group of groups) total += group.nodes.length;
    const nodes = new Int32Array(total), xs = new Float32Array(total), ys = new Float32Array(total), rs = new Float32Array(total);
    const drawnRs = new Float32Array(total), groupOf = new Int32Array(total);
    let count = 0;
    for (let g = 0; g < groups.length; g++) {
      for (const node of groups[g]!.nodes) {
        const x = positions[node * 2]! * view.k + view.x, y = positions[node * 2 + 1]! * view.k + view.y;
        const r = protectedRadius(radii[node]! * view.k);
        if (x + r < 0 || x - r > view.width || y + r < 0 || y - r > view.height || !Number.isFinite(x + y)) continue;
        nodes[count] = node; xs[count] = x; ys[count] = y; rs[count] = r;
        drawnRs[count] = Math.max(1, radii[node]! * view.k); groupOf[count] = g;
        count++;
      }
    }
    this.discNode = nodes.subarray(0, count); this.discX = xs.subarray(0, count); this.discY = ys.subarray(0, count); this.discR = rs.subarray(0, count);
    this.discDrawnR = drawnRs.subarray(0, count); this.discGroup = groupOf.subarray(0, count);
    const cells = this.columns * this.rows;
    const start = new Int32Array(cells + 1);
    const span = (disc: number) => [
      Math.max(0, Math.floor((xs[disc]! - rs[disc]!) / CELL)), Math.min(this.columns - 1, Math.floor((xs[disc]! + rs[disc]!) / CELL)),
      Math.max(0, Math.floor((ys[disc]! - rs[disc]!) / CELL)), Math.min(this.rows - 1, Math.floor((ys[disc]! + rs[disc]!) / CELL)),
    ] as const;
    for (let disc = 0; disc < count; disc++) {
      const [c0, c1, r0, r1] = span(disc);
      for (let row = r0; row <= r1; row++) for (let column = c0; column <= c1; column++) { const cell = row * this.columns + column + 1; start[cell] = start[cell]! + 1; }
    }
    for (let cell = 0; cell < cells; cell++) start[cell + 1] = start[cell + 1]! + start[cell]!;
    const items = new Int32Array(start[cells]!);
    const fill = start.slice(0, cells);
    for (let disc = 0; disc < count; disc++) {
      const [c0, c1, r0, r1] = span(disc);
      for (let row = r0; row <= r1; row++) for (let column = c0; column <= c1; column++) { const cell = row * this.columns + column; items[fill[cell]!] = disc; fill[cell] = fill[cell]! + 1; }
    }
    this.cellStart = start;
    this.cellItems = items;
  }
}
