/**
 * Serves a built explorer with `vite preview` for the browser tests, the browser benchmarks and the
 * screenshot scripts: one way to start it, wait for it and stop it (with its process group).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface PreviewServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  stop(): void;
}

export interface PreviewOptions {
  /** A fixed port; a free one when absent. */
  port?: number;
  /** The build to serve (vite's `--outDir`); `dist` when absent. */
  outDir?: string;
  /** Pass the server's error output through (the test runner does, to show build or port errors). */
  showErrors?: boolean;
  timeoutMs?: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function waitForUrl(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${url} did not come up within ${timeoutMs} ms`);
}

/** Starts `vite preview`, stopped when this process exits, and resolves once it answers. */
export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const port = options.port ?? await freePort();
  const args = ['vite', 'preview', '--port', String(port), '--strictPort', ...(options.outDir ? ['--outDir', options.outDir] : [])];
  const server = spawn('npx', args, { stdio: ['ignore', 'ignore', options.showErrors ? 'inherit' : 'ignore'], detached: true });
  // Detached: the server and npx's children form one group, killed together.
  const stop = () => { try { process.kill(-server.pid!, 'SIGTERM'); } catch { /* already gone */ } };
  process.on('exit', stop);
  const url = `http://127.0.0.1:${port}/`;
  await waitForUrl(url, options.timeoutMs ?? 30_000);
  return { url, stop };
}
