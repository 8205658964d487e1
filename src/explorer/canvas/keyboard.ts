/**
 * Keyboard movement on the network canvas, as a pure function so that it can be tested
 * without a canvas. The layout is drawn with one uniform scale and a translation, so
 * directions and distance ranks in layout units are the same as on screen (y grows downwards).
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Unit vector of each direction in screen axes (y down). */
const AXES: Record<Direction, readonly [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** Half of the 90° cone: an actor more than 45° off the axis is not "that way". */
const HALF_CONE = Math.PI / 4;
/** Each radian off the axis costs twice the distance: a near actor slightly off-axis beats a far one on it. */
const ANGLE_PENALTY = 2;

/** The arrow key for a `KeyboardEvent.key`, or null for any other key. */
export function arrowDirection(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft': return 'left';
    case 'ArrowRight': return 'right';
    case 'ArrowUp': return 'up';
    case 'ArrowDown': return 'down';
    default: return null;
  }
}

/**
 * The visible node to move to from `current` in `direction`, or -1 when no visible node lies
 * that way. `positions` is [x0, y0, x1, y1, …] by node index; `visibleNodes` lists the
 * candidates (their order breaks ties, so the more mentioned actor wins when it comes first).
 * Score = distance × (1 + 2 × angle off the axis in radians), within a 90° cone.
 */
export function nextNodeInDirection(positions: Float32Array, visibleNodes: ArrayLike<number>, current: number, direction: Direction): number {
  const fromX = positions[current * 2];
  const fromY = positions[current * 2 + 1];
  if (fromX === undefined || fromY === undefined) return -1;
  const [axisX, axisY] = AXES[direction];
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < visibleNodes.length; i++) {
    const node = visibleNodes[i]!;
    if (node === current) continue;
    const x = positions[node * 2];
    const y = positions[node * 2 + 1];
    if (x === undefined || y === undefined) continue;
    const dx = x - fromX;
    const dy = y - fromY;
    const along = dx * axisX + dy * axisY;
    // Nodes at the same spot (or behind) are in no direction: moving there would trap the cursor.
    if (!(along > 0)) continue;
    const across = Math.abs(dx * axisY - dy * axisX);
    const angle = Math.atan2(across, along);
    if (angle > HALF_CONE) continue;
    const score = Math.hypot(dx, dy) * (1 + ANGLE_PENALTY * angle);
    if (score < bestScore) { bestScore = score; best = node; }
  }
  return best;
}
