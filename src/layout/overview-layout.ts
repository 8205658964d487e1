/**
 * Lays out a big graph's overview (graph-format/overview.ts) with the explorer's own simulation
 * and inputs: the actors start on the spiral the explorer would start them on (most mentioned in
 * the centre) and the same forces run, so the explorer's layout takes these positions over and
 * has next to nothing left to do. The extractor runs it to rest and stores the result in the
 * file; the explorer's loader worker runs it, time-bounded, for files without one.
 */
import { createLayoutSimulation, phyllotaxis } from './forces.ts';
import { radiusFor } from './radius.ts';

/** Spacing of the explorer's starting spiral (explorer/simulation/use-layout.ts). */
const SPIRAL_SPACING = 12;

export interface OverviewLayoutInput {
  /** Radius per actor (radius.ts), most mentioned first. */
  radii: Float32Array;
  /** Links as pairs of indices into the actors, in the graph's link order. */
  links: Uint32Array;
  /** sqrt(weight / heaviest link of the whole graph) per link (the explorer's spring weights). */
  linkWeights: Float32Array;
}

/**
 * Runs the layout until it comes to rest or `budgetMs` is spent; returns the positions
 * [x0, y0, …] and the alpha it stopped at (below the simulation's alphaMin when at rest).
 */
export function layOutOverview(input: OverviewLayoutInput, budgetMs = Infinity): { positions: Float32Array; alpha: number } {
  const count = input.radii.length;
  const { simulation, nodes } = createLayoutSimulation({ ...input, initialPositions: phyllotaxis(count, SPIRAL_SPACING) });
  const started = performance.now();
  while (simulation.alpha() >= simulation.alphaMin() && performance.now() - started < budgetMs) simulation.tick();
  const positions = new Float32Array(count * 2);
  nodes.forEach((node, index) => { positions[index * 2] = node.x ?? 0; positions[index * 2 + 1] = node.y ?? 0; });
  return { positions, alpha: simulation.alpha() };
}

/** The extractor's layout of the overview it stores (graph-format/overview.ts): run to rest, so the same graph gives the same file. */
export function layOutStoredOverview(actors: { mentionCount: number }[], links: Uint32Array, linkWeights: Float32Array, totalActors: number, maxMentions: number): Float32Array {
  const radii = Float32Array.from(actors, (actor) => radiusFor(totalActors, actor.mentionCount, maxMentions));
  return layOutOverview({ radii, links, linkWeights }).positions;
}
