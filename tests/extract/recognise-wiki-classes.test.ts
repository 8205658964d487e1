/**
 * Classes of issue 12 seen in encyclopedia articles on international bodies (branch i12-wiki, tuned on entity
 * test7 after its first run). Hand-written sentences (none from any corpus) over the real general-knowledge
 * lexicon; expected mentions worked out by hand from the annotation rules (tests/fixtures/real/README.md).
 */
import { describe, expect, it } from 'vitest';
import { typedSurfaces as surfaces } from '../helpers/recognise-text.ts';

const persons = (text: string): string[] => surfaces(text).filter((s) => s.endsWith('=person'));

describe('a name ending in a hyphen and a number or a capital is a product code, not a person', () => {
  it('drops satellite and rocket codes however they were put forward', () => {
    expect(persons('The agency operates Oleander-4 and Sentinel-6, and Metop-C replaced Jason-CS; Oleander-12 launched later.')).toEqual([]);
  });

  it('keeps hyphenated persons', () => {
    expect(persons('Then Anna Novak-Smith met Ivo Brandt-Kessler.')).toEqual(['Anna Novak-Smith=person', 'Ivo Brandt-Kessler=person']);
  });
});

describe('a double given name joined by a hyphen is not a portfolio before a name', () => {
  it('keeps both halves of the given name, with or without a title', () => {
    expect(persons('He met Jean-Pierre Moreau, then Vice President Jean-Pierre Moreau spoke.')).toEqual([
      'Jean-Pierre Moreau=person', 'Jean-Pierre Moreau=person',
    ]);
  });

  it('still takes a portfolio off a name after a space', () => {
    expect(persons('The Secretary of the Treasury Pierre Moreau spoke.')).toEqual(['Pierre Moreau=person']);
  });
});
