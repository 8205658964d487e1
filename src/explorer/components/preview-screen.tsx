import { useEffect, useRef } from 'react';
import { drawPreview, fitPreview, PREVIEW_DRAW_MARK } from '../load/draw-preview.ts';
import type { GraphPreview } from '../load/preview.ts';
import { formatCount } from '../store/numbers.ts';

/**
 * The loading screen of a big graph once its first picture is known (load/preview.ts): the
 * overview's actors and links, drawn while the file is still decoded and checked. It says so,
 * and nothing in it can be clicked: an invalid file still ends on the error screen, and the
 * explorer opens on the same actors in the same places. Loaded lazily (only big graphs show it).
 */
export function PreviewScreen({ preview }: { preview: GraphPreview }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d', { alpha: false });
    if (!canvas || !ctx) return undefined;
    const draw = () => {
      const rect = canvas.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      canvas.width = Math.max(1, Math.round(rect.width * dpr));
      canvas.height = Math.max(1, Math.round(rect.height * dpr));
      const labelled = drawPreview(ctx, preview, fitPreview(preview.positions ?? new Float32Array(), preview.radii, rect.width, rect.height, dpr));
      canvas.dataset.labels = String(labelled.length);
      canvas.dataset.labelled = labelled.map((index) => preview.ids[index]).join('\n');
    };
    const frame = requestAnimationFrame(() => {
      draw();
      if (performance.getEntriesByName(PREVIEW_DRAW_MARK).length === 0) {
        performance.mark(PREVIEW_DRAW_MARK);
        window.dispatchEvent(new Event(PREVIEW_DRAW_MARK));
      }
    });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(draw);
    observer?.observe(canvas);
    return () => { cancelAnimationFrame(frame); observer?.disconnect(); };
  }, [preview]);

  const shown = formatCount(preview.ids.length);
  const total = formatCount(preview.totalActors);
  return (
    <main className="preview-screen" aria-busy="true">
      <p role="status" className="preview-status">
        Loading the graph: {total} actors, {formatCount(preview.totalLinks)} links. Below, its {shown} most mentioned actors and
        their significant links; the explorer opens here once the file is checked.
      </p>
      <canvas ref={canvasRef} className="preview-canvas" role="img" aria-label={`The ${shown} most mentioned actors, drawn while the graph loads`} />
    </main>
  );
}
