/**
 * Organisation names the run finder cut short (branch i12-orgs2), with hand-written sentences (none from any corpus)
 * over the real general-knowledge lexicon. Expected mentions are worked out by hand from the annotation rules: a body's
 * name runs to its last word, a list inside its "of" part included; an office named after a post keeps the post.
 */
import { describe, expect, it } from 'vitest';
import { extractGraph } from '../../src/extract/index.ts';
import { recogniseText, ruledSurfaces as rulesOf, typedSurfaces as surfaces } from '../helpers/recognise-text.ts';

describe('a list closed by "and" inside a body\'s complement (listed-complement)', () => {
  it('keeps "Bureau of Trade, Labor, and Housing" and "Office of Ports, the Western Rivers and Canals" whole', () => {
    expect(rulesOf('She joined the Bureau of Trade, Labor, and Housing last year.')).toEqual(['Bureau of Trade, Labor, and Housing=listed-complement']);
    expect(surfaces('He led the Office of Ports, the Western Rivers and Canals in 2019.'))
      .toEqual(['Office of Ports, the Western Rivers and Canals=organisation']);
  });

  it('does not swallow listed persons, known bodies or states', () => {
    expect(surfaces('He saw the Institute of Physics, John Smith and Mary Jones.'))
      .toEqual(['Institute of Physics=organisation', 'John Smith=person', 'Mary Jones=person']);
    expect(surfaces('He visited the Ministry of Defence, the Kremlin and Parliament.')[0]).toBe('Ministry of Defence=organisation');
  });

  it('without a comma, "and" closes the complement only with a place', () => {
    expect(surfaces('The Economic Commission for Asia and the Far East met.')).toEqual(['Economic Commission for Asia and the Far East=organisation']);
    expect(surfaces('The Office of Farm Policy and the Ministry of Energy met.'))
      .toEqual(['Office of Farm Policy=organisation', 'Ministry of Energy=organisation']);
  });

  it('an envoy\'s office keeps both states of its portfolio', () => {
    expect(surfaces('He worked in the Office of the Special Envoy for Sudan and Chad.')).toEqual(['Office of the Special Envoy for Sudan and Chad=organisation']);
  });
});

describe('a body named for its purpose or for whom it is sent to', () => {
  it('"Committee to Protect Farmers", "Fund to Fight Rickets, Scurvy and Cholera" (purpose-complement)', () => {
    expect(rulesOf('The Committee to Protect Farmers wrote to him.')).toEqual(['Committee to Protect Farmers=purpose-complement']);
    expect(surfaces('The Global Fund to Fight Rickets, Scurvy and Cholera paid.')).toEqual(['Global Fund to Fight Rickets, Scurvy and Cholera=organisation']);
  });

  it('"U.S. Mission to the African Union" (mission-to), but not a mission to an unknown word', () => {
    expect(rulesOf('A statement from the U.S. Mission to the African Union was read.')).toEqual(['U.S. Mission to the African Union=mission-to']);
    expect(surfaces('He flew with the Delegation to Mars.')).not.toContain('Delegation to Mars=organisation');
  });
});

describe('an office named after the post it serves keeps the post', () => {
  it('"Office of the Chief Counsel", "Office of the Legal Adviser"', () => {
    expect(surfaces('The Office of the Chief Counsel issued a memo.')).toEqual(['Office of the Chief Counsel=organisation']);
    expect(surfaces('The Office of the Legal Adviser wrote.')).toEqual(['Office of the Legal Adviser=organisation']);
  });

  it('a person after the post is still the holder, not the office', () => {
    expect(surfaces('The Office of the Spokesperson Jane Doe said.')).toEqual(['Jane Doe=person']);
  });
});

describe('capitalised words up to a portfolio head close a name after an inner cue word', () => {
  it('"Bureau of International Trade Organization Affairs"', () => {
    expect(surfaces('She joined the Bureau of International Trade Organization Affairs last year.'))
      .toEqual(['Bureau of International Trade Organization Affairs=organisation']);
  });
});

describe('head nouns of bodies as data', () => {
  it('a legislature, a diocese, laboratories and a panel are organisations', () => {
    expect(surfaces('The Ohio Legislature passed the bill. The Anglican Diocese of Leeds responded.'))
      .toEqual(['Ohio Legislature=organisation', 'Anglican Diocese of Leeds=organisation']);
    expect(surfaces('He works at Lakeside National Laboratories now.')).toEqual(['Lakeside National Laboratories=organisation']);
  });

  it('a district named for what it runs is a body, its possessive ends it (functional-district)', () => {
    expect(rulesOf('The North Valley Water Management District\'s Water Resources Advisory Commission met.'))
      .toEqual(['North Valley Water Management District=functional-district', 'Water Resources Advisory Commission=cue-organisation']);
    expect(surfaces('He lives in the Khujand District of Tajikistan.')).not.toContain('Khujand District=organisation');
  });
});

describe('an acronym defined by a proper name with a place or a cue word is a body', () => {
  const acronymTypes = (text: string): string[] => {
    const graph = extractGraph([{ path: 'a.txt', bytes: new TextEncoder().encode(text) }]).graph;
    return graph.nodes.map((node) => `${node.label}=${node.type}`).sort();
  };

  it('"Middle East Scientific Co-operation (MESC)" is an organisation, "Gross Domestic Product (GDP)" is nothing', () => {
    const text = 'The Middle East Scientific Co-operation (MESC) was founded in Jordan. MESC grew fast.\n\nThe Gross Domestic Product (GDP) of Jordan rose. GDP fell later.\n';
    const nodes = acronymTypes(text);
    expect(nodes).toContain('Middle East Scientific Co-operation=organisation');
    expect(nodes.some((node) => node.startsWith('Gross Domestic') || node.startsWith('GDP'))).toBe(false);
  });

  it('an event named by the phrase\'s head ("Conference on …") defines no body', () => {
    const nodes = acronymTypes('The Riverside Conference on International Organization (RCIO) met in Lisbon. RCIO ended.\n');
    expect(nodes.some((node) => node.includes('RCIO') || node.includes('Conference on International'))).toBe(false);
  });

  it('a dotted acronym never defined ("T.V.A.") is an organisation like an undotted one', () => {
    const nodes = acronymTypes('Farmers praised the T.V.A. in Knoxville. The T.V.A. built dams on the river.\n');
    expect(nodes).toContain('T.V.A.=organisation');
  });
});

describe('a post or an organ "of" a body names the body', () => {
  it('editors and associate justices are titles: "Executive Editor of Harbor News" → the paper', () => {
    expect(surfaces('The Executive Editor of Harbor News spoke.')).toEqual(['Harbor News=organisation']);
    expect(surfaces('She was Associate Justice of the Ohio Court of Appeals.')).toEqual(['Ohio Court of Appeals=organisation']);
  });

  it('ordinary words before an organ phrase belong to the organ ("Scientific Advisory Council of …")', () => {
    expect(surfaces('The Scientific Advisory Council of the Finnish Institute for Global Affairs met.'))
      .toEqual(['Finnish Institute for Global Affairs=organisation']);
    expect(surfaces('The National Council of Churches met.')).toEqual(['National Council of Churches=organisation']);
  });
});

describe('a thing in or at a body does not swallow the body', () => {
  it('"… Trade Policy in the Bureau of Ports, Rivers and Canals" keeps the bureau', () => {
    expect(surfaces('She was Director for Farm Exports and Trade Policy in the Bureau of Ports, Rivers and Canals.'))
      .toContain('Bureau of Ports, Rivers and Canals=organisation');
  });

  it('"Senior Bureau Official of the Bureau of …" is a post, then the bureau', () => {
    expect(surfaces('Jones was the Senior Bureau Official of the Bureau of Ports, Rivers and Canals.'))
      .toContain('Bureau of Ports, Rivers and Canals=organisation');
  });
});
