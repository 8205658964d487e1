/**
 * Thing shapes of issue 12 (branch i12-junk: funds, treaty names, ordinary-word firms, titles before a body,
 * presidents' administrations, saints, ships and towns), with hand-written sentences (none from any corpus) over
 * the real general-knowledge lexicon. Expected mentions are worked out by hand from the annotation rules.
 */
import { describe, expect, it } from 'vitest';
import { recogniseText, typedSurfaces as surfaces } from '../helpers/recognise-text.ts';

const labelled = (text: string): string[] => recogniseText(text).map((m) => `${text.slice(m.start, m.end)}=${m.type}:${m.label}:${m.rule}`);

describe('a fund named by its purpose is a pot of money', () => {
  it('drops "Global Equality Fund" and its acronym, keeps a body named Fund', () => {
    expect(surfaces('The Global Equality Fund (GEF) and the Loss and Damage Fund pay out; the World Wildlife Fund objected. GEF grants rose.'))
      .toEqual(['World Wildlife Fund=organisation']);
  });

  it('keeps a fund whose name says nothing of a purpose', () => {
    expect(surfaces('The Tikvah Fund hosted the talk.')).toEqual(['Tikvah Fund=organisation']);
  });
});

describe('a body named inside a treaty is part of the treaty', () => {
  it('drops "Free Association" of "Compacts of Free Association"', () => {
    expect(surfaces('Palau renewed the Compacts of Free Association last year.').filter((s) => !s.startsWith('Compacts')))
      .toEqual(['Palau=state']);
  });

  it('keeps the same words after an ordinary noun', () => {
    expect(surfaces('The members of the Free Association met in Oslo.')).toContain('Free Association=organisation');
  });
});

describe('a disease pair is no acronym', () => {
  it('drops "HIV/AIDS" and keeps an unknown pair', () => {
    expect(surfaces('Rates of HIV/AIDS fell, and RFE/RL reported it.')).toEqual(['RFE/RL=organisation']);
  });
});

describe('a firm needs more than ordinary words', () => {
  it('drops a field of study joined by "and"', () => {
    const text = 'Her natural bent was civil work: she holds degrees in Environment and Natural Resources and Civil Engineering.';
    expect(surfaces(text).filter((s) => s.endsWith('=firm'))).toEqual([]);
  });

  it('keeps a firm with a legal form or a proper name', () => {
    expect(surfaces('She joined the National Oil and Gas Company and later Zhenhua Oil and Gas.').filter((s) => s.endsWith('=firm')))
      .toEqual(['National Oil and Gas Company=firm', 'Zhenhua Oil and Gas=firm']);
  });

  it('takes a state and an industry word before a minister\'s title for a department', () => {
    expect(surfaces('U.S. Energy Secretary Jennifer Granholm spoke.').filter((s) => s.endsWith('=firm'))).toEqual([]);
  });
});

describe('an editor\'s title before "of" leaves the body', () => {
  it('keeps "Bloomberg News" of "Executive Editor of Bloomberg News"', () => {
    // Since round 5 "Executive Editor" is in the title lexicon, so the run is cut at the title before
    // this pass sees it; the body is what must come out, whichever rule cuts it.
    expect(labelled('She is Executive Editor of Bloomberg News.').map((l) => l.replace(/:[a-z-]+$/, ''))).toEqual(['Bloomberg News=organisation:Bloomberg News']);
  });
});

describe('a president\'s administration is its state', () => {
  it('counts "Biden-Harris Administration" under the United States, not an agency', () => {
    expect(labelled('The Biden-Harris Administration and the Small Business Administration acted.')).toEqual([
      'Biden-Harris Administration=state:United States:leader-administration',
      'Small Business Administration=organisation:Small Business Administration:lexicon',
    ]);
  });

  it('leaves an administration named after an unknown person alone', () => {
    expect(surfaces('The Smithers Administration acted.')).toEqual(['Smithers Administration=organisation']);
  });
});

describe('saints, ships and towns are no persons', () => {
  it('drops a given name after "St." and a ship\'s name', () => {
    expect(surfaces('He taught in St. Louis and later served aboard USS Buchanan.').filter((s) => s.endsWith('=person'))).toEqual([]);
  });

  it('drops a lone word before ", <region>" but keeps a full name there', () => {
    expect(surfaces('She was police chief in Richmond, California, and Tucson, Arizona.').filter((s) => s.endsWith('=person'))).toEqual([]);
    expect(surfaces('Governor Gavin Newsom, California, spoke.')).toContain('Gavin Newsom=person');
  });
});

describe('bodies typed as firms by a cue or a shape', () => {
  it('types an export-import bank and a brand-shaped word ending in "Corps" as organisations', () => {
    expect(surfaces('He served at AmeriCorps and the Export-Import Bank.')).toEqual(['AmeriCorps=organisation', 'Export-Import Bank=organisation']);
  });

  it('drops a region before an industry word ("Indo-Pacific Partners")', () => {
    expect(surfaces('NATO and Indo-Pacific Partners will meet.')).toEqual(['NATO=organisation']);
  });

  it('gives a defined acronym the name\'s final type', () => {
    const definitions = (text: string) => {
      const mentions = recogniseText(text);
      return mentions.filter((m) => text.slice(m.start, m.end) === 'NSG').map((m) => m.type);
    };
    expect(definitions('India joined the Nuclear Suppliers Group (NSG). The NSG met.')).toEqual(['organisation', 'organisation']);
  });
});

describe('an organ or a portfolio before a named body leaves the body', () => {
  it('keeps the foundation of "Board of the Tarrow Health Foundation"', () => {
    expect(labelled('She chairs the Board of the Tarrow Health Foundation.')).toEqual(['Tarrow Health Foundation=organisation:Tarrow Health Foundation:body-after-title']);
  });

  it('keeps the council of "… for Nonproliferation on the National Security Council"', () => {
    expect(surfaces('He was Senior Director for Nonproliferation on the National Security Council.')).toContain('National Security Council=organisation');
  });

  it('leaves a body whose own name holds "on the" alone', () => {
    expect(surfaces('The Commission on the Status of Women met.')).toEqual(['Commission on the Status of Women=organisation']);
  });

  it('drops a legal form written alone', () => {
    expect(surfaces('It became a Joint Stock Company in 1998.').filter((s) => s.endsWith('=firm'))).toEqual([]);
  });
});

describe('an embassy after a title counts under its state', () => {
  it('turns "U.S. Embassy" after "Chargé d’affaires," into the United States', () => {
    expect(labelled('She was Chargé d’affaires, U.S. Embassy Baku, and later U.S. Embassies in Europe.').filter((s) => s.includes('Embass')))
      .toEqual([]);
  });
});

describe('a known body keeps its name whatever its words', () => {
  it('keeps "United Nations International Children\'s Emergency Fund (UNICEF)"', () => {
    expect(surfaces('The United Nations International Children\'s Emergency Fund (UNICEF) helps. UNICEF said so.')).toEqual([
      'United Nations International Children\'s Emergency Fund=organisation', 'UNICEF=organisation', 'UNICEF=organisation',
    ]);
  });
});

describe('"Embassy of <state>" and a legal form written alone', () => {
  it('counts "Embassy of Japan" under Japan and drops "Company Limited"', () => {
    expect(labelled('It now houses the Embassy of Japan.')).toEqual(['Embassy of Japan=state:Japan:state-body']);
    expect(surfaces('Costar Marine (Group) Company Limited filed.').filter((s) => s.startsWith('Company'))).toEqual([]);
  });
});

describe('a government website is no firm', () => {
  it('drops "StopRansomware" of "StopRansomware.gov"', () => {
    expect(surfaces('Read more on StopRansomware.gov today.').filter((s) => s.endsWith('=firm'))).toEqual([]);
  });
});

describe('people named by a plural are no person', () => {
  it('drops "Asylum Seekers" in a heading and keeps "Ruth Powers"', () => {
    expect(surfaces('Protecting Vulnerable Refugees and Asylum Seekers: the Department acts.').filter((s) => s.endsWith('=person'))).toEqual([]);
    expect(surfaces('Senator Ruth Powers spoke.')).toEqual(['Ruth Powers=person']);
  });
});
