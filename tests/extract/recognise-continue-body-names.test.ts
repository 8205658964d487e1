/**
 * `continueBodyNames` (src/extract/recognise/passes/continue-body-names.ts) called alone on one hand-written sentence
 * over the real lexicon, with the capitalised runs the test gives: which runs it joins and the rule each joined token
 * records. Expected values are worked out by hand from the pass's comment and word lists ("Committee" an organisation
 * cue, "Protect" a purpose verb, "Mission" a mission word; the African Union, NATO and France known actors);
 * "Zorbu", "Vargu" are in no list. Written for the survivors of the 2026-12-07 mutation run.
 */
import { describe, expect, it } from 'vitest';
import { continueBodyNames } from '../../src/extract/recognise/passes/continue-body-names.ts';
import { passOverRuns } from '../helpers/recognise-scan.ts';

const continued = (text: string, runs: string[]) => passOverRuns(continueBodyNames, text, runs);

describe('continueBodyNames: a listed complement', () => {
  it('joins a list closed by "and" after "of"', () => {
    expect(continued('She joined the Bureau of Zorbu, Vargu, and Housing last year.', ['Bureau of Zorbu', 'Vargu', 'Housing'])).toEqual({
      runs: ['Bureau of Zorbu Vargu and Housing'],
      extensions: ['Vargu=listed-complement', 'and=listed-complement', 'Housing=listed-complement'],
    });
  });
  it('not a list that is not closed by "and", nor one going on after "and"', () => {
    expect(continued('She joined the Bureau of Zorbu, Vargu, Housing last year.', ['Bureau of Zorbu', 'Vargu', 'Housing']).runs)
      .toEqual(['Bureau of Zorbu', 'Vargu', 'Housing']);
    expect(continued('She joined the Bureau of Zorbu, Vargu, and Housing and more.', ['Bureau of Zorbu', 'Vargu', 'Housing']).runs)
      .toEqual(['Bureau of Zorbu', 'Vargu', 'Housing']);
  });
  it('an item must be plain: no known actor, body word or title, at most four words', () => {
    for (const item of ['France', 'Zorbu Council', 'Minister', 'Zorbu Vargu Kelto Tal Bero']) {
      expect(continued(`She joined the Bureau of Zorbu, ${item}, and Housing last year.`, ['Bureau of Zorbu', item, 'Housing']).runs, item)
        .toEqual(['Bureau of Zorbu', item, 'Housing']);
    }
  });
  it('without a comma item, "and" closes only with a place', () => {
    expect(continued('She joined the Bureau of Zorbu and Housing last year.', ['Bureau of Zorbu', 'Housing']).runs).toEqual(['Bureau of Zorbu', 'Housing']);
    // "Ohio" is a place (a non-actor lexicon entry).
    expect(continued('She joined the Bureau of Zorbu and Ohio last year.', ['Bureau of Zorbu', 'Ohio']).runs).toEqual(['Bureau of Zorbu and Ohio']);
    expect(continued('She joined the Bureau of Zorbu and the Ohio last year.', ['Bureau of Zorbu', 'Ohio']).runs).toEqual(['Bureau of Zorbu and the Ohio']);
  });
  it('an envoy\'s office for one state and another', () => {
    expect(continued('The Office of the Special Envoy for Sudan and France said so.', ['Office of the Special Envoy for Sudan', 'France'])).toEqual({
      runs: ['Office of the Special Envoy for Sudan and France'],
      extensions: ['and=listed-complement', 'France=listed-complement'],
    });
    expect(continued('The Office of the Special Envoy for Sudan and Zorbu said so.', ['Office of the Special Envoy for Sudan', 'Zorbu']).runs)
      .toEqual(['Office of the Special Envoy for Sudan', 'Zorbu']);
    expect(continued('The Office of the Special Envoy of Sudan and France said so.', ['Office of the Special Envoy of Sudan', 'France']).runs)
      .toEqual(['Office of the Special Envoy of Sudan', 'France']);
    expect(continued('The Zorbu Vargu Envoy for Sudan and France said so.', ['Zorbu Vargu Envoy for Sudan', 'France']).runs)
      .toEqual(['Zorbu Vargu Envoy for Sudan', 'France']);
  });
});

describe('continueBodyNames: "to" and a purpose or a mission', () => {
  it('a body named for its purpose: a cue word, "to", a purpose verb and more', () => {
    expect(continued('The Committee to Protect Farmers wrote.', ['Committee', 'Protect Farmers'])).toEqual({
      runs: ['Committee to Protect Farmers'],
      extensions: ['to=purpose-complement', 'Protect=purpose-complement'],
    });
    for (const [text, runs] of [
      ['The Committee to Protect wrote.', ['Committee', 'Protect']],
      ['The Zorbu to Protect Farmers wrote.', ['Zorbu', 'Protect Farmers']],
      ['The Committee to Zorbu Farmers wrote.', ['Committee', 'Zorbu Farmers']],
      ['The Committee to the Protect Farmers wrote.', ['Committee', 'Protect Farmers']],
      ['The Committee, to Protect Farmers wrote.', ['Committee', 'Protect Farmers']],
      ['The Committee To Protect Farmers wrote.', ['Committee', 'Protect Farmers']],
    ] as [string, string[]][]) expect(continued(text, runs).runs, text).toEqual(runs);
  });
  it('a mission to a known body or state, or to one word in capitals', () => {
    expect(continued('A note from the Mission to the African Union was read.', ['Mission', 'African Union'])).toEqual({
      runs: ['Mission to the African Union'],
      extensions: ['to=mission-to', 'the=mission-to', 'African=mission-to'],
    });
    expect(continued('A note from the Mission to France was read.', ['Mission', 'France']).runs).toEqual(['Mission to France']);
    expect(continued('A note from the Mission to ZQX was read.', ['Mission', 'ZQX']).runs).toEqual(['Mission to ZQX']);
    expect(continued('A note from the Mission to Zorbu was read.', ['Mission', 'Zorbu']).runs).toEqual(['Mission', 'Zorbu']);
    expect(continued('A note from the Mission to ZQX Vargu was read.', ['Mission', 'ZQX Vargu']).runs).toEqual(['Mission', 'ZQX Vargu']);
    expect(continued('A note from the Mission to the the France was read.', ['Mission', 'France']).runs).toEqual(['Mission', 'France']);
  });
});

// Written for the 2026-12-08 run (i18-kill4): the parts of the pass the tests above do not reach, from its comments.
describe('continueBodyNames: missions of a state, lists closed inside an item, a list after "the"', () => {
  it('a mission of a state goes on to the body it is sent to; not when "of" names no state', () => {
    expect(continued('The Permanent Mission of Kazakhstan to the United Nations said so.', ['Permanent Mission of Kazakhstan', 'United Nations'])).toEqual({
      runs: ['Permanent Mission of Kazakhstan to the United Nations'],
      extensions: ['to=mission-to', 'the=mission-to', 'United=mission-to'],
    });
    expect(continued('The Permanent Mission of Zorbu to the United Nations said so.', ['Permanent Mission of Zorbu', 'United Nations']).runs)
      .toEqual(['Permanent Mission of Zorbu', 'United Nations']);
  });
  it('a last item holding the closing "and", maybe with "of" and the state the body belongs to', () => {
    expect(continued('The Ministry of Roads, Transport, Construction and Urban Development said so.', ['Ministry of Roads', 'Transport', 'Construction and Urban Development'])).toEqual({
      runs: ['Ministry of Roads Transport Construction and Urban Development'],
      extensions: ['Transport=listed-complement', 'Construction=listed-complement'],
    });
    expect(continued('The Ministry of Foreign Economic Relations, Investments and Trade of Uzbekistan said so.', ['Ministry of Foreign Economic Relations', 'Investments and Trade of Uzbekistan'])).toEqual({
      runs: ['Ministry of Foreign Economic Relations Investments and Trade of Uzbekistan'],
      extensions: ['Investments=listed-complement'],
    });
    // "of Zorbu" names no state, and the item (five words) is no plain one either.
    expect(continued('The Ministry of Foreign Economic Relations, Investments and Trade of Zorbu said so.', ['Ministry of Foreign Economic Relations', 'Investments and Trade of Zorbu']).runs)
      .toEqual(['Ministry of Foreign Economic Relations', 'Investments and Trade of Zorbu']);
  });
  it('an item after ", the" goes on to the closing "and"', () => {
    expect(continued('The Office of Ports, the Western Rivers and Canals said so.', ['Office of Ports', 'Western Rivers', 'Canals'])).toEqual({
      runs: ['Office of Ports the Western Rivers and Canals'],
      extensions: ['the=listed-complement', 'Western=listed-complement', 'and=listed-complement', 'Canals=listed-complement'],
    });
  });
  it('a body after the closing item\'s comma closes the list; any other capitalised word there does not', () => {
    expect(continued('The Fund to Fight Zorbu, Vargu and Kelto, United Nations Department of Peace said so.',
      ['Fund', 'Fight Zorbu', 'Vargu', 'Kelto', 'United Nations Department of Peace']).runs)
      .toEqual(['Fund to Fight Zorbu Vargu and Kelto', 'United Nations Department of Peace']);
    expect(continued('The Fund to Fight Zorbu, Vargu and Kelto, Tal Bero said so.', ['Fund', 'Fight Zorbu', 'Vargu', 'Kelto', 'Tal Bero']).runs)
      .toEqual(['Fund to Fight Zorbu', 'Vargu', 'Kelto', 'Tal Bero']);
  });
});

// Written for the survivors of i18-kill4's run of 2026-12-08 (lines 51–84): each case names what the rule must refuse.
describe('continueBodyNames: what a mission, a purpose and an envoy\'s portfolio do not take', () => {
  const unchanged = (text: string, runs: string[]) => expect(continued(text, runs).runs, text).toEqual(runs);
  it('a mission goes on through "to" only, to a body or a state only, and counts as one only with a mission word before "of" and a state', () => {
    unchanged('A note from the Mission at NATO was read.', ['Mission', 'NATO']);
    unchanged('A note from the Mission to a NATO summit was read.', ['Mission', 'NATO']);
    // Gazprom is a firm, no body or state.
    unchanged('A note from the Mission to Gazprom was read.', ['Mission', 'Gazprom']);
    unchanged('The Permanent Office of Kazakhstan to the United Nations said so.', ['Permanent Office of Kazakhstan', 'United Nations']);
    unchanged('The Permanent Mission for Kazakhstan to the United Nations said so.', ['Permanent Mission for Kazakhstan', 'United Nations']);
    unchanged('The Permanent Mission of NATO to the United Nations said so.', ['Permanent Mission of NATO', 'United Nations']);
    unchanged('A letter from Zorbu Vargu to the United Nations was read.', ['Zorbu Vargu', 'United Nations']);
  });
  it('an envoy\'s second portfolio follows "and" alone, and is a state or a place, no other actor', () => {
    unchanged('The Office of the Special Envoy for Sudan, France said so.', ['Office of the Special Envoy for Sudan', 'France']);
    unchanged('The Office of the Special Envoy for Sudan or France said so.', ['Office of the Special Envoy for Sudan', 'France']);
    unchanged('The Office of the Special Envoy for Sudan and NATO said so.', ['Office of the Special Envoy for Sudan', 'NATO']);
    // "Ohio" is a place (a non-actor lexicon entry).
    expect(continued('The Office of the Special Envoy for Sudan and Ohio said so.', ['Office of the Special Envoy for Sudan', 'Ohio']).runs)
      .toEqual(['Office of the Special Envoy for Sudan and Ohio']);
  });
});
