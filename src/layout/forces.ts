/**
 * The force layout, as a pure module: the worker runs it, and unit tests run it directly
 * with `simulation.stop().tick(n)`. Initial positions are a phyllotaxis spiral (no
 * randomness), and d3-force's own jiggle uses a fixed-seed generator, so the same input
 * always gives the same layout.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { placedNeighbours } from './placed-neighbours.ts';

export interface LayoutInput {
  /** Node radius in layout units; also sets how many nodes there are. */
  radii: Float32Array;
  /** Pairs of node indices: [source0, target0, source1, target1, ...]. */
  links: Uint32Array;
  /** Strength multiplier per link, 0..1 (stronger links pull closer). */
  linkWeights: Float32Array;
  /** Place of each node on the starting spiral (0 = centre); defaults to its index. */
  spiralSlot?: Uint32Array;
  /** Starting positions [x0, y0, ...] (carried over from the previous layout); overrides the spiral. */
  initialPositions?: Float32Array;
  /** 1 = node starts pinned at its initial position. */
  pinned?: Uint8Array;
  /** Starting alpha; defaults to 1. A carried-over layout starts low so it only adjusts. */
  alpha?: number;
}

/** The layout a model had when it was replaced: node ids, positions and pins (by index). */
export interface PreviousLayout {
  ids: readonly string[];
  positions: Float32Array;
  pinned?: ReadonlySet<number>;
}

export interface SeededLayout {
  positions: Float32Array;
  pinned: Uint8Array;
  /** How many of the new nodes kept a previous position. */
  reused: number;
}

/** Alpha for a layout that continues from carried-over positions. */
export const RESEED_ALPHA = 0.3;

/**
 * Starting positions for a new model from the layout of the one it replaces (pure, deterministic).
 * Nodes that still exist (same id) keep their position and pin; a new node goes to the centroid
 * of its neighbours that kept a position, else next to the centroid of all kept nodes, with a
 * small deterministic offset so new nodes never coincide. Returns null when nothing carries over.
 */
export function seedPositions(previous: PreviousLayout, ids: readonly string[], links: Uint32Array): SeededLayout | null {
  const count = ids.length;
  const positions = new Float32Array(count * 2);
  const pinned = new Uint8Array(count);
  const known = new Uint8Array(count);
  const previousIndex = new Map<string, number>();
  previous.ids.forEach((id, index) => previousIndex.set(id, index));
  let reused = 0, sumX = 0, sumY = 0;
  for (let i = 0; i < count; i++) {
    const old = previousIndex.get(ids[i]!);
    if (old === undefined || old * 2 + 1 >= previous.positions.length) continue;
    const x = previous.positions[old * 2]!, y = previous.positions[old * 2 + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    positions[i * 2] = x;
    positions[i * 2 + 1] = y;
    known[i] = 1;
    if (previous.pinned?.has(old)) pinned[i] = 1;
    reused++; sumX += x; sumY += y;
  }
  if (reused === 0) return null;
  const centreX = sumX / reused, centreY = sumY / reused;
  const { sumX: neighbourX, sumY: neighbourY, count: neighbours } = placedNeighbours(positions, known, links, count);
  let added = 0;
  for (let i = 0; i < count; i++) {
    if (known[i]) continue;
    const baseX = neighbours[i] ? neighbourX[i]! / neighbours[i]! : centreX;
    const baseY = neighbours[i] ? neighbourY[i]! / neighbours[i]! : centreY;
    const angle = added * GOLDEN_ANGLE;
    const offset = 15 + 4 * Math.sqrt(added);
    positions[i * 2] = baseX + offset * Math.cos(angle);
    positions[i * 2 + 1] = baseY + offset * Math.sin(angle);
    added++;
  }
  return { positions, pinned, reused };
}

export interface LayoutNode extends SimulationNodeDatum { index: number; radius: number }
interface LayoutLink extends SimulationLinkDatum<LayoutNode> { weight: number }

export type LayoutSimulation = Simulation<LayoutNode, LayoutLink>;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Sunflower spiral: even density, no overlaps, largest nodes (first indices) in the centre. */
export function phyllotaxis(count: number, spacing: number): Float32Array {
  const positions = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    const radius = spacing * Math.sqrt(i + 0.5);
    const angle = i * GOLDEN_ANGLE;
    positions[i * 2] = radius * Math.cos(angle);
    positions[i * 2 + 1] = radius * Math.sin(angle);
  }
  return positions;
}

/** Settings that keep big graphs fast: coarser Barnes–Hut, quicker cooling, bounded repulsion. */
export function layoutSettings(nodeCount: number, linkCount: number) {
  const large = nodeCount > 2000 || linkCount > 10000;
  return {
    theta: large ? 1.2 : 0.9,
    alphaDecay: large ? 0.05 : 0.0228,
    velocityDecay: large ? 0.5 : 0.4,
    chargeStrength: large ? -18 : -60,
    distanceMax: large ? 250 : 600,
    collide: !large,
  };
}

export function createLayoutSimulation(input: LayoutInput): { simulation: LayoutSimulation; nodes: LayoutNode[] } {
  const count = input.radii.length;
  const linkCount = input.links.length / 2;
  const settings = layoutSettings(count, linkCount);
  const start = phyllotaxis(count, 12);
  const seeded = input.initialPositions && input.initialPositions.length === count * 2 ? input.initialPositions : null;
  const nodes: LayoutNode[] = Array.from({ length: count }, (_, index) => {
    const x = seeded ? seeded[index * 2]! : start[(input.spiralSlot?.[index] ?? index) * 2]!;
    const y = seeded ? seeded[index * 2 + 1]! : start[(input.spiralSlot?.[index] ?? index) * 2 + 1]!;
    const node: LayoutNode = { index, radius: input.radii[index]!, x, y };
    if (input.pinned?.[index]) { node.fx = x; node.fy = y; }
    return node;
  });
  const links: LayoutLink[] = Array.from({ length: linkCount }, (_, index) => ({
    source: input.links[index * 2]!, target: input.links[index * 2 + 1]!, weight: input.linkWeights[index] ?? 1,
  }));
  const degree = new Uint32Array(count);
  for (const value of input.links) degree[value]! += 1;

  const simulation = forceSimulation<LayoutNode, LayoutLink>(nodes)
    .alphaDecay(settings.alphaDecay)
    .velocityDecay(settings.velocityDecay)
    .force('link', forceLink<LayoutNode, LayoutLink>(links)
      .distance((link) => 30 + (link.source as LayoutNode).radius + (link.target as LayoutNode).radius)
      .strength((link) => (0.3 + 0.7 * link.weight) / Math.min(degree[(link.source as LayoutNode).index]!, degree[(link.target as LayoutNode).index]!)))
    .force('charge', forceManyBody<LayoutNode>()
      .strength((node) => settings.chargeStrength - node.radius * 4)
      .theta(settings.theta)
      .distanceMax(settings.distanceMax))
    // A pull to the centre keeps disconnected actors from drifting off screen; actors with
    // no links get a stronger one, or they form a sparse ring that shrinks the fitted view.
    .force('x', forceX<LayoutNode>(0).strength((node) => (degree[node.index] ? 0.07 : 0.25)))
    .force('y', forceY<LayoutNode>(0).strength((node) => (degree[node.index] ? 0.07 : 0.25)))
    .stop();
  if (input.alpha !== undefined) simulation.alpha(input.alpha);
  if (settings.collide) simulation.force('collide', forceCollide<LayoutNode>((node) => node.radius + 4).iterations(2));
  return { simulation, nodes };
}

/** Copies node positions into a [x0, y0, x1, y1, ...] buffer. */
export function writePositions(nodes: readonly LayoutNode[], target: Float32Array): Float32Array {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    target[i * 2] = node.x ?? 0;
    target[i * 2 + 1] = node.y ?? 0;
  }
  return target;
}
