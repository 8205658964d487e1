/**
 * run/office-names.ts and run/inner-bodies.ts one function at a time, over the real general-knowledge lexicon and
 * hand-written sentences (none from any corpus). Expected answers are worked out by hand from each function's
 * comment and the word lists it reads (lexicon/body-name-words.json: office heads "Office", "Bureau"; portfolio heads
 * "Affairs", "Policy", …; recognition-words.json's organ phrases "Advisory Board", "Executive Board", "Members",
 * "Board of Directors", …). "Zorb" is a made-up word no list knows. Written against the mutation survivors of
 * issue 18: in the whole recogniser a later rule often gives the same mention, which hid these rules.
 */
import { describe, expect, it } from 'vitest';
import { bodyOfOrgan } from '../../src/extract/recognise/run/inner-bodies.ts';
import { continuedNameEnd, isOfficeOfTitle, knownBodyOfOffice } from '../../src/extract/recognise/run/office-names.ts';
import type { Scan } from '../../src/extract/recognise/scan.ts';
import { scanOf, scanRun } from '../helpers/recognise-scan.ts';

/** Index of the first token spelled `word` at or after token `after`. */
function at(scan: Scan, word: string, after = 0): number {
  const index = scan.tokens.findIndex((token, i) => i >= after && token.text === word);
  if (index < 0) throw new Error(`no token "${word}"`);
  return index;
}

/** The words of the body `bodyOfOrgan` finds for `run` inside `text`, or undefined. */
function bodyOf(text: string, run: string): string | undefined {
  const { scan, from, to } = scanRun(text, run);
  const span = bodyOfOrgan(scan, from, to);
  return span && scan.tokens.slice(span[0], span[1]).map((token) => token.text).join(' ');
}

/**
 * isOfficeOfTitle for the office head `head` in `text`, the plain rule having stopped at the word `stop`, the run
 * ending after the word `last`.
 */
function officeOfTitle(text: string, head: string, stop: string, last: string): boolean {
  const scan = scanOf(text);
  const lastCue = at(scan, head);
  return isOfficeOfTitle(scan, lastCue, at(scan, stop, lastCue), at(scan, last, lastCue) + 1);
}

/** The words continuedNameEnd keeps from `first` given the run `first`…`last`, the last cue word and the plain end. */
function continued(text: string, first: string, cue: string, stop: string, last: string): string {
  const scan = scanOf(text);
  const from = at(scan, first);
  const lastCue = at(scan, cue, from);
  const end = continuedNameEnd(scan, from, lastCue, at(scan, stop, lastCue), at(scan, last, lastCue) + 1);
  return scan.tokens.slice(from, end).map((token) => token.text).join(' ');
}

describe('isOfficeOfTitle', () => {
  it('takes an office head, "of (the)", and a post whose title starts at or before where the plain rule stopped', () => {
    expect(officeOfTitle('They met the Office of the Legal Adviser today.', 'Office', 'Adviser', 'Adviser')).toBe(true);
    expect(officeOfTitle('They met the Bureau of Legal Adviser Zorb today.', 'Bureau', 'Adviser', 'Zorb')).toBe(true);
  });

  it('lets the post go on with "for", "of", "on", "and", "the" but no other lower-case word', () => {
    expect(officeOfTitle('The Office of the Special Envoy for Sudan said.', 'Office', 'Special', 'Sudan')).toBe(true);
    expect(officeOfTitle('The Office of the Special Envoy of the Zorb said.', 'Office', 'Special', 'Zorb')).toBe(true);
    expect(officeOfTitle('The Office of the Special Envoy on Zorb said.', 'Office', 'Special', 'Zorb')).toBe(true);
    expect(officeOfTitle('The Office of the Special Envoy and Zorb said.', 'Office', 'Special', 'Zorb')).toBe(true);
    expect(officeOfTitle('The Office of the Special Envoy to Zorb said.', 'Office', 'Special', 'Zorb')).toBe(false);
  });

  it('needs an office head followed by "of"', () => {
    expect(officeOfTitle('They met the Council of the Legal Adviser today.', 'Council', 'Adviser', 'Adviser')).toBe(false);
    expect(officeOfTitle('They met the Office for the Legal Adviser today.', 'Office', 'Adviser', 'Adviser')).toBe(false);
    const scan = scanOf('They moved to the Office');
    expect(isOfficeOfTitle(scan, at(scan, 'Office'), at(scan, 'Office'), at(scan, 'Office') + 1)).toBe(false);
  });

  it('skips only "the" after "of", and wants capitalised words up to the title', () => {
    expect(officeOfTitle('They met the Office of a Legal Adviser today.', 'Office', 'Adviser', 'Adviser')).toBe(false);
    expect(officeOfTitle('They met the Office of the legal Adviser today.', 'Office', 'Adviser', 'Adviser')).toBe(false);
    expect(officeOfTitle('They met the Office of the Zorb Quux today.', 'Office', 'Quux', 'Quux')).toBe(false);
    const scan = scanOf('It closed the Office of');
    expect(isOfficeOfTitle(scan, at(scan, 'Office'), at(scan, 'of'), at(scan, 'of') + 1)).toBe(false);
  });
});

describe('continuedNameEnd', () => {
  it('keeps the run when the post after "Office of" is a title', () => {
    expect(continued('They met the Office of the Legal Adviser today.', 'Office', 'Office', 'Adviser', 'Adviser')).toBe('Office of the Legal Adviser');
  });

  it('after a cue word inside an "of"/"for" part, closes the name at a portfolio head', () => {
    expect(continued('The Head of Zorb Office Asian Affairs Zorb spoke.', 'Head', 'Office', 'Asian', 'Zorb')).toBe('Head of Zorb Office Asian Affairs');
    expect(continued('The Envoy for Zorb Office Asian Affairs Zorb spoke.', 'Envoy', 'Office', 'Asian', 'Zorb')).toBe('Envoy for Zorb Office Asian Affairs');
  });

  it('keeps the plain end without a lower-case "of"/"for" between the run start and the cue word', () => {
    expect(continued('The Zorb Office Asian Affairs Zorb spoke.', 'Zorb', 'Office', 'Asian', 'Zorb')).toBe('Zorb Office');
    expect(continued('The Zorb and Zorb Office Asian Affairs Zorb spoke.', 'Zorb', 'Office', 'Asian', 'Zorb')).toBe('Zorb and Zorb Office');
    // "of" before the run, or after the cue word, is not inside the name's "of" part.
    expect(continued('The Head of Zorb Office Asian Affairs Zorb spoke.', 'Zorb', 'Office', 'Asian', 'Zorb')).toBe('Zorb Office');
    expect(continued('The Zorb Office of Asian Affairs Zorb spoke.', 'Zorb', 'Office', 'Asian', 'Zorb')).toBe('Zorb Office of');
  });

  it('keeps the plain end when no portfolio head follows', () => {
    expect(continued('The Head of Zorb Office Asian Zorb said.', 'Head', 'Office', 'Asian', 'Zorb')).toBe('Head of Zorb Office');
  });

  it('takes the whole run when a pass continued the name after the cue word, not before it', () => {
    const scan = scanOf('The Zorb Office Quux Mission to Zorb said.');
    const from = at(scan, 'Zorb');
    const cue = at(scan, 'Office');
    const to = at(scan, 'Zorb', cue) + 1;
    expect(continuedNameEnd(scan, from, cue, cue + 1, to)).toBe(cue + 1);
    scan.extensions.set(cue, 'mission-to');
    expect(continuedNameEnd(scan, from, cue, cue + 1, to)).toBe(cue + 1);
    scan.extensions.set(to, 'mission-to');
    expect(continuedNameEnd(scan, from, cue, cue + 1, to)).toBe(cue + 1);
    scan.extensions.set(at(scan, 'to'), 'mission-to');
    expect(continuedNameEnd(scan, from, cue, cue + 1, to)).toBe(to);
  });
});

describe('knownBodyOfOffice', () => {
  it('finds the known organisation named after "Office of (the)"', () => {
    const { scan, from, to } = scanRun('They met the Office of the United Nations High Commissioner for Refugees.', 'Office of the United Nations High Commissioner for Refugees');
    expect(knownBodyOfOffice(scan, from, to)).toMatchObject({ kind: 'actor', type: 'organisation', label: 'United Nations High Commissioner for Refugees' });
    const bare = scanRun('They met the Office of UNHCR today.', 'Office of UNHCR');
    expect(knownBodyOfOffice(bare.scan, bare.from, bare.to)).toMatchObject({ type: 'organisation', label: 'United Nations High Commissioner for Refugees' });
  });

  it('finds nothing for a state, a title or an unknown name', () => {
    for (const [text, run] of [
      ['They met the Office of the Sudan today.', 'Office of the Sudan'],
      ['They met the Office of the Legal Adviser today.', 'Office of the Legal Adviser'],
      ['They met the Office of the Zorb today.', 'Office of the Zorb'],
    ] as const) {
      const { scan, from, to } = scanRun(text, run);
      expect(knownBodyOfOffice(scan, from, to), run).toBeUndefined();
    }
  });
});

describe('bodyOfOrgan', () => {
  it('takes the body after an organ phrase and "of", from its first capitalised word', () => {
    expect(bodyOf('She thanked the Members of the Zorb Court.', 'Members of the Zorb Court')).toBe('Zorb Court');
    expect(bodyOf('She joined the Executive Board of the Zorb.', 'Executive Board of the Zorb')).toBe('Zorb');
    expect(bodyOf('She joined the Board of Directors of Zorb Cares.', 'Board of Directors of Zorb Cares')).toBe('Zorb Cares');
  });

  it('lets up to two ordinary capitalised words that are no cue words open the organ', () => {
    expect(bodyOf('She joined the Global Advisory Board of the Zorb.', 'Global Advisory Board of the Zorb')).toBe('Zorb');
    expect(bodyOf('She joined the Global Scientific Advisory Board of the Zorb.', 'Global Scientific Advisory Board of the Zorb')).toBe('Zorb');
    expect(bodyOf('She joined the Big Global Scientific Advisory Board of the Zorb.', 'Big Global Scientific Advisory Board of the Zorb')).toBeUndefined();
    // "Police" is an organisation cue word, "Energy" a firm cue word, "ZORB" no ordinary word.
    expect(bodyOf('She joined the Police Advisory Board of the Zorb.', 'Police Advisory Board of the Zorb')).toBeUndefined();
    expect(bodyOf('She joined the Energy Advisory Board of the Zorb.', 'Energy Advisory Board of the Zorb')).toBeUndefined();
    expect(bodyOf('She joined the GLOBAL Advisory Board of the Zorb.', 'GLOBAL Advisory Board of the Zorb')).toBeUndefined();
  });

  it('needs an organ phrase and then "of"', () => {
    expect(bodyOf('She met the General of the Zorb Republic.', 'General of the Zorb Republic')).toBeUndefined();
    expect(bodyOf('She thanked the Members for the Zorb Court.', 'Members for the Zorb Court')).toBeUndefined();
  });

  it('takes the body before an organ phrase of two words or more that ends the run', () => {
    expect(bodyOf('She joined the Zorb Board of Directors.', 'Zorb Board of Directors')).toBe('Zorb');
    expect(bodyOf('She joined the Zorb Quux Advisory Board.', 'Zorb Quux Advisory Board')).toBe('Zorb Quux');
    expect(bodyOf('She joined the Zorb Board of Directors Quux.', 'Zorb Board of Directors Quux')).toBeUndefined();
    expect(bodyOf('She thanked the Zorb Members.', 'Zorb Members')).toBeUndefined();
  });
});
