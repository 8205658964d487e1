/**
 * Precision classes of issue 12 (branch i12-precision): firms of ordinary English words, partners joined by "&",
 * central and multilateral banks typed as firms, names standing for a law or a programme, plural acronyms.
 * Hand-written sentences (none from any corpus) over the real general-knowledge lexicon; expected mentions are
 * worked out by hand from the annotation rules (tests/fixtures/real/README.md).
 */
import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../src/extract/recognise/english-words.ts';
import { firmSurfaces as firms, personSurfaces as persons, typedSurfaces as surfaces } from '../helpers/recognise-text.ts';

describe('the English word list', () => {
  it('knows common words and their regular inflections', () => {
    expect(['resource', 'resources', 'currencies', 'engineering', 'regional', 'natural', 'environment'].map(isEnglishWord))
      .toEqual([true, true, true, true, true, true, true]);
  });

  it('does not know names, capitals or inflections it cannot undo', () => {
    expect(['ernst', 'kazakhtelecom', 'Energy', 'u.s.', 'zzzs'].map(isEnglishWord)).toEqual([false, false, false, false, false]);
  });
});

describe('a firm of ordinary words opening with an adjective of kind is no firm', () => {
  it('drops a portfolio and a field before a title or after "in"', () => {
    expect(firms('He was Regional Energy Advisor, and she holds a degree in Environmental Engineering from Leeds.')).toEqual([]);
  });

  it('drops ordinary words joined by "and" that the old check missed', () => {
    expect(firms('The panel covered Energy, Natural Resources and Environment; Civil and Structural Engineering came last.')).toEqual([]);
  });

  it('keeps a firm named with a legal form, or a name-like word', () => {
    expect(firms('Regional Energy Limited sold its stake to Zhenhua Energy; the buyer was Talon Metals.'))
      .toEqual(['Regional Energy Limited=firm', 'Zhenhua Energy=firm', 'Talon Metals=firm']);
  });
});

describe('two single names joined by "&" are one firm', () => {
  it('joins a partnership of surnames and drops the partner as a person', () => {
    expect(surfaces('She began her career at Kowalczyk & Brandt as an auditor.')).toEqual(['Kowalczyk & Brandt=firm']);
  });

  it('leaves two ordinary words joined by "&" alone', () => {
    expect(firms('She ran the Research & Development unit.')).toEqual([]);
  });
});

describe('central and multilateral banks are organisations', () => {
  it('types a central bank named in its own language and a bank of a region of states', () => {
    expect(surfaces('De Nederlandsche Bank and the Bank of the South both commented.'))
      .toEqual(['De Nederlandsche Bank=organisation', 'Bank of the South=organisation']);
  });

  it('keeps a commercial bank named after its state a firm', () => {
    expect(surfaces('Bank of Cyprus raised capital.')).toEqual(['Bank of Cyprus=firm']);
  });
});

describe('names that stand for a law, a programme or an object are no person', () => {
  it('drops a hyphenated pair before "amendment" and "programme"', () => {
    expect(persons('Congress passed the Hollis-Varga amendment and funded the Hollis-Varga programme.')).toEqual([]);
  });

  it('keeps a full name before the same noun and a pair before another word', () => {
    expect(persons('The Maria Hollis act passed; Hollis-Varga spoke afterwards.')).toEqual(['Maria Hollis=person', 'Hollis-Varga=person']);
  });

  it('drops a plural acronym', () => {
    expect(persons('Some 118 EMBs joined the network.')).toEqual([]);
  });
});

describe('an acronym of a thing names nothing', () => {
  it('drops the acronym of a report and its later use', () => {
    expect(surfaces('The Regional Security Report (RSR) came out in May. RSR sold well.')).toEqual([]);
  });

  it('keeps the acronym of a body and of words that do not spell it', () => {
    const text = 'The Kyrgyz Anti-Drug Agency (KADA) read the Annual Report (QZX). QZX replied.';
    expect(surfaces(text).filter((s) => !s.startsWith('Kyrgyz'))).toEqual(['KADA=organisation', 'QZX=organisation', 'QZX=organisation']);
  });
});

describe('citations and places cut at a saint are no person', () => {
  it('drops a court district and a town cut at "Ste."', () => {
    expect(persons('Judge Maria Kowalczyk (D. Mass.) heard it. Terry Brandt sits for Sault Ste. Marie.'))
      .toEqual(['Maria Kowalczyk=person', 'Terry Brandt=person']);
  });

  it('keeps a person whose name holds "St." after the given name', () => {
    expect(persons('Senator Paul St. John spoke.')).toEqual(['Paul St. John=person']);
  });
});

describe('a state in a long phrase of ordinary words, and plural firm nouns', () => {
  it('drops a programme named with a state and a class of firms', () => {
    expect(firms('The Japan Exchange and Teaching Programme grew, as did Shell Companies and Finance for Certain Companies of Ruritania.')).toEqual([]);
  });
});

describe('firm cue words alone name no firm', () => {
  it('drops "Bank Group" cut from a longer name and keeps a named group', () => {
    expect(firms('She advised the Bank Group on climate, then joined Zhenhua Investment Group.')).toEqual(['Zhenhua Investment Group=firm']);
  });
});
