/// <reference lib="webworker" />
/**
 * Runs the force layout off the main thread. Ticks in slices of about a frame, then
 * posts positions as a transferred Float32Array so the page never copies or waits.
 */
import { failure, serve } from '../../workers/messages.ts';
import { webWorkerScope } from '../../workers/web.ts';
import { createLayoutSimulation, writePositions, type LayoutNode, type LayoutSimulation } from './forces.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const SLICE_MS = 14;
const scope = webWorkerScope<FromWorker>(self as unknown as DedicatedWorkerGlobalScope);

let simulation: LayoutSimulation | null = null;
let nodes: LayoutNode[] = [];
let running = false;
/** The next slice's timer: a new start cancels it, so one simulation never runs on two chains. */
let timer: ReturnType<typeof setTimeout> | undefined;
/** The start this simulation answers (the page drops messages of replaced ones). */
let generation = 0;

function post(settled: boolean): void {
  const positions = writePositions(nodes, new Float32Array(nodes.length * 2));
  scope.post({ type: 'positions', positions, settled, generation }, [positions.buffer]);
}

/** Ticks run from timers, outside `serve`: a throw there is posted as the failure here. */
function step(): void {
  if (!simulation) return;
  try {
    const started = performance.now();
    do simulation.tick(); while (performance.now() - started < SLICE_MS && simulation.alpha() >= simulation.alphaMin());
    const settled = simulation.alpha() < simulation.alphaMin();
    post(settled);
    if (settled) running = false;
    else timer = setTimeout(step, 0);
  } catch (error) {
    running = false;
    scope.post(failure(error));
  }
}

function wake(alpha: number): void {
  if (!simulation) return;
  if (simulation.alpha() < alpha) simulation.alpha(alpha);
  if (!running) { running = true; timer = setTimeout(step, 0); }
}

serve<ToWorker, FromWorker>(scope, (message) => {
  switch (message.type) {
    case 'start': {
      clearTimeout(timer);
      ({ simulation, nodes } = createLayoutSimulation(message.input));
      generation = message.generation;
      running = false;
      post(false);
      wake(message.input.alpha ?? 1);
      break;
    }
    case 'pin': {
      const node = nodes[message.node];
      if (!node || !simulation) return;
      node.fx = message.x;
      node.fy = message.y;
      simulation.alphaTarget(0.1);
      wake(0.1);
      break;
    }
    case 'dragEnd':
      simulation?.alphaTarget(0);
      break;
    case 'unpin': {
      const node = nodes[message.node];
      if (!node) return;
      node.fx = null;
      node.fy = null;
      wake(0.15);
      break;
    }
  }
});
