import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/explorer/store/numbers.ts';

describe('formatCount', () => {
  it('groups digits in threes with commas, as English writes counts', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(7)).toBe('7');
    expect(formatCount(300)).toBe('300');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(14485)).toBe('14,485');
    expect(formatCount(89053)).toBe('89,053');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-60216)).toBe('-60,216');
  });

  it('rounds to a whole number and leaves what is not a number readable', () => {
    expect(formatCount(1999.6)).toBe('2,000');
    expect(formatCount(Number.NaN)).toBe('NaN');
  });
});
