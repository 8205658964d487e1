import { defineConfig } from 'vitest/config';

// Browser tests share one Chromium per file and one server; run files one at a time
// so that two cores are not oversubscribed and frame timings stay sane.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
