/**
 * Takes docs/relations.png: the explorer (built in dist/, served by `vite preview`) with the
 * China–Kazakhstan link selected, its evidence grouped by relation type.
 * Run: `npx vite build && npx tsx scripts/screenshot-relations.ts`.
 */
import { launchBrowser } from '../tests/e2e/browser.ts';
import { startPreview } from '../tests/e2e/preview-server.ts';

const PORT = 4791;
const LINK = 'state:china|state:kazakhstan';
const server = await startPreview({ port: PORT });
try {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1500, height: 1250 } });
  await page.goto(`${server.url}?link=${encodeURIComponent(LINK)}`);
  await page.waitForFunction(() => window.__silkmap?.layoutSettled() === true, null, { timeout: 60_000 });
  await page.getByText('Sentences linking them').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/relations.png' });
  await browser.close();
  console.log('wrote docs/relations.png');
} finally {
  server.stop();
}
