/**
 * Classes of issue 12 seen in encyclopedia articles on international bodies (branch i12-wiki, tuned on entity
 * test7 after its first run). Hand-written sentences (none from any corpus) over the real general-knowledge
 * lexicon; expected mentions worked out by hand from the annotation rules (tests/fixtures/real/README.md).
 */
import { describe, expect, it } from 'vitest';
import { bodySurfaces as bodies, personSurfaces as persons, recogniseText } from '../helpers/recognise-text.ts';

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

describe('a body\'s name before an installation noun names the place', () => {
  it('drops the air force of an air force base and the navy of a naval station', () => {
    expect(bodies('The probe was launched from Kestrel Air Force Base and tracked from the Navy Station at Oakmere.')).toEqual([]);
  });

  it('keeps the body when no installation noun follows', () => {
    expect(bodies('The Kestrel Air Force flew over the base.')).toEqual(['Kestrel Air Force=organisation']);
  });
});

describe('an office named with its seat goes on through "at" and the city (office-seat)', () => {
  it('keeps the city in the office\'s name', () => {
    expect(bodies('The archive moved to the Northern League Office at Lindau in 1950.')).toEqual(['Northern League Office at Lindau=organisation']);
  });

  it('does not take a state, a body or a second name after "at"', () => {
    expect(bodies('The Northern League Office at France Telecom met the Harbour Office at Lindau Bay.')).toEqual([
      'Northern League Office=organisation', 'France Telecom=firm', 'Harbour Office=organisation',
    ]);
  });
});

describe('a name with its holder\'s affiliation in brackets, in a list, is a person', () => {
  const rules = (text: string): string[] => recogniseText(text).filter((m) => m.type === 'person').map((m) => `${text.slice(m.start, m.end)}:${m.rule}`);

  it('takes speakers listed with their bodies as persons', () => {
    expect(rules('The panel featured Varn Okaro (OSCE); Selm Davor (Kestrel Institute of Studies), and others.')).toEqual([
      'Varn Okaro:introduced-person', 'Selm Davor:introduced-person',
    ]);
  });

  it('leaves a bracket that holds no body, or ends the list, unconfirmed', () => {
    expect(rules('Delegates toured Varn Okaro (the old town), then Selm Davor (OSCE) spoke.')).toEqual([
      'Varn Okaro:unconfirmed', 'Selm Davor:unconfirmed',
    ]);
  });
});

describe('an acronym in brackets that spells the whole run keeps the run one name', () => {
  it('goes on past a cut at an industry word', () => {
    expect(bodies('The bank set up the Northern Centre for Arbitration of Investment Quarrels (NCAIQ) in 1966.')).toEqual([
      'Northern Centre for Arbitration of Investment Quarrels=organisation', 'NCAIQ=organisation',
    ]);
  });

  it('keeps a title inside an office\'s name when the acronym spells it', () => {
    expect(bodies('It joined the Office of the Special Envoy of the Director-General on Rivers (OSEDGR) last year.')).toEqual([
      'Office of the Special Envoy of the Director-General on Rivers=organisation', 'OSEDGR=organisation',
    ]);
  });

  it('cuts as before when the acronym spells only the first part', () => {
    expect(bodies('The Northern Centre for Arbitration of Investment International (NCAI) met.')).toEqual([
      'Northern Centre for Arbitration of Investment=organisation', 'NCAI=organisation',
    ]);
  });
});
