/**
 * Small recogniser details issue 18's mutation runs left alive: how "Name (ACR)" is read
 * (run/acronym-definition.ts), the tagger counting only the phrase's own words (tagger.ts), and a passage set in
 * capitals giving nothing at all (recognise.ts). Expected values are worked out by hand from each function's
 * comment; "Zorb" and "Quux" are made-up words no list knows.
 */
import { describe, expect, it } from 'vitest';
import { recordAcronym } from '../../src/extract/recognise/run/acronym-definition.ts';
import { tagPhrase } from '../../src/extract/recognise/tagger.ts';
import { scanRun } from '../helpers/recognise-scan.ts';
import { realLexicon, recogniseWith } from '../helpers/recognise-text.ts';

/** The acronyms recordAcronym defines for `run` (an organisation) inside `text`, as "ACR=label". */
function defined(text: string, run: string, label?: string, lettersMayDiffer = false): string[] {
  const { scan, from, to } = scanRun(text, run);
  recordAcronym(scan, from, to - 1, 'organisation', label, lettersMayDiffer);
  return scan.acronyms.map((entry) => `${entry.acronym}=${entry.label}`);
}

describe('recordAcronym', () => {
  it('reads capitals in brackets right after the name, spaces allowed inside and before them', () => {
    expect(defined('The Zorb Agency (ZA) met.', 'Zorb Agency')).toEqual(['ZA=Zorb Agency']);
    expect(defined('The Zorb Agency(ZA) met.', 'Zorb Agency')).toEqual(['ZA=Zorb Agency']);
    expect(defined('The Zorb Agency ( ZA ) met.', 'Zorb Agency')).toEqual(['ZA=Zorb Agency']);
    expect(defined('The Zorb Agency (Z.A.) met.', 'Zorb Agency')).toEqual(['ZA=Zorb Agency']);
  });

  it('takes digits, capitals and "&" after the first two capitals', () => {
    expect(defined('The Zorb Agency (ZA2B) met.', 'Zorb Agency', undefined, true)).toEqual(['ZA2B=Zorb Agency']);
    expect(defined('The Zorb Agency (ZA&Q) met.', 'Zorb Agency', undefined, true)).toEqual(['ZA&Q=Zorb Agency']);
  });

  it('wants two capitals at least, and the brackets right after the name', () => {
    expect(defined('The Zorb Agency (Z) met.', 'Zorb Agency')).toEqual([]);
    expect(defined('The Zorb Agency and (ZA) met.', 'Zorb Agency')).toEqual([]);
  });

  it('wants the letters from the written name or the label, unless told they may differ', () => {
    expect(defined('The Zorb Agency (QT) met.', 'Zorb Agency')).toEqual([]);
    expect(defined('The Zorb Agency (QT) met.', 'Zorb Agency', 'Quux Trust')).toEqual(['QT=Quux Trust']);
    expect(defined('The Zorb Agency (QT) met.', 'Zorb Agency', undefined, true)).toEqual(['QT=Zorb Agency']);
  });
});

describe('tagPhrase', () => {
  it('counts no tag of the words before the phrase', () => {
    // compromise tags "Barack Obama" Person; "Zorb Quux" gets no tag.
    const sentence = 'Barack Obama met Zorb Quux in Paris.';
    expect(tagPhrase(sentence, 0, 'Barack Obama'.length)).toBe('person');
    expect(tagPhrase(sentence, sentence.indexOf('Zorb'), sentence.indexOf('Zorb') + 'Zorb Quux'.length)).toBeUndefined();
  });
});

describe('recognisePassage', () => {
  const recognise = (text: string) => recogniseWith(realLexicon, text);

  it('gives nothing for a passage set in capitals, though its words name actors', () => {
    expect(recognise('France and NATO met in Paris.').mentions.length).toBeGreaterThan(0);
    expect(recognise('FRANCE AND NATO MET IN PARIS TODAY.')).toEqual({ mentions: [], acronyms: [] });
  });
});
