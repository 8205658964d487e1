import { describe, expect, it } from 'vitest';
import {
  countries,
  firmCueWords,
  knownOrganisations,
  nonActorPlaces,
  nonActorWords,
  organisationCueWords,
  personTitles,
} from '../../src/extract/lexicon/index.ts';

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

/** Every surface form of every state and organisation, with the entry that owns it. */
function surfaceOwners(): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const add = (form: string, owner: string): void => {
    const key = form.toLowerCase();
    const set = owners.get(key) ?? new Set<string>();
    set.add(owner);
    owners.set(key, set);
  };
  for (const c of countries) {
    for (const form of [c.name, ...c.aliases, ...c.capitals, ...c.demonyms]) add(form, `state:${c.name}`);
  }
  for (const o of knownOrganisations) {
    for (const form of [o.name, ...o.acronyms, ...o.aliases]) add(form, `${o.type}:${o.name}`);
  }
  return owners;
}

describe('countries', () => {
  it('covers every present-day sovereign state (UN members, observers, Taiwan, Kosovo)', () => {
    const current = countries.filter((c) => c.historical !== true);
    expect(current.length).toBeGreaterThanOrEqual(197);
    for (const name of ['China', 'Russia', 'United States', 'United Kingdom', 'Taiwan', 'Kosovo', 'Palestine', 'Vatican City', 'South Sudan', 'Tuvalu']) {
      expect(current.map((c) => c.name)).toContain(name);
    }
  });

  it('has unique names', () => {
    expect(duplicates(countries.map((c) => c.name))).toEqual([]);
  });

  it('gives every present-day state a demonym, except two whose demonym belongs to a larger namesake', () => {
    // "Congolese" and "Dominican" are kept on the DR Congo and the Dominican Republic only,
    // so that every demonym resolves to exactly one state.
    const without = countries.filter((c) => c.historical !== true && c.demonyms.length === 0);
    expect(without.map((c) => c.name)).toEqual(['Congo', 'Dominica']);
  });

  it('gives the five Central Asian states their capitals and demonyms', () => {
    const expected: Record<string, { capital: string; demonym: string }> = {
      Kazakhstan: { capital: 'Astana', demonym: 'Kazakh' },
      Kyrgyzstan: { capital: 'Bishkek', demonym: 'Kyrgyz' },
      Tajikistan: { capital: 'Dushanbe', demonym: 'Tajik' },
      Turkmenistan: { capital: 'Ashgabat', demonym: 'Turkmen' },
      Uzbekistan: { capital: 'Tashkent', demonym: 'Uzbek' },
    };
    for (const [name, { capital, demonym }] of Object.entries(expected)) {
      const entry = countries.find((c) => c.name === name);
      expect(entry?.capitals).toContain(capital);
      expect(entry?.demonyms).toContain(demonym);
    }
  });

  it('marks historical states', () => {
    const ussr = countries.find((c) => c.aliases.includes('USSR'));
    expect(ussr?.name).toBe('Soviet Union');
    expect(ussr?.historical).toBe(true);
    expect(countries.find((c) => c.name === 'China')?.historical).toBeUndefined();
  });

  it('has no empty or padded strings', () => {
    for (const c of countries) {
      for (const form of [c.name, ...c.aliases, ...c.capitals, ...c.demonyms]) {
        expect(form.trim()).toBe(form);
        expect(form.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('known organisations', () => {
  it('is broad (a few hundred entries) with unique names', () => {
    expect(knownOrganisations.length).toBeGreaterThanOrEqual(300);
    expect(duplicates(knownOrganisations.map((o) => o.name))).toEqual([]);
  });

  it('keeps generic body names that many states have off the international entries', () => {
    // Kyrgyzstan, Russia and others have a "Security Council" too; only the qualified forms name the UN body.
    const forms = knownOrganisations.flatMap((o) => [o.name, ...o.aliases]);
    for (const generic of ['Security Council', 'General Assembly', 'National Security Council', 'Ministry of Defence', 'State Security Service', 'Foreign Ministry', 'Ministry of Foreign Affairs', 'Parliament']) {
      expect(forms).not.toContain(generic);
    }
    expect(knownOrganisations.find((o) => o.acronyms.includes('UNSC'))?.aliases).toContain('UN Security Council');
  });

  it('has both organisations and firms, and classes development banks as organisations', () => {
    const byName = new Map(knownOrganisations.map((o) => [o.name, o]));
    expect(byName.get('Asian Infrastructure Investment Bank')?.type).toBe('organisation');
    expect(byName.get('China National Petroleum Corporation')?.type).toBe('firm');
    expect(byName.get('Shanghai Cooperation Organisation')?.acronyms).toContain('SCO');
  });
});

describe('states and organisations together', () => {
  it('map every surface form (name, alias, acronym, capital, demonym) to exactly one entry', () => {
    const ambiguous = [...surfaceOwners()].filter(([, owners]) => owners.size > 1).map(([form, owners]) => `${form}: ${[...owners].join(' | ')}`);
    expect(ambiguous).toEqual([]);
  });

  it('never lists a known actor form as a non-actor place or word', () => {
    const owners = surfaceOwners();
    const clashes = [...nonActorPlaces, ...nonActorWords].filter((form) => owners.has(form.toLowerCase()));
    expect(clashes).toEqual([]);
  });
});

describe('word lists', () => {
  it('have no duplicates', () => {
    for (const list of [personTitles, organisationCueWords, firmCueWords, nonActorPlaces, nonActorWords]) {
      expect(duplicates(list)).toEqual([]);
    }
  });

  it('keep organisation and firm cue words apart', () => {
    const firm = new Set(firmCueWords);
    expect(organisationCueWords.filter((w) => firm.has(w))).toEqual([]);
  });

  it('list person titles longest first so "Prime Minister" is tried before "Minister"', () => {
    expect(personTitles.indexOf('Prime Minister')).toBeLessThan(personTitles.indexOf('Minister'));
    expect(personTitles).toContain('Mr.');
  });

  it('treat regions and provinces as places', () => {
    for (const place of ['Central Asia', 'Xinjiang', 'Eurasia', 'Fergana Valley', 'Silk Road']) {
      expect(nonActorPlaces).toContain(place);
    }
    expect(nonActorWords).toContain('COVID-19');
  });
});
