/**
 * SVG and PNG of the network as it is on screen. The SVG comes from renderSvg with the
 * canvas's own positions, pan/zoom, colours and radii; the PNG is that SVG drawn on an
 * offscreen canvas of width×scale by height×scale pixels, then canvas.toBlob.
 */
import type { SvgFocus } from '../../export/index.ts';
import { selectionNodes } from '../store/visibility.ts';
import type { GraphModel, Selection } from '../store/types.ts';
import type { ViewSnapshot } from './current-view.ts';
import { otherEnd } from '../store/model.ts';

export type ImageScale = 1 | 2;

/** Without the canvas's own label list (no frame drawn yet), the most mentioned actors are labelled. */
const LABELLED_ACTORS = 40;

/** What the canvas shows at full strength for `selection`: the selected actors, their visible neighbours and the links between. */
export function focusOfSelection(model: GraphModel, selection: Selection, visibleNodeIds: ReadonlySet<string>): SvgFocus | undefined {
  const id = (node: number) => model.graph.nodes[node]!.id;
  const selected = selectionNodes(model, selection).filter((node) => visibleNodeIds.has(id(node)));
  if (!selection || selected.length === 0) return undefined;
  const focus = { nodeIds: new Set(selected.map(id)), edgeIds: new Set<string>(), selectedNodeIds: new Set(selected.map(id)) };
  if (selection.kind === 'edge') {
    focus.edgeIds.add(selection.id);
    return focus;
  }
  for (const node of selected) {
    for (const edge of model.incidentEdges[node]!) {
      const other = otherEnd(model, edge, node);
      if (!visibleNodeIds.has(id(other))) continue;
      focus.nodeIds.add(id(other));
      focus.edgeIds.add(model.graph.edges[edge]!.id);
    }
  }
  return focus;
}

/** `selection`: drawn as on screen, everything else faded. */
export async function svgOfView(model: GraphModel, view: ViewSnapshot, scale: ImageScale, selection: Selection = null): Promise<string> {
  const { renderSvg } = await import('../../export/index.ts');
  const labelled = view.labelledNodeIds ?? new Set<string>();
  if (!view.labelledNodeIds) {
    for (const index of model.nodesByMentions) {
      const id = model.graph.nodes[index]!.id;
      if (!view.visibleNodeIds.has(id)) continue;
      labelled.add(id);
      if (labelled.size >= LABELLED_ACTORS) break;
    }
  }
  const focus = focusOfSelection(model, selection, view.visibleNodeIds);
  return renderSvg({
    ...(focus ? { focus } : {}),
    graph: model.graph,
    positions: view.positions,
    visibleNodeIds: view.visibleNodeIds,
    colours: view.colours,
    radii: view.radii,
    labelledNodeIds: labelled,
    ...(view.labelPositions ? { labelPositions: view.labelPositions } : {}),
    width: view.width,
    height: view.height,
    transform: view.transform,
    scale,
    background: '#ffffff',
    title: 'Silkmap network',
  });
}

export async function pngOfView(model: GraphModel, view: ViewSnapshot, scale: ImageScale, selection: Selection = null): Promise<Blob> {
  const svg = await svgOfView(model, view, scale, selection);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(view.width * scale));
    canvas.height = Math.max(1, Math.round(view.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
