/**
 * The run-kind tests of src/extract/recognise/run/things-and-bodies.ts, one rule at a time, over the real
 * general-knowledge lexicon and hand-written sentences (none from any corpus). Each test names a run by its words
 * and asks one question of it; expected answers are worked out by hand from the rule's comment. "Zorb" is a
 * made-up word no list knows. Written against the mutation survivors of issue 18: in the whole recogniser a
 * later rule often types the run the same way, which hid these rules.
 */
import { describe, expect, it } from 'vitest';
import type { Scan } from '../../src/extract/recognise/scan.ts';
import {
  emitLexiconActorsOnly, emitStateBody, isCategoryOfBodies, isFacilityCentre, isGenericBody, isGroupOfBodies, isNonActorThing, isPublicBank,
  lacksFirmName,
} from '../../src/extract/recognise/run/things-and-bodies.ts';
import { scanRun } from '../helpers/recognise-scan.ts';

type RunTest = (scan: Scan, from: number, to: number) => boolean;


/** What `test` answers for `run`, written inside `text` ("|" marks nothing: the run is found by its words). */
function ask(test: RunTest, text: string, run: string): boolean {
  const { scan, from, to } = scanRun(text, run);
  return test(scan, from, to);
}

/** The mentions `emit` leaves for `run`, as "type:label" (with "/acronym" when one is set). */
function emitted(emit: (scan: Scan, from: number, to: number) => unknown, text: string, run: string): string[] {
  const { scan, from, to } = scanRun(text, run);
  emit(scan, from, to);
  return scan.mentions.map((mention) => `${text.slice(mention.start, mention.end)}=${mention.type}:${mention.label}${mention.acronym ? `/${mention.acronym}` : ''}`);
}

describe('isNonActorThing', () => {
  it('takes an operation or exercise whatever its last word, only before a capitalised name', () => {
    expect(ask(isNonActorThing, 'They ran Operation Sharp Guard.', 'Operation Sharp Guard')).toBe(true);
    expect(ask(isNonActorThing, 'They ran Operation Zorb.', 'Operation Zorb')).toBe(true);
    expect(ask(isNonActorThing, 'The Zorb Company rose.', 'Zorb Company')).toBe(false);
  });

  it('takes a programme named by what it does, not one named by a place or with no modifier', () => {
    expect(ask(isNonActorThing, 'The Weatherization Assistance Program paid.', 'Weatherization Assistance Program')).toBe(true);
    expect(ask(isNonActorThing, 'The Central Asia Program met.', 'Central Asia Program')).toBe(false);
    expect(ask(isNonActorThing, 'The Program paid.', 'Program')).toBe(false);
  });

  it('takes an industry word joined to a field of study for a field', () => {
    expect(ask(isNonActorThing, 'She studied Paper Science and Technology.', 'Paper Science and Technology')).toBe(true);
    expect(ask(isNonActorThing, 'She studied Science and Technology.', 'Science and Technology')).toBe(true);
  });

  it('takes a cue word as a head only among English words', () => {
    expect(ask(isNonActorThing, 'She studied Civil Engineering.', 'Civil Engineering')).toBe(true);
    expect(ask(isNonActorThing, 'She joined China National Chemical Engineering.', 'China National Chemical Engineering')).toBe(false);
    expect(ask(isNonActorThing, 'She joined Zorb Engineering.', 'Zorb Engineering')).toBe(false);
  });

  it('finds the head before "of"/"on" and lets a known actor through it', () => {
    expect(ask(isNonActorThing, 'The Convention on Biological Diversity held.', 'Convention on Biological Diversity')).toBe(true);
    expect(ask(isNonActorThing, 'The Paris Agreement held.', 'Paris Agreement')).toBe(true);
  });

  it('leaves a publication alone after "a piece for" or before "magazine"', () => {
    expect(ask(isNonActorThing, 'She wrote a piece for Foreign Policy on Iran.', 'Foreign Policy')).toBe(false);
    expect(ask(isNonActorThing, 'The Foreign Policy magazine said so.', 'Foreign Policy')).toBe(false);
    expect(ask(isNonActorThing, 'The Foreign Policy said so.', 'Foreign Policy')).toBe(true);
  });
});

describe('isGenericBody', () => {
  it('takes a body named only by what it is, all its words together', () => {
    expect(ask(isGenericBody, 'Member States agreed.', 'Member States')).toBe(true);
    expect(ask(isGenericBody, 'The Steering Committee met.', 'Steering Committee')).toBe(true);
    expect(ask(isGenericBody, 'The Zorb Steering Committee met.', 'Zorb Steering Committee')).toBe(false);
  });
});

describe('isCategoryOfBodies', () => {
  it('takes a plural body word after ordinary words, adverbs and adjectives', () => {
    expect(ask(isCategoryOfBodies, 'Historically Black Colleges and Universities met.', 'Historically Black Colleges and Universities')).toBe(true);
    expect(ask(isCategoryOfBodies, 'Tribal Colleges met.', 'Tribal Colleges')).toBe(true);
    expect(ask(isCategoryOfBodies, 'The Multilateral Development Banks met.', 'Multilateral Development Banks')).toBe(true);
  });

  it('leaves one named by a state, a name, capitals or a known actor, and one whose plural follows "of"', () => {
    expect(ask(isCategoryOfBodies, 'Chinese Universities met.', 'Chinese Universities')).toBe(false);
    expect(ask(isCategoryOfBodies, 'Zorb Universities met.', 'Zorb Universities')).toBe(false);
    expect(ask(isCategoryOfBodies, 'The UN Agencies met.', 'UN Agencies')).toBe(false);
    expect(ask(isCategoryOfBodies, 'The European System of Central Banks met.', 'European System of Central Banks')).toBe(false);
    expect(ask(isCategoryOfBodies, 'The Zorb Colleges met.', 'Zorb Colleges')).toBe(false);
  });

  it('needs the plural last and not in capitals', () => {
    expect(ask(isCategoryOfBodies, 'Tribal Colleges Fund met.', 'Tribal Colleges Fund')).toBe(false);
    expect(ask(isCategoryOfBodies, 'Tribal COLLEGES met.', 'Tribal COLLEGES')).toBe(false);
  });
});

describe('isFacilityCentre', () => {
  it('takes a centre named by what is done there', () => {
    expect(ask(isFacilityCentre, 'The Operations Center met.', 'Operations Center')).toBe(true);
    expect(ask(isFacilityCentre, 'The Cybersecurity Fusion Center met.', 'Cybersecurity Fusion Center')).toBe(true);
    expect(ask(isFacilityCentre, 'The Data Centre met.', 'Data Centre')).toBe(true);
  });

  it('leaves a named centre, a national one and a lone "Center"', () => {
    expect(ask(isFacilityCentre, 'The Wilson Center met.', 'Wilson Center')).toBe(false);
    expect(ask(isFacilityCentre, 'The National Counterterrorism Center met.', 'National Counterterrorism Center')).toBe(false);
    expect(ask(isFacilityCentre, 'The National Operations Center met.', 'National Operations Center')).toBe(false);
    expect(ask(isFacilityCentre, 'The Zorb Operations Center met.', 'Zorb Operations Center')).toBe(false);
    expect(ask(isFacilityCentre, 'The Center met.', 'Center')).toBe(false);
    expect(ask(isFacilityCentre, 'The Operations Office met.', 'Operations Office')).toBe(false);
  });
});

describe('emitLexiconActorsOnly', () => {
  it('emits the known actors inside a thing\'s name, with an acronym\'s letters', () => {
    expect(emitted(emitLexiconActorsOnly, 'The European Union Treaty held.', 'European Union Treaty')).toEqual(['European Union=organisation:European Union']);
    expect(emitted(emitLexiconActorsOnly, 'The NATO Treaty held.', 'NATO Treaty')).toEqual(['NATO=organisation:North Atlantic Treaty Organization/NATO']);
    expect(emitted(emitLexiconActorsOnly, 'The Zorb Beijing China Treaty held.', 'Zorb Beijing China Treaty')).toEqual(['China=state:China']);
  });
});

describe('lacksFirmName', () => {
  it('finds no firm name in industry words, a demonym before them, or ordinary words the text writes in lower case', () => {
    expect(ask(lacksFirmName, 'Clean Energy rose.', 'Clean Energy')).toBe(true);
    expect(ask(lacksFirmName, 'Russian Energy rose.', 'Russian Energy')).toBe(true);
    expect(ask(lacksFirmName, 'The asset management firm Asset Management Company rose.', 'Asset Management Company')).toBe(true);
  });

  it('finds one in an unknown word, a state, a single letter or a strong cue beside a name', () => {
    expect(ask(lacksFirmName, 'Samruk Energy rose.', 'Samruk Energy')).toBe(false);
    expect(ask(lacksFirmName, 'Beijing Energy rose.', 'Beijing Energy')).toBe(false);
    expect(ask(lacksFirmName, 'X Energy rose.', 'X Energy')).toBe(false);
    expect(ask(lacksFirmName, 'Russian Zorb Energy rose.', 'Russian Zorb Energy')).toBe(false);
    expect(ask(lacksFirmName, 'The Asset Management Company rose.', 'Asset Management Company')).toBe(false);
  });
});

describe('isGroupOfBodies', () => {
  it('takes a group of, on or for something, of members, of officials, of known bodies or of states', () => {
    expect(ask(isGroupOfBodies, 'The Group of Five met.', 'Group of Five')).toBe(true);
    expect(ask(isGroupOfBodies, 'The Zorb Group on Energy met.', 'Zorb Group on Energy')).toBe(true);
    expect(ask(isGroupOfBodies, 'The Nuclear Suppliers Group met.', 'Nuclear Suppliers Group')).toBe(true);
    expect(ask(isGroupOfBodies, 'The Zorb Exporters Group met.', 'Zorb Exporters Group')).toBe(true);
    expect(ask(isGroupOfBodies, 'The Library Group met.', 'Library Group')).toBe(true);
    expect(ask(isGroupOfBodies, 'The Zorb Contact Group met.', 'Zorb Contact Group')).toBe(true);
    expect(ask(isGroupOfBodies, 'The EIB Group met.', 'EIB Group')).toBe(true);
    expect(ask(isGroupOfBodies, 'The Australia Group met.', 'Australia Group')).toBe(true);
    expect(ask(isGroupOfBodies, 'The Western European and Others Group met.', 'Western European and Others Group')).toBe(true);
  });

  it('leaves a firm\'s group: a proper name, an industry, a known firm, a legal form after it', () => {
    expect(ask(isGroupOfBodies, 'The Adani Group rose.', 'Adani Group')).toBe(false);
    expect(ask(isGroupOfBodies, 'The Zorb Group rose.', 'Zorb Group')).toBe(false);
    expect(ask(isGroupOfBodies, 'The Consulting Group rose.', 'Consulting Group')).toBe(false);
    expect(ask(isGroupOfBodies, 'The Volkswagen Group rose.', 'Volkswagen Group')).toBe(false);
    expect(ask(isGroupOfBodies, 'The Potomac Law Group, PLLC rose.', 'Potomac Law Group')).toBe(false);
    expect(ask(isGroupOfBodies, 'The Zorb Company met.', 'Zorb Company')).toBe(false);
  });
});

describe('isPublicBank', () => {
  it('takes central, reserve and development banks of states, regions and known groups of states', () => {
    expect(ask(isPublicBank, 'The Reserve Bank of Zorb met.', 'Reserve Bank of Zorb')).toBe(true);
    expect(ask(isPublicBank, 'The Caribbean Development Bank met.', 'Caribbean Development Bank')).toBe(true);
    expect(ask(isPublicBank, 'The Latin American Development Bank met.', 'Latin American Development Bank')).toBe(true);
    expect(ask(isPublicBank, 'The SCO Development Bank met.', 'SCO Development Bank')).toBe(true);
    expect(ask(isPublicBank, 'The Caribbean Bank for Reconstruction and Development met.', 'Caribbean Bank for Reconstruction and Development')).toBe(true);
    expect(ask(isPublicBank, 'The Black Sea Trade and Development Bank met.', 'Black Sea Trade and Development Bank')).toBe(true);
    expect(ask(isPublicBank, 'The Bank of the Bahamas met.', 'Bank of the Bahamas')).toBe(true);
    expect(ask(isPublicBank, 'The Bank of Kenya met.', 'Bank of Kenya')).toBe(true);
  });

  it('leaves a bank of a city, of an unknown name, or a region\'s bank for something else', () => {
    expect(ask(isPublicBank, 'The Zorb Development Bank met.', 'Zorb Development Bank')).toBe(false);
    expect(ask(isPublicBank, 'The Zorb Asian Development Bank met.', 'Zorb Asian Development Bank')).toBe(false);
    expect(ask(isPublicBank, 'The Caribbean Bank for Zorb met.', 'Caribbean Bank for Zorb')).toBe(false);
    expect(ask(isPublicBank, 'The Black Sea Trade Bank met.', 'Black Sea Trade Bank')).toBe(false);
    expect(ask(isPublicBank, 'The Bank of Beijing met.', 'Bank of Beijing')).toBe(false);
    expect(ask(isPublicBank, 'The Bank of Zorb met.', 'Bank of Zorb')).toBe(false);
    expect(ask(isPublicBank, 'The Zorb Bank of Kenya met.', 'Zorb Bank of Kenya')).toBe(false);
  });
});

describe('emitStateBody', () => {
  it('names a state\'s parliament canonically', () => {
    expect(emitted(emitStateBody, 'The Kyrgyz Parliament met.', 'Kyrgyz Parliament')).toEqual(['Kyrgyz Parliament=organisation:Parliament of Kyrgyzstan']);
    expect(emitted(emitStateBody, 'The Kenya Parliament met.', 'Kenya Parliament')).toEqual(['Kenya Parliament=organisation:Parliament of Kenya']);
    // Where a parliament sits is no part of its name: one body, one label.
    expect(emitted(emitStateBody, 'The Kyrgyz Parliament in Bishkek met.', 'Kyrgyz Parliament')).toEqual(['Kyrgyz Parliament=organisation:Parliament of Kyrgyzstan']);
  });

  it('counts an embassy or consulate under its state', () => {
    expect(emitted(emitStateBody, 'The U.S. Embassy in Kabul met.', 'U.S. Embassy')).toEqual(['U.S.=state:United States']);
    expect(emitted(emitStateBody, 'The Chinese Consulate met.', 'Chinese Consulate')).toEqual(['Chinese=state:China']);
  });

  it('leaves a body of no state, of a capital, a longer name and a lone word', () => {
    expect(emitted(emitStateBody, 'The Zorb Parliament met.', 'Zorb Parliament')).toEqual([]);
    expect(emitted(emitStateBody, 'The Beijing Parliament met.', 'Beijing Parliament')).toEqual([]);
    expect(emitted(emitStateBody, 'The Kyrgyz Parliament Committee met.', 'Kyrgyz Parliament Committee')).toEqual([]);
    expect(emitted(emitStateBody, 'The Kyrgyz Senate met.', 'Kyrgyz Senate')).toEqual([]);
    expect(emitted(emitStateBody, 'Parliament met.', 'Parliament')).toEqual([]);
  });
});
