/**
 * `extendBodyNames` (src/extract/recognise/passes/extend-body-names.ts) called alone on one hand-written sentence over
 * the real lexicon, with the capitalised runs the test gives: which runs it joins and the rule each joined token
 * records. Expected values are worked out by hand from the pass's comment (open complement through "in/against",
 * "and the" after one; a university's campus; an office's seat; a lower-case "affairs") and the lexicon (France a
 * state, Moscow a capital, "Council" an organisation cue); "Zorbu", "Vargu" are in no list. Written for the survivors
 * of the 2026-12-07 mutation run.
 */
import { describe, expect, it } from 'vitest';
import { extendBodyNames } from '../../src/extract/recognise/passes/extend-body-names.ts';
import { passOverRuns } from '../helpers/recognise-scan.ts';

const extended = (text: string, runs: string[]) => passOverRuns(extendBodyNames, text, runs);

const runsOf = (text: string, runs: string[]): string[] => extended(text, runs).runs;

describe('extendBodyNames: an open complement', () => {
  it('goes on through "against" or "in" to ordinary words', () => {
    expect(extended('The Group of States against Corruption met.', ['Group of States', 'Corruption'])).toEqual({
      runs: ['Group of States against Corruption'], extensions: ['against=open-complement', 'Corruption=open-complement'],
    });
    expect(runsOf('The Centre for Women in Science met.', ['Centre for Women', 'Science'])).toEqual(['Centre for Women in Science']);
  });
  it('not to a place, a capitalised connector, after no complement, or into a list of the sentence', () => {
    for (const [text, runs] of [
      ['The Institute of Oriental Studies in Moscow met.', ['Institute of Oriental Studies', 'Moscow']],
      ['The Group of States Against Corruption met.', ['Group of States', 'Corruption']],
      ['The Zorbu Group against Corruption met.', ['Zorbu Group', 'Corruption']],
      ['The Group of States against Corruption, Fraud and more met.', ['Group of States', 'Corruption', 'Fraud']],
      ['The Group of States against Corruption, and more met.', ['Group of States', 'Corruption']],
      ['The Group of States against Corruption Zorbu met.', ['Group of States', 'Corruption Zorbu']],
    ] as [string, string[]][]) expect(runsOf(text, runs), text).toEqual(runs);
  });
  it('a complement already continued goes on through "and (the)"', () => {
    expect(extended('The Centre for Women in Energy and the Environment met.', ['Centre for Women', 'Energy', 'Environment'])).toEqual({
      runs: ['Centre for Women in Energy and the Environment'],
      extensions: ['in=open-complement', 'Energy=open-complement', 'and=open-complement', 'the=open-complement', 'Environment=open-complement'],
    });
    expect(runsOf('The Centre for Women in Energy and Environment met.', ['Centre for Women', 'Energy', 'Environment'])).toEqual(['Centre for Women in Energy and Environment']);
    expect(runsOf('The Centre for Women and the Environment met.', ['Centre for Women', 'Environment'])).toEqual(['Centre for Women', 'Environment']);
    expect(runsOf('The Centre for Women in Energy and the the Environment met.', ['Centre for Women', 'Energy', 'Environment']))
      .toEqual(['Centre for Women in Energy', 'Environment']);
    expect(runsOf('The Centre for Women in Energy and the Zorbu met.', ['Centre for Women', 'Energy', 'Zorbu'])).toEqual(['Centre for Women in Energy', 'Zorbu']);
  });
});

describe('extendBodyNames: a campus, a seat, a portfolio tail', () => {
  it('a university of a place goes on through its campus after a comma or "at"', () => {
    expect(extended('The University of Texas at Zorbu said so.', ['University of Texas', 'Zorbu'])).toEqual({
      runs: ['University of Texas at Zorbu'], extensions: ['at=campus-name', 'Zorbu=campus-name'],
    });
    expect(extended('The University of Texas, Zorbu said so.', ['University of Texas', 'Zorbu'])).toEqual({
      runs: ['University of Texas Zorbu'], extensions: ['Zorbu=campus-name'],
    });
    for (const [text, runs] of [
      ['The University of Texas at Zorbu Vargu Kelto said so.', ['University of Texas', 'Zorbu Vargu Kelto']],
      ['The University of Texas, ZQ said so.', ['University of Texas', 'ZQ']],
      ['The University of Texas, Zorbu and more said so.', ['University of Texas', 'Zorbu']],
      ['The University of Texas, Zorbu Council said so.', ['University of Texas', 'Zorbu Council']],
      ['The University of Texas, France said so.', ['University of Texas', 'France']],
      ['The Zorbu University, Vargu said so.', ['Zorbu University', 'Vargu']],
      ['The University of Texas; Zorbu said so.', ['University of Texas', 'Zorbu']],
    ] as [string, string[]][]) expect(runsOf(text, runs), text).toEqual(runs);
  });
  it('an office goes on through "at" and one city', () => {
    expect(extended('The Zorbu Office at Vargu said so.', ['Zorbu Office', 'Vargu'])).toEqual({
      runs: ['Zorbu Office at Vargu'], extensions: ['at=office-seat', 'Vargu=office-seat'],
    });
    expect(runsOf('The Zorbu Office at Moscow said so.', ['Zorbu Office', 'Moscow'])).toEqual(['Zorbu Office at Moscow']);
    for (const [text, runs] of [
      ['The Office at Vargu said so.', ['Office', 'Vargu']],
      ['The Zorbu Office at Vargu Kelto said so.', ['Zorbu Office', 'Vargu Kelto']],
      ['The Zorbu Office at France said so.', ['Zorbu Office', 'France']],
      ['The Zorbu Office at ZQ said so.', ['Zorbu Office', 'ZQ']],
      ['The Zorbu Office at Council said so.', ['Zorbu Office', 'Council']],
      ['The Zorbu Office At Vargu said so.', ['Zorbu Office', 'Vargu']],
      ['The Zorbu Bureau at Vargu said so.', ['Zorbu Bureau', 'Vargu']],
    ] as [string, string[]][]) expect(runsOf(text, runs), text).toEqual(runs);
  });
  it('a lower-case "affairs" closes an office\'s open portfolio', () => {
    expect(extended('The Office of Andean and Caribbean affairs said so.', ['Office of Andean and Caribbean'])).toEqual({
      runs: ['Office of Andean and Caribbean affairs'], extensions: ['affairs=portfolio-tail'],
    });
    expect(runsOf('The Zorbu Office affairs said so.', ['Zorbu Office'])).toEqual(['Zorbu Office']);
    expect(runsOf('The Office of Andean and Caribbean matters said so.', ['Office of Andean and Caribbean'])).toEqual(['Office of Andean and Caribbean']);
  });
});
