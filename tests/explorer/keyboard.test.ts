import { describe, expect, it } from 'vitest';
import { arrowDirection, nextNodeInDirection } from '../../src/explorer/canvas/keyboard.ts';

/** Positions as the layout hands them over: [x0, y0, x1, y1, …], y growing downwards. */
function positions(points: [number, number][]): Float32Array {
  return Float32Array.from(points.flat());
}

// A plus sign around node 0 at the origin, plus a far node 5 straight to the right.
//            1 (0,-10)
//  3 (-10,0) 0 (0,0)  2 (10,0) ........ 5 (40,0)
//            4 (0,10)
const PLUS = positions([[0, 0], [0, -10], [10, 0], [-10, 0], [0, 10], [40, 0]]);
const ALL = Uint32Array.from([0, 1, 2, 3, 4, 5]);

describe('nextNodeInDirection', () => {
  it('picks the neighbour lying in each direction', () => {
    expect(nextNodeInDirection(PLUS, ALL, 0, 'up')).toBe(1);
    expect(nextNodeInDirection(PLUS, ALL, 0, 'right')).toBe(2);
    expect(nextNodeInDirection(PLUS, ALL, 0, 'left')).toBe(3);
    expect(nextNodeInDirection(PLUS, ALL, 0, 'down')).toBe(4);
  });

  it('goes on from a neighbour to the next one that way', () => {
    expect(nextNodeInDirection(PLUS, ALL, 2, 'right')).toBe(5);
    expect(nextNodeInDirection(PLUS, ALL, 5, 'left')).toBe(2);
    expect(nextNodeInDirection(PLUS, ALL, 3, 'right')).toBe(0);
  });

  it('ignores invisible nodes', () => {
    const withoutRight = Uint32Array.from([0, 1, 3, 4, 5]);
    expect(nextNodeInDirection(PLUS, withoutRight, 0, 'right')).toBe(5);
    expect(nextNodeInDirection(PLUS, Uint32Array.from([0, 1, 3, 4]), 0, 'right')).toBe(-1);
  });

  it('returns -1 when nothing lies that way', () => {
    expect(nextNodeInDirection(PLUS, ALL, 5, 'right')).toBe(-1);
    expect(nextNodeInDirection(PLUS, ALL, 1, 'up')).toBe(-1);
    expect(nextNodeInDirection(PLUS, Uint32Array.from([0]), 0, 'down')).toBe(-1);
  });

  it('keeps to a 90° cone: a node more than 45° off the axis is not that way', () => {
    // Node 1 is 60° below the right-hand axis, node 2 exactly 45°.
    const points = positions([[0, 0], [10, 17.32], [10, 10]]);
    expect(nextNodeInDirection(points, Uint32Array.from([0, 1]), 0, 'right')).toBe(-1);
    expect(nextNodeInDirection(points, Uint32Array.from([0, 1]), 0, 'down')).toBe(1);
    expect(nextNodeInDirection(points, Uint32Array.from([0, 2]), 0, 'right')).toBe(2);
  });

  it('prefers a near node slightly off the axis to a far one on it, and a node on the axis at equal distance', () => {
    // Node 1: 10 away, 11° off the axis (score ≈ 13.8); node 2: 30 away on the axis (score 30).
    const near = positions([[0, 0], [9.8, 1.95], [30, 0]]);
    expect(nextNodeInDirection(near, Uint32Array.from([0, 1, 2]), 0, 'right')).toBe(1);
    // Both 20 away; node 1 is 30° off the axis, node 2 on it.
    const equal = positions([[0, 0], [17.32, 10], [20, 0]]);
    expect(nextNodeInDirection(equal, Uint32Array.from([0, 1, 2]), 0, 'right')).toBe(2);
  });

  it('never moves to a node at the same spot (the cursor would be stuck between the two)', () => {
    const stacked = positions([[0, 0], [0, 0], [5, 0]]);
    expect(nextNodeInDirection(stacked, Uint32Array.from([0, 1, 2]), 0, 'right')).toBe(2);
    expect(nextNodeInDirection(stacked, Uint32Array.from([0, 1]), 0, 'right')).toBe(-1);
  });

  it('breaks ties by the order of the visible nodes (most mentioned first)', () => {
    const tie = positions([[0, 0], [10, 0], [10, 0]]);
    expect(nextNodeInDirection(tie, Uint32Array.from([0, 2, 1]), 0, 'right')).toBe(2);
    expect(nextNodeInDirection(tie, Uint32Array.from([0, 1, 2]), 0, 'right')).toBe(1);
  });

  it('returns -1 for a node without a position (layout not arrived yet)', () => {
    expect(nextNodeInDirection(new Float32Array(0), ALL, 0, 'right')).toBe(-1);
  });
});

describe('arrowDirection', () => {
  it('maps the four arrow keys and nothing else', () => {
    expect(arrowDirection('ArrowLeft')).toBe('left');
    expect(arrowDirection('ArrowRight')).toBe('right');
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('ArrowDown')).toBe('down');
    expect(arrowDirection('Enter')).toBeNull();
    expect(arrowDirection('Home')).toBeNull();
  });
});
