/**
 * The deterministic budget of `npm test`: the gzipped JavaScript a visitor fetches before
 * the first drawn graph stays within 150 KB (README, Performance). Read from the build that
 * run.ts makes: the page's entry scripts and module preloads with everything they import
 * statically, plus the two workers the page starts before its first draw (the graph loader and
 * the layout). Lazily imported chunks (extractor, exports, measures) are not counted.
 * bench:render measures the same set in a browser; this needs none and cannot be flaky.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';
const BUDGET_KB = 150;
const WORKERS_BEFORE_FIRST_DRAW = ['graph-loader.worker', 'layout.worker'];

/** The chunk and every chunk it imports statically ("import x from './a.js'", "import './b.js'"). */
function withStaticImports(files: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(DIST, file), 'utf8');
    // Static imports only: `from"./x.js"` or `import"./x.js"`, never `import("./x.js")`.
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) {
      queue.push(join(file, '..', match[1]!));
    }
  }
  return seen;
}

describe('initial JavaScript budget', () => {
  it(`is at most ${BUDGET_KB} KB gzipped`, () => {
    expect(existsSync(join(DIST, 'index.html')), 'run through tests/e2e/run.ts, which builds dist/').toBe(true);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.?\/?([^"]+\.js)"/g)].map((match) => match[1]!);
    expect(entries.length).toBeGreaterThan(0);
    const assets = readdirSync(join(DIST, 'assets'));
    const workers = WORKERS_BEFORE_FIRST_DRAW.map((name) => {
      const file = assets.find((asset) => asset.startsWith(`${name}-`) && asset.endsWith('.js'));
      expect(file, `${name} in dist/assets`).toBeDefined();
      return `assets/${file}`;
    });
    const files = [...withStaticImports([...entries, ...workers])].sort();
    const kb = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0) / 1024;
    console.log(`initial JavaScript ${kb.toFixed(1)} KB gzipped: ${files.join(', ')}`);
    expect(kb).toBeLessThanOrEqual(BUDGET_KB);
  });
});
