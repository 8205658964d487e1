/**
 * `recogniseNamesInRun` (src/extract/recognise/run/names-in-run.ts) on one run of a hand-written sentence over the
 * real lexicon: the lexicon hits it types (a firm's national arm, a maker before a model number, a capital standing for
 * its state) and the firm before an officer's title. Expected mentions are worked out by hand from the file's comments
 * and the lexicon's entries (Gazprom and Boeing firms, Russia a state, Moscow its capital, NATO an acronym, "CEO" a
 * firm officer's title); "Zorbu", "Vargu", "Kelto" are in no list. Written for the survivors of the 2026-12-07 run.
 */
import { describe, expect, it } from 'vitest';
import { recogniseNamesInRun } from '../../src/extract/recognise/run/names-in-run.ts';
import { scanRun } from '../helpers/recognise-scan.ts';

/** Mentions as "surface=label=type/kind/rule" (+ "/acronym" when one is set). */
function names(text: string, run: string): string[] {
  const { scan, from, to } = scanRun(text, run);
  recogniseNamesInRun(scan, from, to);
  return scan.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.label}=${m.type}/${m.kind}/${m.rule}${m.acronym === undefined ? '' : `/${m.acronym}`}`);
}

describe('recogniseNamesInRun: a firm and a state closing the run', () => {
  it('names the firm\'s national arm', () => {
    expect(names('They bought Gazprom Russia shares.', 'Gazprom Russia')).toEqual(['Gazprom Russia=Gazprom Russia=firm/named/national-subsidiary']);
  });
  it('not when the state is possessive, the firm is, the mention before is no firm, or the state does not close the run', () => {
    // (A token ends before its possessive "’s".)
    expect(names('They bought Gazprom Russia’s shares.', 'Gazprom Russia')).toEqual(['Gazprom=Gazprom=firm/lexicon/lexicon', 'Russia=Russia=state/lexicon/lexicon']);
    expect(names('They bought Gazprom’s Russia shares.', 'Gazprom’s Russia')).toEqual(['Gazprom=Gazprom=firm/lexicon/lexicon', 'Russia=Russia=state/lexicon/lexicon']);
    expect(names('They saw NATO Russia talks.', 'NATO Russia'))
      .toEqual(['NATO=North Atlantic Treaty Organization=organisation/lexicon/lexicon/NATO', 'Russia=Russia=state/lexicon/lexicon']);
    expect(names('They saw Gazprom Russia France talks.', 'Gazprom Russia France'))
      .toEqual(['Gazprom=Gazprom=firm/lexicon/lexicon', 'Russia=Russia=state/lexicon/lexicon', 'France=France=state/lexicon/lexicon']);
  });
});

describe('recogniseNamesInRun: lexicon hits', () => {
  it('a maker before a model number names no firm; a wider gap or other word does', () => {
    expect(names('They flew three Boeing 787-8 jets.', 'Boeing')).toEqual([]);
    expect(names('They flew in a Boeing 787-8, then left.', 'Boeing')).toEqual([]);
    expect(names('They flew in a Boeing 787-8', 'Boeing')).toEqual([]);
    expect(names('They flew three Boeing  787-8 jets.', 'Boeing')).toEqual(['Boeing=Boeing=firm/lexicon/lexicon']);
    expect(names('They flew three Boeing jets.', 'Boeing')).toEqual(['Boeing=Boeing=firm/lexicon/lexicon']);
    expect(names('They flew with Boeing', 'Boeing')).toEqual(['Boeing=Boeing=firm/lexicon/lexicon']);
  });
  it('a capital acting names its state, one used as a place does not', () => {
    expect(names('Then Moscow said no.', 'Moscow')).toEqual(['Moscow=Russia=state/lexicon/capital-as-state']);
    expect(names('Then they met in Moscow today.', 'Moscow')).toEqual([]);
  });
});

describe('recogniseNamesInRun: a firm before its officer\'s title', () => {
  const firmOfficers = (text: string, run: string): string[] => names(text, run).filter((m) => m.endsWith('/firm-officer'));
  it('one to three unknown capitalised words right before "CEO" name a firm', () => {
    expect(firmOfficers('Then Zorbu CEO Vargu Kelto spoke.', 'Zorbu CEO Vargu Kelto')).toEqual(['Zorbu=Zorbu=firm/named/firm-officer']);
    expect(firmOfficers('Then Zorbu Kelto Tal CEO Vargu Bero spoke.', 'Zorbu Kelto Tal CEO Vargu Bero')).toEqual(['Zorbu Kelto Tal=Zorbu Kelto Tal=firm/named/firm-officer']);
  });
  it('not four words, a possessive, a word glued by a hyphen, nor before another title', () => {
    expect(firmOfficers('Then Zorbu Kelto Tal Sano CEO Vargu Bero spoke.', 'Zorbu Kelto Tal Sano CEO Vargu Bero')).toEqual([]);
    expect(firmOfficers('Then Zorbu’s CEO Vargu Kelto spoke.', 'Zorbu’s CEO Vargu Kelto')).toEqual([]);
    expect(firmOfficers('Then Zorbu Minister Vargu Kelto spoke.', 'Zorbu Minister Vargu Kelto')).toEqual([]);
  });
});

describe('recogniseNamesInRun: names that hold a title or a non-actor word', () => {
  const people = (text: string, run: string): string[] => names(text, run).map((m) => m.split('/')[0] as string);
  it('one word after "and" following a plural title and a name is a surname, unless written in capitals', () => {
    expect(names('Then Senators Zorbu and Kelto spoke.', 'Kelto')).toEqual(['Kelto=Kelto=person/named/title-person']);
    expect(names('Then Senators Zorbu and KELTO spoke.', 'KELTO').filter((m) => m.endsWith('title-person'))).toEqual([]);
  });
  it('a title word closing a run right after a known first name is the surname ("Erik Prince")', () => {
    expect(people('Then Erik Prince spoke.', 'Erik Prince')).toEqual(['Erik Prince=Erik Prince=person']);
    // At the passage's end there is no word after the run to look at.
    expect(people('It was Erik Prince', 'Erik Prince')).toEqual(['Erik Prince=Erik Prince=person']);
  });
  it('a title word between a known first name and an unknown surname is part of the name', () => {
    expect(people('Then Khalid Sheikh Vargu spoke.', 'Khalid Sheikh Vargu')).toEqual(['Khalid Sheikh Vargu=Khalid Sheikh Vargu=person']);
    // The same run opening the passage (its first word is token 0).
    expect(people('Khalid Sheikh Vargu spoke.', 'Khalid Sheikh Vargu')).toEqual(['Khalid Sheikh Vargu=Khalid Sheikh Vargu=person']);
  });
  // ("Ohio Senate", the file's other example, gives nothing here: "Senate" alone is no body's name in the lexicon.)
  it('a place\'s name before a body written in ordinary words is that place\'s own body', () => {
    expect(names('Then the Massachusetts House of Representatives voted.', 'Massachusetts House of Representatives')).toEqual(['Massachusetts House of Representatives=Massachusetts House of Representatives=organisation/named/regional-body']);
  });
});
