import { describe, expect, it } from 'vitest';
import { compareNames, foldName } from '../../src/explorer/store/names.ts';

describe('name order', () => {
  it('folds case and accents, then breaks ties by the exact text', () => {
    expect(foldName('Émile Ôzil')).toBe('emile ozil');
    const names = ['zhang', 'Émile', 'Almaty', 'emile', 'Äbish', 'Abai', 'Zhang'];
    expect([...names].sort(compareNames)).toEqual(['Abai', 'Äbish', 'Almaty', 'emile', 'Émile', 'Zhang', 'zhang']);
  });

  it('is a consistent order: antisymmetric, and 0 only for the same text', () => {
    const names = ['Kazakhstan', 'kazakhstan', 'Kazakhstán', 'Kyrgyzstan', 'Xi Jinping', 'Xí Jinping', ''];
    for (const a of names) {
      for (const b of names) {
        expect(Math.sign(compareNames(a, b)) + Math.sign(compareNames(b, a))).toBe(0);
        expect(compareNames(a, b) === 0).toBe(a === b);
      }
    }
  });
});
