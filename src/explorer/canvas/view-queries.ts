/**
 * Questions about the picture on screen, asked by the exporters (the view snapshot) and by the
 * browser tests and benchmarks (where each drawn actor and label is, in client pixels). Read
 * only: nothing here changes what is drawn.
 */
import type { GraphModel } from '../store/types.ts';
import type { Position } from '../../export/types.ts';
import type { ViewSnapshot } from '../export/current-view.ts';
import { LABEL_MIDDLE, type NetworkRenderer } from './renderer.ts';
import type { ShownPlans } from './shown-plans.ts';
import type { ViewportControl } from './viewport.ts';

export interface DrawnPicture {
  canvas: HTMLCanvasElement;
  model: GraphModel;
  viewport: ViewportControl;
  renderer: NetworkRenderer;
  plans: ShownPlans;
  /** The layout's latest positions (the exports take these). */
  layoutPositions: Float32Array;
  /** The positions the base on screen was drawn at (a click lands on these). */
  drawnPositions: Float32Array;
}

/** Where a node is drawn, in client pixels. */
export function screenPosition(picture: DrawnPicture, node: number): { x: number; y: number } {
  return picture.viewport.toClient(picture.drawnPositions[node * 2]!, picture.drawnPositions[node * 2 + 1]!);
}

/** The view as the exporters need it (see export/current-view.ts). */
export function viewSnapshot({ model, viewport, renderer, plans, layoutPositions }: DrawnPicture): ViewSnapshot {
  const nodes = model.graph.nodes;
  const { view } = viewport;
  const positions = new Map<string, { x: number; y: number }>();
  const radii = new Map<string, number>();
  const colours = new Map<string, string>();
  nodes.forEach((node, index) => {
    positions.set(node.id, { x: layoutPositions[index * 2]!, y: layoutPositions[index * 2 + 1]! });
    radii.set(node.id, plans.radii[index]! * view.k);
    colours.set(node.id, plans.colours[index]!);
  });
  const visibleNodeIds = new Set(Array.from(plans.visibility.visibleNodes, (index) => nodes[index]!.id));
  const labelPositions = new Map<string, Position>();
  for (const [index, spot] of renderer.labelPlacements()) labelPositions.set(nodes[index]!.id, { x: spot.left, y: spot.top + LABEL_MIDDLE });
  const labelledNodeIds = new Set(labelPositions.keys());
  return { width: view.width, height: view.height, transform: { x: view.x, y: view.y, k: view.k }, positions, radii, colours, visibleNodeIds, labelledNodeIds, labelPositions };
}

/** Every actor the base layer draws whose centre is on the canvas: id, centre and radius in client pixels (tests click them all). */
export function drawnNodes(picture: DrawnPicture): { id: string; x: number; y: number; r: number }[] {
  const rect = picture.canvas.getBoundingClientRect();
  const drawn: { id: string; x: number; y: number; r: number }[] = [];
  for (const group of picture.plans.basePlan.nodeGroups) {
    for (const node of group.nodes) {
      const { x, y } = screenPosition(picture, node);
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) drawn.push({ id: picture.model.graph.nodes[node]!.id, x, y, r: picture.plans.radii[node]! * picture.viewport.view.k });
    }
  }
  return drawn;
}

/** Every drawn label's box in client pixels, top-most last (tests click them). */
export function labelBoxes({ model, viewport, renderer }: DrawnPicture): { id: string; x: number; y: number; width: number; height: number }[] {
  const [left, top] = viewport.toCanvas(0, 0);
  return renderer.labelBoxes(viewport.view).map((box) => ({ id: model.graph.nodes[box.node]!.id, x: box.left - left, y: box.top - top, width: box.width, height: box.height }));
}
