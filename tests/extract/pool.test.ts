import { describe, expect, it } from 'vitest';
import { poolOf } from '../fixtures/pool.ts';

describe('poolOf: the tuning/frozen split of new draws', () => {
  // Hand-worked with `printf a.txt | sha256sum`: "a.txt" starts 0x18 (even), "b.txt" 0xff (odd).
  it('puts a name by the parity of its hash’s first byte', () => {
    expect(poolOf('a.txt')).toBe('tuning');
    expect(poolOf('b.txt')).toBe('frozen');
  });
  it('gives about half of many names to each pool, and the same answer every time', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `file-${i}.txt`);
    const tuning = names.filter((n) => poolOf(n) === 'tuning').length;
    expect(tuning).toBeGreaterThan(430);
    expect(tuning).toBeLessThan(570);
    expect(names.map(poolOf)).toEqual(names.map(poolOf));
  });
});
