import { describe, expect, it } from 'vitest';
import { createLayoutSimulation, RESEED_ALPHA, seedPositions, writePositions } from '../../src/explorer/simulation/forces.ts';
import { continuedLayoutInput, layoutInputFor } from '../../src/explorer/simulation/use-layout.ts';
import { buildGraphModel } from '../../src/explorer/store/index.ts';
import { smallGraph } from './helpers.ts';

describe('seeding a replaced layout', () => {
  const previous = {
    ids: ['a', 'b', 'c'],
    positions: new Float32Array([0, 0, 100, 0, 0, 100]),
    pinned: new Set([2]),
  };

  it('keeps positions and pins of nodes that still exist, by id', () => {
    const seeded = seedPositions(previous, ['c', 'a'], new Uint32Array());
    expect(seeded).not.toBeNull();
    expect(Array.from(seeded!.positions)).toEqual([0, 100, 0, 0]);
    expect(Array.from(seeded!.pinned)).toEqual([1, 0]);
    expect(seeded!.reused).toBe(2);
  });

  it('puts a new node near the centroid of its known neighbours', () => {
    // 'd' (index 3) is linked to a and b.
    const seeded = seedPositions(previous, ['a', 'b', 'c', 'd'], new Uint32Array([3, 0, 1, 3]))!;
    const x = seeded.positions[6]!, y = seeded.positions[7]!;
    expect(Math.hypot(x - 50, y - 0)).toBeLessThan(30);
    expect(Math.hypot(x - 50, y - 0)).toBeGreaterThan(0);
  });

  it('puts an unlinked new node near the centroid of the kept nodes, and new nodes apart', () => {
    const seeded = seedPositions(previous, ['a', 'x', 'y'], new Uint32Array())!;
    const [, , x1, y1, x2, y2] = Array.from(seeded.positions);
    expect(Math.hypot(x1!, y1!)).toBeLessThan(40);
    expect(Math.hypot(x1! - x2!, y1! - y2!)).toBeGreaterThan(1);
  });

  it('is deterministic and returns null when nothing carries over', () => {
    const ids = ['a', 'new1', 'b', 'new2'];
    const links = new Uint32Array([1, 0, 3, 2]);
    expect(Array.from(seedPositions(previous, ids, links)!.positions)).toEqual(Array.from(seedPositions(previous, ids, links)!.positions));
    expect(seedPositions(previous, ['p', 'q'], new Uint32Array())).toBeNull();
  });

  it('continues a layout at low alpha with pins, and a different graph starts from the spiral', () => {
    const model = buildGraphModel(smallGraph());
    const first = createLayoutSimulation(layoutInputFor(model));
    first.simulation.stop().tick(300);
    const ids = model.graph.nodes.map((node) => node.id);
    const positions = writePositions(first.nodes, new Float32Array(ids.length * 2));
    const input = continuedLayoutInput(model, { ids, positions, pinned: new Set([0]) });
    expect(input.alpha).toBe(RESEED_ALPHA);
    const { simulation, nodes } = createLayoutSimulation(input);
    expect(simulation.alpha()).toBe(RESEED_ALPHA);
    expect(nodes[0]!.fx).toBe(positions[0]);
    simulation.tick(50);
    const after = writePositions(nodes, new Float32Array(ids.length * 2));
    let moved = 0;
    for (let i = 0; i < ids.length; i++) moved = Math.max(moved, Math.hypot(after[i * 2]! - positions[i * 2]!, after[i * 2 + 1]! - positions[i * 2 + 1]!));
    expect(moved).toBeLessThan(40);

    const other = continuedLayoutInput(model, { ids: ids.map((id) => `other-${id}`), positions });
    expect(other.initialPositions).toBeUndefined();
    expect(other.alpha).toBeUndefined();
  });
});
