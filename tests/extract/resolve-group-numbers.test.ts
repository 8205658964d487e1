/** "Group of Twenty-Four" and "Group of 24" are one group (issue 12: splits by number words). Keys worked by hand. */
import { describe, expect, it } from 'vitest';
import { labelKey } from '../../src/extract/resolve/keys.ts';

describe('a group named by its number of members has one key, in words or digits', () => {
  it('number words after "Group of" become digits', () => {
    expect(labelKey('Group of Twenty-Four')).toBe('group of 24');
    expect(labelKey('the Group of Seven')).toBe('group of 7');
    expect(labelKey('Group of Seventy-Seven')).toBe('group of 77');
    expect(labelKey('Group of 24')).toBe('group of 24');
  });

  it('other words after "Group of" stay', () => {
    expect(labelKey('Group of Friends')).toBe('group of friends');
    expect(labelKey('Group of Seven Industrialised Nations')).toBe('group of seven industrialized nations');
  });
});
