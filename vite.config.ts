import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The production page forbids inline scripts. The dev server needs an inline preamble
 * for fast refresh, so the policy is only added to built pages.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const NO_TRANSITIONS = fileURLToPath(new URL('./src/explorer/canvas/no-transitions.ts', import.meta.url));

function contentSecurityPolicy(): Plugin {
  return {
    name: 'silkmap-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  // data/ holds graph.json (and the corpus it came from); the app fetches ./graph.json.
  publicDir: 'data',
  base: './',
  worker: { format: 'es' },
  // d3-zoom uses d3-transition and d3-interpolate only for animated zooms, which the explorer never
  // starts: a stand-in keeps them and the modules they load out of the initial JavaScript.
  resolve: { alias: { 'd3-transition': NO_TRANSITIONS, 'd3-interpolate': NO_TRANSITIONS } },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        // Several node tests run the CLI as a process (tsx compiles it, compromise loads): seconds
        // each on a 2-core machine, more when it is busy, so 5 s was too tight for them.
        test: { name: 'node', testTimeout: 60_000, include: ['tests/graph-format/**/*.test.ts', 'tests/extract/**/*.test.ts', 'tests/analysis/**/*.test.ts', 'tests/export/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/workers/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'dom', include: ['tests/explorer/**/*.test.{ts,tsx}'], environment: 'jsdom', setupFiles: ['tests/explorer/setup.ts'] },
      },
    ],
  },
});
