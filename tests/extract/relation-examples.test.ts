/**
 * The eval's fallback for a gold pair the extractor did not link (src/extract/cli/relation-examples.ts):
 * a sentence not found in its document still gets each name's type from the extractor run on the
 * sentence alone, so "President Vladimir Putin" is a person, not the old default state.
 */
import { describe, expect, it } from 'vitest';
import { pairInput } from '../../src/extract/cli/relation-examples.ts';

describe('pairInput without a located sentence', () => {
  it('types the gold names from the sentence alone', () => {
    const sentence = 'Statement on the Phone Call with President Vladimir Putin of Russia';
    const input = pairInput({ document: 'none.txt', corpus: 'sample', sentence, a: 'President Vladimir Putin', b: 'Russia', relation: { type: 'belongs', from: 'a', to: 'b' } }, undefined);
    const types = Object.fromEntries(input!.mentions.map((m) => [m.actor, m.type]));
    expect(types).toEqual({ 'gold:President Vladimir Putin': 'person', 'gold:Russia': 'state' });
  });
});
