/**
 * Takes docs/relations.png: the explorer (built in dist/, served by `vite preview`) with the
 * China–Kazakhstan link selected, its evidence grouped by relation type.
 * Run: `npx vite build && npx tsx scripts/screenshot-relations.ts`.
 */
import { spawn } from 'node:child_process';
import { launchBrowser } from '../tests/e2e/browser.ts';

const PORT = 4791;
const LINK = 'state:china|state:kazakhstan';
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stop = () => { try { process.kill(-server.pid!, 'SIGTERM'); } catch { /* already gone */ } };
try {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break; } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1500, height: 1250 } });
  await page.goto(`http://127.0.0.1:${PORT}/?link=${encodeURIComponent(LINK)}`);
  await page.waitForFunction(() => window.__silkmap?.layoutSettled() === true, null, { timeout: 60_000 });
  await page.getByText('Sentences linking them').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/relations.png' });
  await browser.close();
  console.log('wrote docs/relations.png');
} finally {
  stop();
}
