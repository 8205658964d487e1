/**
 * The scripted pan and zoom that bench:render measures and bench:profile explains: wheel
 * notches in and out over the middle of the network, then a drag that starts on empty canvas
 * (a drag that starts on an actor moves that actor and wakes the layout: not a pan).
 */
import type { Page } from 'playwright-core';

export async function scriptedPanZoom(page: Page, notches = 20, dragSteps = 40): Promise<void> {
  const box = (await page.getByLabel('Actor network').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let i = 0; i < notches; i++) { await page.mouse.move(cx, cy); await page.mouse.wheel(0, i % 2 ? 120 : -120); }
  const start = (await pointsNear(page, cx, cy, 'empty', 1))[0] ?? { x: cx, y: cy };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 0; i < dragSteps; i++) await page.mouse.move(start.x + Math.sin(i / 5) * 200, start.y + Math.cos(i / 5) * 120);
  await page.mouse.up();
}

/**
 * Up to `count` points nearest (x, y) on a spiral, asked of the page's hit test: where no actor
 * is drawn ('empty'), or each on a different actor ('actors').
 */
export async function pointsNear(page: Page, x: number, y: number, want: 'empty' | 'actors', count: number): Promise<{ x: number; y: number }[]> {
  return page.evaluate(([x0, y0, kind, wanted]) => {
    const points: { x: number; y: number }[] = [];
    const seen = new Set<string>();
    for (let step = 0; step < 4000 && points.length < wanted; step++) {
      const angle = step * 0.7, radius = 4 * Math.sqrt(step);
      // Whole pixels: a MouseEvent's clientX/Y are whole numbers, so a fractional point found
      // here would be clicked a fraction of a pixel away, perhaps on another small actor.
      const x = Math.round(x0 + Math.cos(angle) * radius), y = Math.round(y0 + Math.sin(angle) * radius);
      const hit = window.__silkmap?.hitTest(x, y);
      if (kind === 'empty' ? hit?.kind !== 'node' : hit?.kind === 'node' && !seen.has(hit.id)) {
        if (hit) seen.add(hit.id);
        points.push({ x, y });
      }
    }
    return points;
  }, [x, y, want, count] as const);
}
