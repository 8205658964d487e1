import { useEffect, useRef, useState } from 'react';
import type { GraphModel } from '../store/types.ts';
import { OVERVIEW_ACTORS } from '../store/overview.ts';
import { nodeRadii } from '../canvas/scales.ts';
import { phyllotaxis, RESEED_ALPHA, seedPositions, type LayoutInput, type PreviousLayout } from './forces.ts';
import { webWorkerPort } from '../../workers/web.ts';
import type { LayoutPort, ToWorker } from './protocol.ts';
import { takeLayoutSeed, type LayoutSeed } from './seed.ts';
/**
 * Alpha at which a layout seeded from the first picture starts when that picture's layout came to
 * rest: the same forces on the same actors, so only a last adjustment is left (a few hundred ms
 * for 300 actors), not a new layout.
 */
export const SEEDED_ALPHA = 0.02;

/**
 * The page's side of the layout: the latest positions (in layout units, one pair per actor of
 * the graph), whether the layout has settled, and the pin/unpin commands. Positions change many
 * times a second, so they are not React state: the canvas subscribes and redraws.
 *
 * A scoped handle (a big graph) lays out only what the network shows (`follow`: the overview, or
 * what the filters and Focus leave), with the shown links as springs; a new set restarts the
 * worker from the current positions, actors new to the layout starting at the centre of their
 * placed neighbours. 300 actors converge in a second or two, where all 14,000 of a real corpus
 * never left their starting rings.
 */
export class LayoutHandle {
  positions: Float32Array;
  version = 0;
  settled = false;
  readonly radii: Float32Array;
  /** Indices of nodes pinned by dragging (carried over when the model is replaced). */
  readonly pinned = new Set<number>();
  private readonly listeners = new Set<() => void>();
  /** Scoped: the nodes and links laid out now (graph indices), and each node's place among them (-1: not laid out). */
  private active: Uint32Array | null = null;
  private activeEdges: Uint32Array | null = null;
  private slot: Int32Array;
  /** Nodes that have had a place in a layout (the others still sit on the starting spiral). */
  private readonly placed: Uint8Array;
  /** Which start the worker's messages answer: messages of a replaced simulation are dropped. */
  private generation = 0;
  /** The first picture's alpha, when its positions were taken (seed); else null. */
  private seededAlpha: number | null = null;

  constructor(readonly input: LayoutInput, private readonly worker: LayoutPort | null, readonly scoped = false) {
    this.radii = input.radii;
    const count = input.radii.length;
    this.slot = new Int32Array(count).fill(-1);
    this.placed = new Uint8Array(count);
    input.pinned?.forEach((flag, index) => { if (flag) this.pinned.add(index); });
    if (input.initialPositions && input.initialPositions.length === count * 2) {
      this.positions = new Float32Array(input.initialPositions);
    } else {
      const spiral = phyllotaxis(count, 12);
      this.positions = new Float32Array(count * 2);
      for (let i = 0; i < count; i++) {
        const slot = input.spiralSlot?.[i] ?? i;
        this.positions[i * 2] = spiral[slot * 2]!;
        this.positions[i * 2 + 1] = spiral[slot * 2 + 1]!;
      }
    }
    if (worker) {
      worker.listen((reply) => {
        if (reply.type === 'failed') this.failed(reply.reason);
        else if (reply.generation === this.generation) this.receive(reply.positions, reply.settled);
      });
      if (!scoped) { this.slot.forEach((_, index) => { this.slot[index] = index; }); this.send({ type: 'start', input, generation: this.generation }); }
    } else {
      // No worker (jsdom): keep the deterministic starting spiral.
      this.settled = true;
    }
  }

  private send(message: ToWorker): void { this.worker?.post(message); }

  /** The worker failed: the actors stay where they are, and the layout counts as settled. */
  private failed(reason: string): void {
    console.warn(`Layout stopped: ${reason}`);
    this.settled = true;
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private receive(positions: Float32Array, settled: boolean): void {
    if (this.active) {
      // A new array each time: the canvas may still hold the last one as what it drew.
      const full = new Float32Array(this.positions);
      const active = this.active;
      for (let i = 0; i < active.length; i++) {
        full[active[i]! * 2] = positions[i * 2]!;
        full[active[i]! * 2 + 1] = positions[i * 2 + 1]!;
      }
      this.positions = full;
    } else {
      this.positions = positions;
    }
    this.settled = settled;
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /**
   * Scoped handles: starts from the positions of the first picture (seed.ts) instead of the
   * spiral; its actors count as laid out, so the first `follow` only finishes that layout.
   */
  seed(seed: LayoutSeed): void {
    if (!this.scoped) return;
    seed.nodes.forEach((node, index) => {
      this.positions[node * 2] = seed.positions[index * 2]!;
      this.positions[node * 2 + 1] = seed.positions[index * 2 + 1]!;
      this.placed[node] = 1;
    });
    this.seededAlpha = seed.alpha;
  }

  /**
   * Scoped handles: lays out `nodes` with `edges` (graph indices) as springs, unless that is what
   * runs already. Others ignore it (they lay out the whole graph).
   */
  follow(nodes: Uint32Array, edges: Uint32Array): void {
    if (!this.scoped || !this.worker) return;
    if (this.active && sameValues(this.active, nodes) && sameValues(this.activeEdges!, edges)) return;
    const positions = new Float32Array(this.positions);
    const joining = placeNewcomers(positions, this.placed, nodes, edges, this.input.links);
    // A first layout from a seeded picture finishes it; else a first layout, or one mostly of newcomers, starts hot.
    const seeded = this.active === null && this.seededAlpha !== null && joining * 10 <= nodes.length;
    const alpha = seeded ? Math.min(1, Math.max(this.seededAlpha!, SEEDED_ALPHA)) : this.active === null || joining * 2 > nodes.length ? 1 : RESEED_ALPHA;
    for (const node of this.active ?? []) this.slot[node] = -1;
    nodes.forEach((node, index) => { this.slot[node] = index; this.placed[node] = 1; });
    this.active = Uint32Array.from(nodes);
    this.activeEdges = Uint32Array.from(edges);
    this.positions = positions;
    this.settled = false;
    this.generation++;
    this.send({ type: 'start', input: subInput(this.input, this.active, this.activeEdges, this.slot, positions, this.pinned, alpha), generation: this.generation });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Pins a node where it is dropped; it stays there until released. */
  pin(node: number, x: number, y: number): void {
    this.positions[node * 2] = x;
    this.positions[node * 2 + 1] = y;
    this.settled = false;
    this.pinned.add(node);
    const slot = this.slot[node]!;
    if (slot >= 0) this.send({ type: 'pin', node: slot, x, y });
  }

  /**
   * Runs the layout again on new inputs for the same nodes (see hidden-actors.ts: hubs leaving
   * or rejoining it). The canvas keeps this handle and follows the new positions as they come.
   */
  restart(input: LayoutInput): void {
    // A scoped handle already lays out only what is shown, hidden hubs left out (see follow).
    if (!this.worker || this.scoped) return;
    this.settled = false;
    this.generation++;
    this.send({ type: 'start', input, generation: this.generation });
  }

  dragEnd(): void { this.send({ type: 'dragEnd' }); }
  unpin(node: number): void {
    this.pinned.delete(node);
    const slot = this.slot[node]!;
    if (slot >= 0) this.send({ type: 'unpin', node: slot });
  }
  dispose(): void { this.worker?.listen(null); void this.worker?.terminate(); this.listeners.clear(); }
}

function sameValues(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Puts each node of `nodes` that was never laid out at the centre of its placed neighbours
 * (over `edges`, pairs in `links`), a little off it along a golden-angle spiral so newcomers never
 * coincide; with no placed neighbour it keeps its spiral spot. Returns how many joined.
 */
function placeNewcomers(positions: Float32Array, placed: Uint8Array, nodes: Uint32Array, edges: Uint32Array, links: Uint32Array): number {
  const sumX = new Map<number, number>(), sumY = new Map<number, number>(), count = new Map<number, number>();
  let joining = 0;
  for (const node of nodes) if (!placed[node]) { joining++; count.set(node, 0); sumX.set(node, 0); sumY.set(node, 0); }
  if (joining === 0) return 0;
  for (const edge of edges) {
    const a = links[edge * 2]!, b = links[edge * 2 + 1]!;
    for (const [node, other] of [[a, b], [b, a]] as const) {
      if (!count.has(node) || !placed[other]) continue;
      count.set(node, count.get(node)! + 1);
      sumX.set(node, sumX.get(node)! + positions[other * 2]!);
      sumY.set(node, sumY.get(node)! + positions[other * 2 + 1]!);
    }
  }
  let added = 0;
  for (const [node, neighbours] of count) {
    if (neighbours === 0) continue;
    const angle = added * GOLDEN_ANGLE, offset = 12 + 4 * Math.sqrt(added++);
    positions[node * 2] = sumX.get(node)! / neighbours + offset * Math.cos(angle);
    positions[node * 2 + 1] = sumY.get(node)! / neighbours + offset * Math.sin(angle);
  }
  return joining;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The layout input of the nodes `active` (with `slot` mapping graph index → place) and links `edges`. */
function subInput(input: LayoutInput, active: Uint32Array, edges: Uint32Array, slot: Int32Array, positions: Float32Array, pinned: ReadonlySet<number>, alpha: number): LayoutInput {
  const radii = new Float32Array(active.length);
  const initialPositions = new Float32Array(active.length * 2);
  const pins = new Uint8Array(active.length);
  active.forEach((node, index) => {
    radii[index] = input.radii[node]!;
    initialPositions[index * 2] = positions[node * 2]!;
    initialPositions[index * 2 + 1] = positions[node * 2 + 1]!;
    pins[index] = pinned.has(node) ? 1 : 0;
  });
  const links = new Uint32Array(edges.length * 2);
  const linkWeights = new Float32Array(edges.length);
  edges.forEach((edge, index) => {
    links[index * 2] = slot[input.links[edge * 2]!]!;
    links[index * 2 + 1] = slot[input.links[edge * 2 + 1]!]!;
    linkWeights[index] = input.linkWeights[edge]!;
  });
  return { radii, links, linkWeights, initialPositions, pinned: pins, alpha };
}

export function layoutInputFor(model: GraphModel): LayoutInput {
  const edgeCount = model.graph.edges.length;
  const links = new Uint32Array(edgeCount * 2);
  const linkWeights = new Float32Array(edgeCount);
  let maxWeight = 1;
  for (const edge of model.graph.edges) maxWeight = Math.max(maxWeight, edge.weight);
  model.graph.edges.forEach((edge, index) => {
    links[index * 2] = model.edgeSource[index]!;
    links[index * 2 + 1] = model.edgeTarget[index]!;
    linkWeights[index] = Math.sqrt(edge.weight / maxWeight);
  });
  const spiralSlot = new Uint32Array(model.graph.nodes.length);
  model.nodesByMentions.forEach((node, rank) => { spiralSlot[node] = rank; });
  return { radii: nodeRadii(model), links, linkWeights, spiralSlot };
}

function startWorker(): LayoutPort | null {
  if (typeof Worker === 'undefined') return null;
  return webWorkerPort(new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }), 'the layout worker failed');
}

/**
 * The layout input for a model that replaces one with a layout (a curation change): nodes that
 * still exist keep their positions and pins, new ones start beside their neighbours, and the
 * simulation starts at a low alpha so it only adjusts. A different graph (less than half of
 * its nodes known before) starts from the spiral.
 */
export function continuedLayoutInput(model: GraphModel, previous: PreviousLayout | null): LayoutInput {
  const input = layoutInputFor(model);
  if (!previous) return input;
  const ids = model.graph.nodes.map((node) => node.id);
  const seeded = seedPositions(previous, ids, input.links);
  if (!seeded || seeded.reused * 2 < ids.length) return input;
  return { ...input, initialPositions: seeded.positions, pinned: seeded.pinned, alpha: RESEED_ALPHA };
}

/** One layout per loaded graph, run in a Web Worker; a replaced model continues the last layout. */
export function useLayout(model: GraphModel | null): LayoutHandle | null {
  const [layout, setLayout] = useState<LayoutHandle | null>(null);
  const previous = useRef<PreviousLayout | null>(null);
  useEffect(() => {
    if (!model) return undefined;
    const handle = new LayoutHandle(continuedLayoutInput(model, previous.current), startWorker(), model.graph.nodes.length > OVERVIEW_ACTORS);
    const seed = previous.current ? null : takeLayoutSeed(model);
    if (seed) handle.seed(seed);
    setLayout(handle);
    const ids = model.graph.nodes.map((node) => node.id);
    return () => {
      previous.current = { ids, positions: new Float32Array(handle.positions), pinned: new Set(handle.pinned) };
      handle.dispose();
      setLayout(null);
    };
  }, [model]);
  return layout;
}
