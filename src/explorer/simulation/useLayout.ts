import { useEffect, useState } from 'react';
import type { GraphModel } from '../store/types.ts';
import { nodeRadii } from '../canvas/scales.ts';
import { phyllotaxis, type LayoutInput } from './forces.ts';
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
  private readonly listeners = new Set<() => void>();

  constructor(readonly input: LayoutInput, private readonly worker: Worker | null) {
    this.radii = input.radii;
    const spiral = phyllotaxis(input.radii.length, 12);
    this.positions = new Float32Array(input.radii.length * 2);
    for (let i = 0; i < input.radii.length; i++) {
      const slot = input.spiralSlot?.[i] ?? i;
      this.positions[i * 2] = spiral[slot * 2]!;
      this.positions[i * 2 + 1] = spiral[slot * 2 + 1]!;
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
    this.send({ type: 'pin', node, x, y });
  }

  dragEnd(): void { this.send({ type: 'dragEnd' }); }
  unpin(node: number): void { this.send({ type: 'unpin', node }); }
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

/** One layout per loaded graph, run in a Web Worker. */
export function useLayout(model: GraphModel | null): LayoutHandle | null {
  const [layout, setLayout] = useState<LayoutHandle | null>(null);
  useEffect(() => {
    if (!model) return undefined;
    const handle = new LayoutHandle(layoutInputFor(model), startWorker());
    setLayout(handle);
    return () => { handle.dispose(); setLayout(null); };
  }, [model]);
  return layout;
}
