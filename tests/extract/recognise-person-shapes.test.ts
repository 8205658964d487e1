/**
 * Person error classes of issue 12 (round 4: person recognition), with hand-written sentences (none from any corpus)
 * over the real general-knowledge lexicon. Expected mentions are worked out by hand from the annotation rules.
 */
import { describe, expect, it } from 'vitest';
import { labelKey, resolveActors } from '../../src/extract/resolve/index.ts';
import { personKey } from '../../src/extract/resolve/keys.ts';
import { personSurfaces as persons, recogniseText } from '../helpers/recognise-text.ts';
import { mention, summary } from '../helpers/located-mentions.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';

describe('a place, realm, honour or condition named after a person is no person', () => {
  it('drops names headed by a tomb, an empire, an archipelago or a dynasty', () => {
    expect(persons('Pilgrims visited Miriam’s Tomb near the coast, far from the Roman Empire and the Tarvo Archipelago.')).toEqual([]);
  });

  it('drops an honour and an illness named after a person', () => {
    expect(persons('In 1990 she was a Harlan Whitcomb Scholar and studied Kessler’s Lymphoma.')).toEqual([]);
  });

  it('drops a wharf, a weapon and a request named like a person', () => {
    expect(persons('the repair of Halden Wharf, the sale of Bradley Infantry Fighting Vehicles and the President’s Budget Request.')).toEqual([]);
  });

  it('keeps a person whose name holds none of those words', () => {
    expect(persons('Pilgrims met Miriam Oduya near the coast.')).toEqual(['Miriam Oduya=person']);
  });
});

describe('a portfolio is no person', () => {
  it('drops "… Affairs" and portfolio words alone', () => {
    expect(persons('She was Global Chief Public Affairs Officer, then Deputy Homeland Security Advisor, and worked on Andean Affairs.')).toEqual([]);
  });
});

describe('English words ending in a plural are no person', () => {
  it('drops a kind of people or things', () => {
    expect(persons('Support for asylum seekers grew. A fund for Asylum Seekers opened; nuclear weapons and Nuclear Weapons talks.')).toEqual([]);
  });

  it('keeps a name whose words are English but not a plural', () => {
    expect(persons('Later, the hedges burned and Maria Hedges spoke.')).toEqual(['Maria Hedges=person']);
  });
});

describe('a storm or an operation is no person', () => {
  it('drops the name after Hurricane, Tropical Storm or Operation', () => {
    expect(persons('the flights stopped during Hurricane Edna and Tropical Storm Walter; Operation Rosa Blanca flew children out.')).toEqual([]);
  });
});

describe('a headline’s event noun after a name is not part of it', () => {
  it('cuts "Call" off the person', () => {
    expect(persons('A readout of National Security Advisor Maria Olsen’s Call with Minister Tomas Brandt')).toEqual(['Maria Olsen=person', 'Tomas Brandt=person']);
  });
});

describe('a headline’s verb and pronoun after a titled name are not part of it', () => {
  it('cuts "Announces His …" off the name', () => {
    const found = recogniseText('Governor Ashworth Pledges Her Support to Nominate Key Members').filter((m) => m.type === 'person' && m.kind === 'named');
    expect(found.map((m) => m.label)).toEqual(['Ashworth']);
  });
});

describe('a degree glued to an initial is no given name', () => {
  it('reads "M.Phil." as a degree and keeps "Phil" before a surname', () => {
    expect(persons('In 1986 she earned an M.Phil. there, and later met Phil Garrow.')).toEqual(['Phil Garrow=person']);
  });
});

describe('a Korean name is not cut at its hyphen', () => {
  it('keeps the lower-case syllable after a Korean surname and given name', () => {
    expect(persons('Secretary-General Ban Ki-moon met Chairman Kim Jong-un in May.')).toEqual(['Ban Ki-moon=person', 'Kim Jong-un=person']);
  });

  it('does not join a hyphenated word to other names', () => {
    expect(persons('Senator Lydia Marchetti-led talks ended.')).toEqual(['Lydia Marchetti=person']);
  });
});

describe('kinship words are titles', () => {
  it('finds the person after "Grandfather"', () => {
    expect(persons('My Grandfather Tiernan always talked about the mills.')).toEqual(['Tiernan=person']);
  });
});

describe('two people joined by "and" in one candidate are two', () => {
  it('splits two full names after a plural title', () => {
    const found = recogniseText('They were joined by EU Co-Chairs European Commission Executive Vice Presidents Margit Halvorsen and Tomas Lindqvist.').filter((m) => m.type === 'person');
    expect(found.map((m) => `${m.label}:${m.rule}`)).toEqual(['Margit Halvorsen:coordinated-persons', 'Tomas Lindqvist:coordinated-persons']);
  });

  it('keeps the person and drops a portfolio joined to the name', () => {
    expect(persons('A briefing by Press Secretary Dana Whitlock and Homeland Security Advisor Ruth Amberly.'))
      .toEqual(['Dana Whitlock=person', 'Ruth Amberly=person']);
    expect(persons('Energy Secretary Brannigan and Commerce Secretary Okafor spoke.')).toEqual(['Brannigan=person', 'Okafor=person']);
  });
});

describe('military ranks are titles', () => {
  it('takes "Sergeant First Class" and "Staff Sergeant" as titles, not as part of the name', () => {
    expect(persons('Sergeant First Class Arlo B. Menzies and Staff Sergeant Penrose were honoured.'))
      .toEqual(['Arlo B. Menzies=person', 'Penrose=person']);
  });
});

describe('resolving persons', () => {
  it('keeps a regnal number after a lone given name, so "Elizabeth II" is not every Elizabeth', () => {
    expect(personKey('Elizabeth II')).not.toBe(personKey('Elizabeth'));
    expect(personKey('Joe Manchin III')).toBe(personKey('Joe Manchin'));
    expect(labelKey('Charles III')).toBe('charles iii');
  });

  it('drops a person known only by one word the corpus writes in lower case', () => {
    const actors = resolveActors([
      mention('Heads', 'person', 'surname', 0), mention('Heads', 'person', 'named', 1),
      mention('Executive', 'person', 'named', 2),
      mention('Odile Brack', 'person', 'named', 3), mention('Brack', 'person', 'surname', 3),
    ], [], smallLexiconIndex, [], new Set(['heads', 'executive']));
    expect(summary(actors)).toEqual(['person:Odile Brack:2']);
  });

  it('keeps a lone common word that joins a fuller name in its document', () => {
    const actors = resolveActors([mention('Miriam Power', 'person', 'named', 0), mention('Power', 'person', 'surname', 0)],
      [], smallLexiconIndex, [], new Set(['power']));
    expect(summary(actors)).toEqual(['person:Miriam Power:2']);
  });
});
