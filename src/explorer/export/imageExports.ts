/**
 * SVG and PNG of the network as it is on screen. The SVG comes from renderSvg with the
 * canvas's own positions, pan/zoom, colours and radii; the PNG is that SVG drawn on an
 * offscreen canvas of width×scale by height×scale pixels, then canvas.toBlob.
 */
import type { GraphModel } from '../store/types.ts';
import type { ViewSnapshot } from './currentView.ts';

export type ImageScale = 1 | 2;

/** Without the canvas's own label list (no frame drawn yet), the most mentioned actors are labelled. */
const LABELLED_ACTORS = 40;

export async function svgOfView(model: GraphModel, view: ViewSnapshot, scale: ImageScale): Promise<string> {
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
  return renderSvg({
    graph: model.graph,
    positions: view.positions,
    visibleNodeIds: view.visibleNodeIds,
    colours: view.colours,
    radii: view.radii,
    labelledNodeIds: labelled,
    width: view.width,
    height: view.height,
    transform: view.transform,
    scale,
    background: '#ffffff',
    title: 'Silkmap network',
  });
}

export async function pngOfView(model: GraphModel, view: ViewSnapshot, scale: ImageScale): Promise<Blob> {
  const svg = await svgOfView(model, view, scale);
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
