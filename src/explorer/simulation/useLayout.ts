import { useEffect, useRef, useState } from 'react';
import type { GraphModel } from '../store/types.ts';
import { nodeRadii } from '../canvas/scales.ts';
import { phyllotaxis, RESEED_ALPHA, seedPositions, type LayoutInput, type PreviousLayout } from './forces.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/**
 * The page's side of the layout: the latest positions (in layout units), whether the layout
 * has settled, and the pin/unpin commands. Positions change many times a second, so they are
 * not React state: the canvas subscribes and redraws.
 */
export class LayoutHandle {
  positions: Float32Array;
  version = 0;
  settled = false;
  readonly radii: Float32Array;
  /** Indices of nodes pinned by dragging (carried over when the model is replaced). */
  readonly pinned = new Set<number>();
  private readonly listeners = new Set<() => void>();

  constructor(readonly input: LayoutInput, private readonly worker: Worker | null) {
    this.radii = input.radii;
    input.pinned?.forEach((flag, index) => { if (flag) this.pinned.add(index); });
    if (input.initialPositions && input.initialPositions.length === input.radii.length * 2) {
      this.positions = new Float32Array(input.initialPositions);
    } else {
      const spiral = phyllotaxis(input.radii.length, 12);
      this.positions = new Float32Array(input.radii.length * 2);
      for (let i = 0; i < input.radii.length; i++) {
        const slot = input.spiralSlot?.[i] ?? i;
        this.positions[i * 2] = spiral[slot * 2]!;
        this.positions[i * 2 + 1] = spiral[slot * 2 + 1]!;
      }
    }
    if (worker) {
      worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data.positions, event.data.settled);
      this.send({ type: 'start', input });
    } else {
      // No worker (jsdom): keep the deterministic starting spiral.
      this.settled = true;
    }
  }

  private send(message: ToWorker): void { this.worker?.postMessage(message); }

  private receive(positions: Float32Array, settled: boolean): void {
    this.positions = positions;
    this.settled = settled;
    this.version++;
    for (const listener of this.listeners) listener();
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
    this.send({ type: 'pin', node, x, y });
  }

  /**
   * Runs the layout again on new inputs for the same nodes (see hiddenActors.ts: hubs leaving
   * or rejoining it). The canvas keeps this handle and follows the new positions as they come.
   */
  restart(input: LayoutInput): void {
    if (!this.worker) return;
    this.settled = false;
    this.send({ type: 'start', input });
  }

  dragEnd(): void { this.send({ type: 'dragEnd' }); }
  unpin(node: number): void { this.pinned.delete(node); this.send({ type: 'unpin', node }); }
  dispose(): void { this.worker?.terminate(); this.listeners.clear(); }
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

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
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
    const handle = new LayoutHandle(continuedLayoutInput(model, previous.current), startWorker());
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
