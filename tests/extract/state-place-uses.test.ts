/**
 * Capitals and state names used as places (issue 12 class 16; src/extract/resolve/capital-use.ts, place-lists.ts,
 * state-place-uses.ts). Hand-written sentences in the shapes seen on the real corpus; each expected reason is worked
 * out by hand from the rule's words (lexicon/place-uses.json, places.json, countries.json), and each place reading is
 * paired with a sentence where the same capital acts and must stay its state's.
 */
import { describe, expect, it } from 'vitest';
import { capitalPlaceUse } from '../../src/extract/resolve/capital-use.ts';
import { statePlaceUse, statesNamedIn } from '../../src/extract/resolve/state-place-uses.ts';
import type { CandidateMention } from '../../src/extract/types.ts';

/** The reason the first `capital` in `sentence` is read as a place, or undefined where it acts. */
function reason(sentence: string, capital: string): string | undefined {
  const start = sentence.indexOf(capital);
  if (start < 0) throw new Error(`${capital} not in ${sentence}`);
  return capitalPlaceUse(sentence, start, start + capital.length);
}

function stateMention(text: string, written: string, label: string, rule = 'lexicon', from = 0): CandidateMention {
  const start = text.indexOf(written, from);
  return { passage: 0, start, end: start + written.length, kind: 'lexicon', type: 'state', rule, label } as CandidateMention;
}

describe('a capital as a place: each reading, and the same capital acting', () => {
  it.each([
    // A sentence's first word is capitalised: "In" is still a place preposition.
    ['In Vilnius, Allies adopted a plan.', 'Vilnius', 'place-preposition'],
    ['Vilnius adopted a plan.', 'Vilnius', undefined],
    ['In both Paris and Bangkok, she served as chargé.', 'Paris', 'place-preposition'],
    // Its own state after a comma or in brackets.
    ['She served in Kyiv, Ukraine; and Warsaw, Poland.', 'Kyiv', 'place-region'],
    ['Offices in Abuja (Nigeria) and Moscow (Russia).', 'Abuja', 'place-region'],
    ['She served as consul in Bogota, Colombia.', 'Bogota', 'place-region'],
    // Another state after the comma is a list of actors, not a region.
    ['Washington, Russia and China disagreed.', 'Washington', undefined],
    // A date or a year: where an event was held.
    ['The Fourth Summit (Islamabad, 29–31 December 1988) agreed.', 'Islamabad', 'place-dateline'],
    ['Rome, 1992: associate membership was created.', 'Rome', 'place-dateline'],
    ['the Olympic Games Tokyo 2020 in a safe manner', 'Tokyo', 'place-dateline'],
    ['At the 2013 Warsaw climate change conference, AOSIS pushed.', 'Warsaw', 'place-dateline'],
    ['In 2007 Moscow announced new investment.', 'Moscow', undefined],
    // Lists: a city that is no capital makes the list one of places; capitals alone say nothing.
    ['Other offices are located in Geneva, Nairobi, Vienna, and The Hague.', 'Vienna', 'place-list'],
    ['It competed against Vienna and Geneva.', 'Vienna', 'place-list'],
    ['Moscow, Tehran and Ankara met.', 'Moscow', undefined],
    ['She has served in Rome, Sarajevo, Paris, Cairo and Tunis.', 'Cairo', 'place-preposition'],
    ['The major centres are Moscow, Minsk and Astana.', 'Minsk', undefined],
    ['offices opened in the three Baltic capitals (Tallinn, Riga and Vilnius) in 1991', 'Riga', 'place-list'],
    ['connectivity between Subic Bay, Clark, Manila, and Batangas', 'Manila', 'place-list'],
    ['with the support of Moscow, Beijing and Tehran', 'Beijing', undefined],
    // Possessives: the government's, unless a part of the city follows.
    ["located in Vienna's first district", 'Vienna', 'place-possessive'],
    ["the status quo of Jerusalem's holy sites", 'Jerusalem', 'place-possessive'],
    ["counter Moscow's ability to wage war", 'Moscow', undefined],
    // Destinations and the state's own city.
    ['He will visit Beijing early next year.', 'Beijing', 'place-destination'],
    ["The meeting was held in Thailand's Bangkok on 1 August.", 'Bangkok', 'place-destination'],
    ["It was signed in Kazakhstan's capital Astana.", 'Astana', 'place-destination'],
    ['Beijing told Kiribati it was listening.', 'Beijing', undefined],
    ['Then she will depart Lusaka for Washington.', 'Lusaka', 'place-destination'],
    // A given name before: a person's surname ("Brendan Berne"), not an English word ("Grace Beijing" is no case here).
    ['According to Brendan Berne, the ambassador, Macron said so.', 'Berne', 'place-name-part'],
    ['Asked about it, Beijing said no.', 'Beijing', undefined],
    // Parts of other names.
    ['The region saw coups in Guinea–Bissau and The Gambia.', 'Bissau', 'place-name-part'],
    ['France welcomes the Nairobi-Washington Vision.', 'Nairobi', 'place-name-part'],
    ['the framework of the Paris and Kunming-Montreal Agreements', 'Paris', 'place-name-part'],
    ['the mandate from the G20 Rome Leaders’ Declaration', 'Rome', 'place-name-part'],
    ['the Beijing leadership said so', 'Beijing', undefined],
    ['missions in the DR Congo: EUPOL Kinshasa (from October 2003)', 'Kinshasa', 'place-name-part'],
    ['an independent Washington think tank', 'Washington', 'place-name-part'],
    ['the VI Summit, Santiago de Chile.', 'Santiago', 'place-name-part'],
    // Forms that name the city or a district only.
    ['the West Bank, Gaza, and East Jerusalem', 'East Jerusalem', 'place-form'],
    ['a B.A. from a university in Washington, D.C. and an M.Phil.', 'Washington, D.C.', 'place-form'],
    // Written as the lexicon's key matches it: without the full stops, with a typographic apostrophe.
    ['a partner at the Washington, DC law firm', 'Washington, DC', 'place-form'],
    ['the partners gathered at the N’Djamena summit', 'N’Djamena', 'place-name-part'],
  ])('%s (%s) → %s', (sentence, capital, expected) => {
    expect(reason(sentence, capital)).toBe(expected);
  });
});

describe('capitals with another common meaning count only where the document names their state', () => {
  const text = 'She teaches at Georgetown and writes on Georgetown policy.';
  it('without the state in the document: a place or another body', () => {
    const mention = stateMention(text, 'Georgetown', 'Guyana', 'capital-as-state');
    expect(statePlaceUse(text, mention, [0, text.length], statesNamedIn([mention]))).toBe('ambiguous-capital');
  });
  it('with the state named by its name: read as usual', () => {
    const said = 'Georgetown said it would not yield to Venezuela, and Guyana asked for help.';
    const capital = stateMention(said, 'Georgetown', 'Guyana', 'capital-as-state');
    const named = stateMention(said, 'Guyana', 'Guyana');
    expect(statesNamedIn([capital, named])).toEqual(new Set(['Guyana']));
    expect(statePlaceUse(said, capital, [0, said.length], statesNamedIn([capital, named]))).toBeUndefined();
  });
});

describe('a state name that is also a US state', () => {
  const georgia = (text: string, from = 0): string | undefined => {
    const mention = stateMention(text, 'Georgia', 'Georgia', 'lexicon', from);
    return statePlaceUse(text, mention, [0, text.length], new Set(['Georgia']));
  };
  it.each([
    ['He clerked for a judge in Atlanta, Georgia.', 'homonym-state'],
    ['He served at Fort Benning, Georgia.', 'homonym-state'],
    ['Georgia voters are finding ways to vote.', 'homonym-state'],
    ['the guided missile submarine USS Georgia', 'homonym-state'],
    ['companies in 12 states, including Alabama, Georgia, Kentucky and Ohio', 'homonym-state'],
    // The country: its capital before the comma, a list of states, its own cues beside a US state's name.
    ['Deputy Chief of Mission in Tbilisi, Georgia.', undefined],
    ['support for Bosnia and Herzegovina, Georgia, and Moldova', undefined],
    ['However, Georgia withdrew from the CIS.', undefined],
    ['Georgia left the CIS in 2009, and Texas was not involved, but Russia was.', undefined],
  ])('%s → %s', (text, expected) => {
    expect(georgia(text)).toBe(expected);
  });
});
