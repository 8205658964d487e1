import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXTRACT = join(import.meta.dirname, '../../src/extract');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the extraction pipeline is browser-safe', () => {
  it('imports no Node built-ins and uses no Node globals outside src/extract/cli/', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(EXTRACT)) {
      const text = readFileSync(file, 'utf8');
      if (/from\s+['"](node:|fs|path|os|crypto|child_process)['"]|\brequire\(|\bprocess\.|\bBuffer\./.test(text)) offenders.push(relative(EXTRACT, file));
    }
    expect(offenders).toEqual([]);
  });

  it('does not import the explorer', () => {
    for (const file of sourceFiles(EXTRACT)) expect(readFileSync(file, 'utf8')).not.toMatch(/from\s+['"][./]*\/explorer\//);
  });
});
