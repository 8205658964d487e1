/**
 * The pool's results kept in a temporary file (cli/result-spill.ts): each comes back as the
 * bytes that went in, whatever order they were put in; the file goes with close(); where no
 * temporary file can be made, the results are kept in memory instead.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resultSpill } from '../../src/extract/cli/result-spill.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('resultSpill', () => {
  let base: string | undefined;
  afterEach(() => {
    if (base) rmSync(base, { recursive: true, force: true });
    base = undefined;
  });

  it('gives each result back by index, puts out of order, in a file that close() removes', () => {
    base = mkdtempSync(join(tmpdir(), 'silkmap-spill-test-'));
    const spill = resultSpill(base);
    spill.put(2, utf8('{"c":"Ελλάδα"}'));
    spill.put(0, utf8('{"a":1}'));
    spill.put(1, new Uint8Array(0));
    expect(readdirSync(base)).toHaveLength(1);
    expect(text(spill.take(0))).toBe('{"a":1}');
    expect(text(spill.take(2))).toBe('{"c":"Ελλάδα"}');
    expect(spill.take(1)).toHaveLength(0);
    expect(() => spill.take(0)).toThrow(/no result 0/);
    spill.close();
    spill.close();
    expect(readdirSync(base)).toEqual([]);
  });

  it('keeps the results in memory where no temporary file can be made', () => {
    const missing = join(tmpdir(), 'silkmap-spill-test-missing', 'nowhere');
    expect(existsSync(missing)).toBe(false);
    const spill = resultSpill(missing);
    spill.put(1, utf8('second'));
    spill.put(0, utf8('first'));
    expect(text(spill.take(1))).toBe('second');
    expect(text(spill.take(0))).toBe('first');
    expect(() => spill.take(3)).toThrow(/no result 3/);
    spill.close();
  });
});
