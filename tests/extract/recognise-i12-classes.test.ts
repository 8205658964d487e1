/**
 * Error classes named after the spent fresh entity set (issue 12, i12-classes): hand-written
 * passages, expected mentions worked out by hand from the rules described in src/extract/README.md.
 */
import { describe, expect, it } from 'vitest';
import { typedSurfaces } from '../helpers/recognise-text.ts';

describe('all-capitals datelines', () => {
  it('a city in capitals before a region, a date or a dash is no actor; the agency and acronyms after it are', () => {
    expect(typedSurfaces('BISHKEK, Kyrgyzstan – The CSTO office was closed.')).toEqual(['CSTO=organisation']);
    expect(typedSurfaces('ASHGABAT. Nov 3 (Interfax) - CNPC is ready to help Turkmenistan.')).toEqual([
      'Interfax=organisation', 'CNPC=firm', 'Turkmenistan=state',
    ]);
    expect(typedSurfaces('TASHKENT, Uzbekistan, October 9. The NATO envoy met officials.')).toEqual(['NATO=organisation']);
  });

  it('an acronym opening a sentence that is no dateline is still recognised', () => {
    expect(typedSurfaces('CSTO, the Moscow-led bloc, met in Minsk.')).toContain('CSTO=organisation');
  });
});
