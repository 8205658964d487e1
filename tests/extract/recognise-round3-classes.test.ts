/**
 * Error classes of issue 12, round 3, with hand-written sentences (none from any corpus) over the real
 * general-knowledge lexicon. Expected mentions are worked out by hand from the annotation rules.
 */
import { describe, expect, it } from 'vitest';
import { recogniseText as recognise, typedSurfaces as surfaces } from '../helpers/recognise-text.ts';

describe('a group named by what its members do is a body, not a firm', () => {
  it('types "… Library Group" and "Group on …" as organisations', () => {
    expect(surfaces('Officials formed the Library Group, and later the Group on Coastal Fisheries.'))
      .toEqual(['Library Group=organisation', 'Group on Coastal Fisheries=organisation']);
  });

  it('keeps a group named by a proper name or an industry as a firm', () => {
    expect(surfaces('Analysts at the Brenbury Group and the Halvorsen Consulting Group agreed.'))
      .toEqual(['Brenbury Group=firm', 'Halvorsen Consulting Group=firm']);
  });

  it('keeps a group with a legal form after it as a firm', () => {
    expect(surfaces('She was counsel at Tidewater Law Group, PLLC for years.')).toEqual(['Tidewater Law Group=firm']);
  });
});

describe('codes and legal forms are not bodies', () => {
  it('makes no organisation of capitals with digits glued on before more prose', () => {
    expect(surfaces('Plants cut NOX2 output and CH4-equivalent gases.')).toEqual([]);
  });

  it('makes no organisation of a legal form standing alone after a comma', () => {
    expect(surfaces('He advised Marrow Bay Holdings, LLC on the deal.')).toEqual(['Marrow Bay Holdings=firm']);
  });
});

describe('a middle initial does not make a body a person', () => {
  it('keeps "Given I. Surname Foundation" an organisation', () => {
    expect(surfaces('She chairs the Mabel T. Orrick Foundation in Ohio.')).toEqual(['Mabel T. Orrick Foundation=organisation']);
  });
});

describe('an inner organ stands for its body', () => {
  it('takes the body after "Members of" and "Board of Directors of"', () => {
    expect(surfaces('The Members of the Halden Institute and the Board of Directors of the Corvale Foundation met.'))
      .toEqual(['Halden Institute=organisation', 'Corvale Foundation=organisation']);
  });

  it('takes the body before a trailing organ phrase', () => {
    expect(surfaces('He sits on the Halden Institute Advisory Council.')).toEqual(['Halden Institute=organisation']);
  });

  it('keeps a place-named contact group whole', () => {
    expect(surfaces('The Oslo Contact Group met.')).toEqual(['Oslo Contact Group=organisation']);
  });
});

describe('firms named after partners', () => {
  it('joins partners written with commas into one firm', () => {
    expect(surfaces('She was a partner at Harrow, Bexley & Tamsin LLP and at Quill, Dorner and Company.'))
      .toEqual(['Harrow, Bexley & Tamsin LLP=firm', 'Quill, Dorner and Company=firm']);
  });

  it('does not join known actors in a list', () => {
    const found = surfaces('Buyers in Japan, Germany & Co. paid more.');
    expect(found).toContain('Japan=state');
    expect(found.filter((surface) => surface.endsWith('=firm'))).toEqual([]);
  });
});

describe('an industry word after a body is its programme, not a firm', () => {
  it('keeps the institute before a fellowship named by an industry', () => {
    expect(surfaces('She is a Coldwater Institute Finance Leaders Fellow.')[0]).toBe('Coldwater Institute=organisation');
  });
});

describe('a known name cut at a comma does not rename its acronym', () => {
  it('keeps the lexicon label when a definition is the tail of the known name', async () => {
    const { resolveActors } = await import('../../src/extract/resolve/index.ts');
    const { smallLexiconIndex } = await import('../fixtures/extract/small-lexicon.ts');
    const sco = (start: number, document: number) => ({
      document, passage: 0, start, end: start + 3, label: 'Shanghai Cooperation Organisation', type: 'organisation' as const,
      kind: 'lexicon' as const, acronym: 'SCO',
    });
    // One document wrote "… the Shanghai, Cooperation Organisation (SCO)" and its definition kept only the tail.
    const actors = resolveActors([sco(0, 0), sco(10, 1), sco(20, 2)], [{ acronym: 'SCO', label: 'Cooperation Organisation', type: 'organisation' }], smallLexiconIndex);
    expect(actors.map((actor) => `${actor.label}:${actor.mentions.length}`)).toEqual(['Shanghai Cooperation Organisation:3']);
  });
});

describe("a plural's possessive before a cue word stays inside the name", () => {
  it('keeps "… Players’ Association" whole', () => {
    expect(surfaces('She led the Northern Rugby Players’ Association for a decade.')).toEqual(['Northern Rugby Players’ Association=organisation']);
  });

  it('still ends a name at a singular possessive', () => {
    expect(surfaces('The Halden Institute’s Research Office grew.')[0]).toBe('Halden Institute=organisation');
  });
});

describe("a province's own body is not the national one", () => {
  it('keeps a US state before "House of Representatives" and "Senate"', () => {
    expect(surfaces('He won a seat in the Vermont House of Representatives in 1990.')).toEqual(['Vermont House of Representatives=organisation']);
  });

  it('leaves the national body alone without a place', () => {
    expect(recognise('The House of Representatives voted.').map((m) => m.label)).toEqual(['United States House of Representatives']);
  });
});

describe('a plural title covers the names joined by "and"', () => {
  it('makes persons of both names, even a title word', () => {
    expect(surfaces('She thanked Senators Whitfield and King for their help.')).toEqual(['Whitfield=person', 'King=person']);
  });

  it('keeps a season word after a plural title as a given name', () => {
    expect(surfaces('Representatives Summer Okafor and Dale Price spoke.')).toEqual(['Summer Okafor=person', 'Dale Price=person']);
  });
});

describe('rooms and buildings named "… Center" are not bodies', () => {
  it('drops centres named only by what is done there', () => {
    expect(surfaces('Calls go to the Operations Center and the Data Centre before noon.')).toEqual([]);
  });

  it('keeps centres with a name or a jurisdiction word', () => {
    expect(surfaces('The Pemberton Center and the National Operations Center met.'))
      .toEqual(['Pemberton Center=organisation', 'National Operations Center=organisation']);
  });
});

describe('currency codes are not bodies', () => {
  it('makes no organisation of an ISO currency code', () => {
    expect(surfaces('The loan was worth XDR 40 million, or EUR 45 million.')).toEqual([]);
  });
});

describe('titles separate a body from a person', () => {
  it('does not read a title between an unknown word and a name as part of one name', () => {
    expect(surfaces('It was led by Lantern Founder Odile Maarsen last year.')).toContain('Odile Maarsen=person');
  });

  it('takes the word before a firm officer title for the firm', () => {
    expect(surfaces('Under Brightvale CEO Odile Maarsen, sales grew.')).toEqual(['Brightvale=firm', 'Odile Maarsen=person']);
  });

  it('makes no body of a cue word that opens a title ("Press Secretary")', () => {
    expect(surfaces('Remarks by Press Secretary Odile Maarsen')).toEqual(['Odile Maarsen=person']);
  });
});

describe('names put forward for posts', () => {
  it('types "Name for Title" as a person, whatever the list before it holds', () => {
    const found = surfaces('He named Rhona Vell for Director of the Tidewater Safety Agency, Ulf Brantsen for Director of Halden Services.');
    expect(found).toContain('Ulf Brantsen=person');
  });
});

describe('known bodies after titles and regional development banks', () => {
  it('finds a lexicon body after a title and "of the"', () => {
    expect(recognise('She is the U.S. Director of the Asian Development Bank.').map((m) => `${m.label}=${m.type}`))
      .toEqual(['United States=state', 'Asian Development Bank=organisation']);
  });

  it('types a development bank of a region as an organisation, of a state as a firm', () => {
    expect(surfaces('The Andean Development Bank and the Halden Development Bank lent.'))
      .toEqual(['Andean Development Bank=organisation', 'Halden Development Bank=firm']);
  });
});

describe('a development bank of a known group of states', () => {
  it('is an organisation', () => {
    expect(surfaces('They proposed an ASEAN Development Bank last year.')).toEqual(['ASEAN Development Bank=organisation']);
  });
});

describe('fields of study and degrees are not actors', () => {
  it('makes no firm of "… Science and Technology" as a field', () => {
    expect(surfaces('She holds a degree in Marine Science and Technology from a college.')).toEqual([]);
  });

  it('makes no organisation of a degree abbreviation', () => {
    expect(surfaces('He earned a B.A. and an M.B.A. before law school.')).toEqual([]);
  });

  it('keeps a firm whose name holds the field', () => {
    expect(surfaces('The Halden Science and Technology Corporation grew.')).toEqual(['Halden Science and Technology Corporation=firm']);
  });
});

describe('a middle initial "A." inside a name', () => {
  it('keeps "Given A. Surname" whole', () => {
    expect(surfaces('The post went to Maren A. Tolliver last week.')).toEqual(['Maren A. Tolliver=person']);
  });

  it('does not make a name of "A." before a new sentence', () => {
    expect(surfaces('See part A. The rest follows.')).toEqual([]);
  });
});
