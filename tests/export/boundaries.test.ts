import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(folder, name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
}

/** The libraries run in the browser and sit beside the explorer and extractor, never on them. */
describe('import boundaries of src/analysis and src/export', () => {
  const libraries = [...sourceFiles('src/analysis'), ...sourceFiles('src/export')].filter((file) => !file.startsWith(join('src/export', 'cli')));

  it('finds the library files', () => {
    expect(libraries.length).toBeGreaterThan(10);
  });

  it.each(libraries)('%s uses no Node API and no extractor or explorer code', (file) => {
    for (const specifier of importsOf(file)) {
      expect(specifier, `${file} imports ${specifier}`).not.toMatch(/^node:|^(fs|path|os|child_process)$/);
      if (specifier.startsWith('.')) {
        const target = relative(ROOT, resolve(ROOT, file, '..', specifier));
        expect(target, `${file} imports ${specifier}`).toMatch(file.startsWith('src/export') ? /^src\/(graph-format|export)\// : /^src\/(graph-format|analysis)\//);
      }
    }
  });
});
