/**
 * Precision classes of issue 12 (branch i12-precision5), from by-eye draws of the real-corpus graph. Hand-written
 * sentences (none from any corpus) over the real general-knowledge lexicon; expected mentions worked out by hand from
 * the annotation rules (tests/fixtures/real/README.md): a number, a code, a place, a ship or a storm is no actor, and an
 * acronym of a phrase written in lower case names a thing.
 */
import { describe, expect, it } from 'vitest';
import { recogniseText, typedSurfaces as surfaces } from '../helpers/recognise-text.ts';
import { codeReason } from '../../src/extract/recognise/passes/code-acronyms.ts';
import { phraseSpelling, spellsInside } from '../../src/extract/recognise/passes/spelled-definitions.ts';
import { recogniseWith, realLexicon } from '../helpers/recognise-text.ts';
import type { CandidateMention } from '../../src/extract/types.ts';

const acronym = (text: string, written: string): CandidateMention => {
  const start = text.indexOf(written);
  return { passage: 0, start, end: start + written.length, kind: 'acronym', type: 'organisation', rule: 'acronym-undefined', label: written };
};

describe('codes in capitals are no bodies (code-acronyms)', () => {
  it('drops Roman numerals of I, V and X', () => {
    expect(surfaces('The council acted under Chapter XII of the Lorvan Charter and funded Gen IV designs.')).not.toContain('XII=organisation');
    expect(codeReason('Phase VIII began.', acronym('Phase VIII began.', 'VIII'))).toBe('roman-numeral');
  });

  it('keeps acronyms that only look like numerals with L, C, D or M', () => {
    expect(codeReason('The MDC said so.', acronym('The MDC said so.', 'MDC'))).toBeUndefined();
    expect(codeReason('The CCC hired staff.', acronym('The CCC hired staff.', 'CCC'))).toBeUndefined();
  });

  it('drops an acronym followed by a number, not by a year', () => {
    const hull = 'She commanded the cutter Harlan (WMSL 756) for two years.';
    expect(codeReason(hull, acronym(hull, 'WMSL'))).toBe('numbered-code');
    const year = 'The ZANTEC 2026 plan was adopted.';
    expect(codeReason(year, acronym(year, 'ZANTEC'))).toBeUndefined();
    const thousands = 'The QRV 1,500 members met.';
    expect(codeReason(thousands, acronym(thousands, 'QRV'))).toBeUndefined();
    const counted = 'Control passed to ZANTEC 48 hours after launch.';
    expect(codeReason(counted, acronym(counted, 'ZANTEC'))).toBeUndefined();
    const cited = 'Under 12 Q.R.S. 1701 et seq. the order stands.';
    expect(codeReason(cited, acronym(cited, 'Q.R.S.'))).toBe('numbered-code');
  });

  it('drops a part of a document symbol between slashes', () => {
    const symbol = 'See document S/PRST/2019 and A/RES/77/1 for details.';
    expect(codeReason(symbol, acronym(symbol, 'PRST'))).toBe('document-symbol');
    expect(codeReason(symbol, acronym(symbol, 'RES'))).toBe('document-symbol');
  });

  it('leaves lexicon acronyms alone', () => {
    const text = 'NATO 32 allies met.';
    expect(codeReason(text, { ...acronym(text, 'NATO'), rule: 'lexicon', kind: 'lexicon' })).toBeUndefined();
  });
});

describe('an acronym of a lower-case phrase names a thing (spelled-definitions)', () => {
  it('spells letters from inside the words, in order', () => {
    expect(spellsInside('BRE', ['bioremediation', 'extracts'])).toBe(true);
    // The last word must give a letter: "tanks" gives none of R, E.
    expect(spellsInside('BRE', ['bioremediation', 'tanks'])).toBe(false);
    // A letter the words lack.
    expect(spellsInside('BEZ', ['bioremediation', 'extracts'])).toBe(false);
    expect(spellsInside('BRE', ['Bioremediation', 'Extracts'])).toBe(false);
  });

  it('takes the shortest phrase before the bracket that spells it', () => {
    expect(phraseSpelling('to limit short-lived climate pollutants ', 'SLCP')).toBe('short-lived climate pollutants');
    expect(phraseSpelling('the Planning Office ', 'PLO')).toBeUndefined();
  });

  it('records the definition as naming nothing and drops the acronym in the passage', () => {
    const text = 'They tracked microplastic debris (MPD) in rivers. MPD levels rose again.';
    const result = recogniseWith(realLexicon, text);
    expect(result.mentions.map((m) => m.label)).not.toContain('MPD');
    expect(result.acronyms).toContainEqual({ acronym: 'MPD', label: 'microplastic debris', type: 'none' });
  });

  it('reads the phrase in a bracket after the acronym too', () => {
    const text = 'Levels of SCCP (short-chain chlorinated paraffins) fell.';
    expect(recogniseText(text).map((m) => m.label)).not.toContain('SCCP');
  });

  it('keeps a body defined by capitalised words', () => {
    expect(surfaces('The Harbour Safety Board (HSB) met. HSB staff agreed.')).toContain('HSB=organisation');
  });
});

describe('places typed as actors are dropped (place-names)', () => {
  it('drops names ending in a geographic feature word and a compass "Bank"', () => {
    const text = 'Vessels gathered near the Halvard Shoal, the Orrin Reefs and the Tamsa Rivers, and on the East Bank.';
    expect(surfaces(text).filter((s) => /Shoal|Reefs|Rivers|Bank/.test(s))).toEqual([]);
  });

  it('drops a town a list or a brand shape typed, when a region follows it', () => {
    const text = 'She was a partner at Keller Ostrow LLP, Brindale, NY, and later moved to Ravenwick, Ohio.';
    expect(surfaces(text).filter((s) => s.startsWith('Brindale') || s.startsWith('Ravenwick'))).toEqual([]);
    expect(surfaces(text)).toContain('Keller Ostrow LLP=firm');
  });

  it('keeps a firm a cue word typed, with a region after it', () => {
    expect(surfaces('She worked for Norvale Steel Corporation, Ohio, until 2010.')).toContain('Norvale Steel Corporation=firm');
  });
});

describe('ships and storms are no actors (vessel-names)', () => {
  it('drops a name right after a vessel noun', () => {
    const text = 'The navy sent the frigate Valmont and the research vessel Korsholm to the strait.';
    expect(surfaces(text).filter((s) => s.startsWith('Valmont') || s.startsWith('Korsholm'))).toEqual([]);
  });

  it('drops a storm named with its title', () => {
    expect(surfaces('Typhoon Marenda struck the coast, and Ellen Varga flew in.').filter((s) => s.includes('Marenda'))).toEqual([]);
  });

  it('keeps a person after a word that only ends in a vessel noun', () => {
    expect(surfaces('The partnership Ellen Varga built lasted.').some((s) => s.startsWith('Ellen Varga'))).toBe(true);
  });
});

describe('a capitalised thing name spells its acronym from inside its words (spelled-definitions)', () => {
  it('voids the acronym of a treaty-like name', () => {
    const text = 'The Varnholm Accord (VHA) came into effect. VHA members met.';
    const result = recogniseWith(realLexicon, text);
    expect(result.mentions.map((m) => m.label)).not.toContain('VHA');
    expect(result.acronyms).toContainEqual({ acronym: 'VHA', label: 'Varnholm Accord', type: 'none' });
  });
});

describe('a name followed by a comma and a job title is a person (titled-appositions)', () => {
  it('retypes a list neighbour typed as a body', () => {
    const text = 'The forum was opened by the Harbour Council of Ostria, and Tamsin Oduya, Secretary General of the Lorvan Union.';
    expect(surfaces(text)).toContain('Tamsin Oduya=person');
  });

  it('leaves a list of themes whose next item is no title', () => {
    const text = 'Its groups are Marine Systems Analysis, Coastal Frontiers, Energy, Climate, and Oceans.';
    expect(surfaces(text).filter((s) => s.startsWith('Coastal Frontiers') && s.endsWith('=person'))).toEqual([]);
  });

  it('leaves a body a cue word typed', () => {
    const text = 'Grants went to the Harbour Council of Ostria and the Ostria Research Institute, Director of which is Tamsin Oduya.';
    expect(surfaces(text)).toContain('Ostria Research Institute=organisation');
  });
});

describe('an acronym spelled by the thing at the end of a longer name names the thing (spelled-definitions)', () => {
  it('voids the definition recorded for the whole name', () => {
    const text = 'The Partnership for Safe Use of Compact Fusion Reactor (CFR) grew. CFR designs spread.';
    const result = recogniseWith(realLexicon, text);
    expect(result.acronyms.filter((d) => d.acronym === 'CFR').every((d) => d.type === 'none')).toBe(true);
  });
});

describe('an unexplained acronym before a rating, currency or bill names that thing (described-kinds)', () => {
  it('drops the acronym', () => {
    expect(surfaces('The bank kept its QQX rating, paid in the ZVF franc, despite the KLMP bill.').filter((s) => /QQX|ZVF|KLMP/.test(s))).toEqual([]);
  });
});
