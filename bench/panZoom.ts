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
  const start = await emptyPointNear(page, cx, cy);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 0; i < dragSteps; i++) await page.mouse.move(start.x + Math.sin(i / 5) * 200, start.y + Math.cos(i / 5) * 120);
  await page.mouse.up();
}

/** The point nearest (x, y), on a spiral of 4 px steps, where no actor is drawn. */
async function emptyPointNear(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  return page.evaluate(([x0, y0]) => {
    for (let step = 0; step < 2000; step++) {
      const angle = step * 0.5;
      const radius = 4 * Math.sqrt(step);
      const x = x0 + Math.cos(angle) * radius, y = y0 + Math.sin(angle) * radius;
      if (window.__silkmap?.hitTest(x, y)?.kind !== 'node') return { x, y };
    }
    return { x: x0, y: y0 };
  }, [x, y] as const);
}
