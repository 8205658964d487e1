/**
 * `organisationNameEnd`, `bracketAcronymFits` and `onlyIndustryModifiers` (src/extract/recognise/run/
 * organisation-name-end.ts) on one run of a hand-written sentence over the real lexicon. Expected ends are worked out
 * by hand from the file's comments and word lists: "Institute", "Office" are organisation cues, "Energy" an industry
 * word (weakFirmCues), "Minister" a title; "Zorbu", "Vargu", "Kelto" are in no list. Written for the survivors of the
 * 2026-12-07 mutation run.
 */
import { describe, expect, it } from 'vitest';
import { bracketAcronymFits, onlyIndustryModifiers, organisationNameEnd } from '../../src/extract/recognise/run/organisation-name-end.ts';
import { scanRun } from '../helpers/recognise-scan.ts';

/** The words of `run` up to where the organisation's name ends. */
function nameOf(text: string, run: string): string {
  const { scan, from, to } = scanRun(text, run);
  return scan.tokens.slice(from, organisationNameEnd(scan, from, to)).map((token) => token.text).join(' ');
}

describe('organisationNameEnd', () => {
  it('ends at the last cue word, or at the run\'s end without one', () => {
    expect(nameOf('They joined the Zorbu Institute today.', 'Zorbu Institute')).toBe('Zorbu Institute');
    expect(nameOf('They joined the Zorbu Institute Vargu Kelto today.', 'Zorbu Institute Vargu Kelto')).toBe('Zorbu Institute');
    expect(nameOf('They joined the Zorbu Vargu today.', 'Zorbu Vargu')).toBe('Zorbu Vargu');
  });
  it('goes on over a lower-case connector to the run\'s end, stopping at a title after a capitalised word', () => {
    expect(nameOf('They joined the Institute of Zorbu Studies today.', 'Institute of Zorbu Studies')).toBe('Institute of Zorbu Studies');
    expect(nameOf('They joined the Institute of Zorbu Minister Vargu today.', 'Institute of Zorbu Minister Vargu')).toBe('Institute of Zorbu');
    expect(nameOf('They joined the Institute of the Minister today.', 'Institute of the Minister')).toBe('Institute of the Minister');
    // ("Office of …" is named by the post it serves, run/office-names.ts: it keeps the whole run.)
    expect(nameOf('They joined the Office of Zorbu Minister Vargu today.', 'Office of Zorbu Minister Vargu')).toBe('Office of Zorbu Minister Vargu');
  });
  it('an industry word before an ordinary noun modifies it and ends no name; before a place, an adjective or a name it does', () => {
    expect(nameOf('They joined the Institute of Energy Economics today.', 'Institute of Energy Economics')).toBe('Institute of Energy Economics');
    expect(nameOf('They joined Zorbu Energy Economics today.', 'Zorbu Energy Economics')).toBe('Zorbu Energy Economics');
    expect(nameOf('They joined Zorbu Energy Vargu today.', 'Zorbu Energy Vargu')).toBe('Zorbu Energy');
    expect(nameOf('They joined Zorbu Energy Florida today.', 'Zorbu Energy Florida')).toBe('Zorbu Energy');
    // "Turkey" is an English word ("turkey") and a place name.
    expect(nameOf('They joined Zorbu Energy Turkey today.', 'Zorbu Energy Turkey')).toBe('Zorbu Energy');
    // "Polish" is an English word and no place name: only the lexicon (a demonym) marks it as no ordinary noun.
    expect(nameOf('They joined Zorbu Energy Polish today.', 'Zorbu Energy Polish')).toBe('Zorbu Energy');
    expect(nameOf('They joined Zorbu Energy International today.', 'Zorbu Energy International')).toBe('Zorbu Energy');
    // The last word of the run is modified by nothing: "Energy" there is the cue.
    expect(nameOf('They joined Zorbu Vargu Energy today.', 'Zorbu Vargu Energy')).toBe('Zorbu Vargu Energy');
    // Only a word in the same run joined by a space is modified.
    expect(nameOf('They joined Zorbu Energy, Economics today.', 'Zorbu Energy')).toBe('Zorbu Energy');
  });
  it('an acronym in brackets that spells the whole run keeps the whole run', () => {
    expect(nameOf('They joined the Zorbu Institute Vargu Kelto (ZIVK) today.', 'Zorbu Institute Vargu Kelto')).toBe('Zorbu Institute Vargu Kelto');
    expect(nameOf('They joined the Zorbu Institute Vargu Kelto (ZQ) today.', 'Zorbu Institute Vargu Kelto')).toBe('Zorbu Institute');
  });
});

describe('organisationNameEnd: survivors of the first run (i18-kill3)', () => {
  it('a cue word hyphened to the next word is a compound\'s first part only after an earlier cue', () => {
    expect(nameOf('They joined the Zorbu Institute Council-Vargu today.', 'Zorbu Institute Council-Vargu')).toBe('Zorbu Institute');
    expect(nameOf('They joined the Zorbu Institute Vargu Council today.', 'Zorbu Institute Vargu Council')).toBe('Zorbu Institute Vargu Council');
    expect(nameOf('They joined the Council-Vargu Zorbu today.', 'Council-Vargu Zorbu')).toBe('Council');
    // A later cue not hyphened is the head; an earlier cue opening the text counts as earlier.
    expect(nameOf('They joined the Zorbu Institute Council Vargu today.', 'Zorbu Institute Council Vargu')).toBe('Zorbu Institute Council');
    expect(nameOf('Institute Council-Vargu said so.', 'Institute Council-Vargu')).toBe('Institute');
  });
  it('a cue word opening the text is a cue like any other', () => {
    expect(nameOf('Institute Vargu Kelto said so.', 'Institute Vargu Kelto')).toBe('Institute');
  });
  it('an industry word in capitals after it is no noun it modifies', () => {
    expect(nameOf('They joined Zorbu Energy ECONOMICS today.', 'Zorbu Energy ECONOMICS')).toBe('Zorbu Energy');
  });
});

describe('bracketAcronymFits', () => {
  const fits = (text: string, run: string): boolean | undefined => {
    const { scan, from, to } = scanRun(text, run);
    return bracketAcronymFits(scan, from, to);
  };
  it('reads capitals (digits, "&" and "-" inside) in brackets right after the run, spaces allowed', () => {
    expect(fits('The Zorbu Vargu Kelto (ZVK) met.', 'Zorbu Vargu Kelto')).toBe(true);
    expect(fits('The Zorbu Vargu Kelto ( ZVK ) met.', 'Zorbu Vargu Kelto')).toBe(true);
    expect(fits('The Zorbu Vargu Kelto  (ZVK) met.', 'Zorbu Vargu Kelto')).toBe(true);
    expect(fits('The Zorbu Vargu Kelto (Z-V2K) met.', 'Zorbu Vargu Kelto')).toBe(true);
    expect(fits('The Zorbu Vargu Kelto (QQ) met.', 'Zorbu Vargu Kelto')).toBe(false);
  });
  it('finds none when the brackets are not right after the run or hold no acronym', () => {
    expect(fits('The Zorbu Vargu Kelto said (ZVK) it.', 'Zorbu Vargu Kelto')).toBeUndefined();
    expect(fits('The Zorbu Vargu Kelto (Zvk) met.', 'Zorbu Vargu Kelto')).toBeUndefined();
    expect(fits('The Zorbu Vargu Kelto (ZVK, 2020) met.', 'Zorbu Vargu Kelto')).toBeUndefined();
    expect(fits('The Zorbu Vargu Kelto (Z) met.', 'Zorbu Vargu Kelto')).toBeUndefined();
    expect(fits('The Zorbu Vargu Kelto (ZVK met.', 'Zorbu Vargu Kelto')).toBeUndefined();
  });
});

describe('onlyIndustryModifiers', () => {
  const only = (text: string, run: string): boolean => {
    const { scan, from, to } = scanRun(text, run);
    return onlyIndustryModifiers(scan, from, to);
  };
  it('is true when every industry word modifies the next word, false with none or one that ends a name', () => {
    expect(only('They joined Zorbu Energy Economics today.', 'Zorbu Energy Economics')).toBe(true);
    expect(only('They joined Zorbu Vargu today.', 'Zorbu Vargu')).toBe(false);
    expect(only('They joined Zorbu Energy Vargu today.', 'Zorbu Energy Vargu')).toBe(false);
    expect(only('They joined Zorbu Energy Economics Energy today.', 'Zorbu Energy Economics Energy')).toBe(false);
    // Only the words of the run count, not the one after it.
    expect(only('They joined Zorbu Energy Economics Energy today.', 'Zorbu Energy Economics')).toBe(true);
  });
});
