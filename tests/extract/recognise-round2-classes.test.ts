/**
 * Error classes of issue 12, round 2, with hand-written sentences (none from any corpus) over the real
 * general-knowledge lexicon. Expected mentions are worked out by hand from the annotation rules.
 */
import { describe, expect, it } from 'vitest';
import { typedSurfaces as surfaces } from '../helpers/recognise-text.ts';

describe('portfolio words after a title and "of"/"for" belong to the title', () => {
  it('keeps only the surname after "Secretary of the Treasury"', () => {
    expect(surfaces('Secretary of the Treasury Okonkwo visited the port.')).toEqual(['Okonkwo=person']);
  });

  it('makes no person of the portfolio alone', () => {
    expect(surfaces('She became Under Secretary for Economic Affairs last spring.')).toEqual([]);
  });

  it('makes no person of a list of portfolio words', () => {
    expect(surfaces('He served as Deputy Assistant Secretary for Multilateral, Regional and Functional Affairs for two years.')).toEqual([]);
  });

  it('still finds a full name after the portfolio', () => {
    expect(surfaces('Secretary of Commerce Marguerite Delacroix met exporters.')).toEqual(['Marguerite Delacroix=person']);
  });
});

describe('an article inside a body name', () => {
  it('joins "Center for a …" into one name', () => {
    expect(surfaces('She led the Center for a Greener Coastline until 2019.')).toEqual(['Center for a Greener Coastline=organisation']);
  });

  it('does not join a person and a body through "for a"', () => {
    expect(surfaces('Ingrid Castellano worked for a Foundation.').map((s) => s.split('=')[0])).not.toContain('Ingrid Castellano worked for a Foundation');
  });
});

describe('subcommittees are bodies', () => {
  it('takes "… Subcommittee" for an organisation', () => {
    expect(surfaces('He testified before the Senate Fisheries Subcommittee on Tuesday.')).toEqual(['Senate Fisheries Subcommittee=organisation']);
  });
});

describe('lexicon names written with a comma', () => {
  it('matches a known name across its comma', () => {
    expect(surfaces('A report by the United Nations Educational, Scientific and Cultural Organization came out.'))
      .toEqual(['United Nations Educational, Scientific and Cultural Organization=organisation']);
  });

  it('does not join two names across a comma that no lexicon name has', () => {
    expect(surfaces('Delegates of the United Nations, Ghana and Peru met.')).toEqual(['United Nations=organisation', 'Ghana=state', 'Peru=state']);
  });
});

describe('portfolio words before a title', () => {
  it('makes no person of "Political" in "Political Counselor"', () => {
    expect(surfaces('She was Political Counselor at the embassy.')).toEqual([]);
  });
});

describe('regions named by a compass word and a place', () => {
  it('makes no person of "West Africa" after a title', () => {
    expect(surfaces('He was Mission Director for West Africa until 2020.')).toEqual([]);
  });

  it('makes no person of "Central Asia" in a list', () => {
    expect(surfaces('Traders from Central Asia and Southern Europe met.')).toEqual([]);
  });
});

describe('generic phrases with a firm cue', () => {
  it('makes no firm of words the text also writes in lower case', () => {
    const text = 'Good asset management matters. The Asset Management Company will handle asset management for the fund.';
    expect(surfaces(text)).toEqual([]);
  });

  it('keeps a firm whose name word is not written in lower case elsewhere', () => {
    expect(surfaces('The Torvald Asset Management Company handles asset management for the fund.')).toEqual(['Torvald Asset Management Company=firm']);
  });
});

describe('groups of officials', () => {
  it('takes a "Reflection Group" for an organisation', () => {
    expect(surfaces('The ministers set up a High Level Reflection Group on reform.')).toEqual(['High Level Reflection Group=organisation']);
  });
});

describe('industry words after a title and "for"', () => {
  it('makes no firm of "Director for International Economics and Finance"', () => {
    expect(surfaces('She was Director for International Economics and Finance at the council.')).toEqual([]);
  });
});

describe('lower-case abbreviations do not hide capitalised names', () => {
  it('reads "Ed" before a surname as a given name, not the abbreviation "ed."', () => {
    expect(surfaces('We thank the mayor, Ed Brannigan, for coming.')).toEqual(['Ed Brannigan=person']);
  });
});

describe('a portfolio closed by its head noun', () => {
  it('keeps only the name after "Envoy for Hostage Affairs"', () => {
    expect(surfaces('The Special Envoy for Hostage Affairs Dariusz Kowalczyk flew home.')).toEqual(['Dariusz Kowalczyk=person']);
  });
});
