/**
 * The force layout, as a pure module: the worker runs it, and unit tests run it directly
 * with `simulation.stop().tick(n)`. Initial positions are a phyllotaxis spiral (no
 * randomness), and d3-force's own jiggle uses a fixed-seed generator, so the same input
 * always gives the same layout.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

export interface LayoutInput {
  /** Node radius in layout units; also sets how many nodes there are. */
  radii: Float32Array;
  /** Pairs of node indices: [source0, target0, source1, target1, ...]. */
  links: Uint32Array;
  /** Strength multiplier per link, 0..1 (stronger links pull closer). */
  linkWeights: Float32Array;
  /** Place of each node on the starting spiral (0 = centre); defaults to its index. */
  spiralSlot?: Uint32Array;
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
  const nodes: LayoutNode[] = Array.from({ length: count }, (_, index) => ({
    index, radius: input.radii[index]!,
    x: start[(input.spiralSlot?.[index] ?? index) * 2]!, y: start[(input.spiralSlot?.[index] ?? index) * 2 + 1]!,
  }));
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
