import { describe, expect, it } from 'vitest';
import { createLayoutSimulation, layoutSettings, phyllotaxis, writePositions } from '../../src/explorer/simulation/forces.ts';
import { layoutInputFor } from '../../src/explorer/simulation/use-layout.ts';
import { buildGraphModel } from '../../src/explorer/store/index.ts';
import { smallGraph } from './helpers.ts';

function run(ticks: number): Float32Array {
  const { simulation, nodes } = createLayoutSimulation(layoutInputFor(buildGraphModel(smallGraph())));
  simulation.stop().tick(ticks);
  return writePositions(nodes, new Float32Array(nodes.length * 2));
}

describe('force layout', () => {
  it('is deterministic: same graph, same ticks, same positions', () => {
    expect(Array.from(run(120))).toEqual(Array.from(run(120)));
  });

  it('moves nodes from the starting spiral and keeps them finite', () => {
    const after = run(200);
    expect(after.every(Number.isFinite)).toBe(true);
    expect(Array.from(after)).not.toEqual(Array.from(run(0)));
  });

  it('pulls linked actors closer than unlinked ones on average', () => {
    const model = buildGraphModel(smallGraph());
    const { simulation, nodes } = createLayoutSimulation(layoutInputFor(model));
    simulation.stop().tick(300);
    const distance = (a: number, b: number) => Math.hypot(nodes[a]!.x! - nodes[b]!.x!, nodes[a]!.y! - nodes[b]!.y!);
    const linked = new Set(model.graph.edges.map((_, e) => `${model.edgeSource[e]}-${model.edgeTarget[e]}`));
    let linkedSum = 0, linkedCount = 0, otherSum = 0, otherCount = 0;
    for (let a = 0; a < nodes.length; a++) {
      for (let b = a + 1; b < nodes.length; b++) {
        if (linked.has(`${a}-${b}`) || linked.has(`${b}-${a}`)) { linkedSum += distance(a, b); linkedCount++; }
        else { otherSum += distance(a, b); otherCount++; }
      }
    }
    expect(linkedSum / linkedCount).toBeLessThan(otherSum / otherCount);
  });

  it('keeps a pinned node where it was put', () => {
    const { simulation, nodes } = createLayoutSimulation(layoutInputFor(buildGraphModel(smallGraph())));
    nodes[3]!.fx = 500;
    nodes[3]!.fy = -200;
    simulation.stop().tick(50);
    expect([nodes[3]!.x, nodes[3]!.y]).toEqual([500, -200]);
  });

  it('starts from a phyllotaxis spiral and coarsens settings for big graphs', () => {
    const spiral = phyllotaxis(3, 10);
    expect(Math.hypot(spiral[0]!, spiral[1]!)).toBeCloseTo(10 * Math.sqrt(0.5), 5);
    expect(layoutSettings(10_000, 50_000).theta).toBeGreaterThan(layoutSettings(50, 100).theta);
    expect(layoutSettings(10_000, 50_000).alphaDecay).toBeGreaterThan(layoutSettings(50, 100).alphaDecay);
  });
});
