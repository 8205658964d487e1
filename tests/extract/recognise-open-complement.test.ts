/**
 * `hasOpenComplement` (src/extract/recognise/open-complement.ts) on one run of a hand-written phrase over the real
 * lexicon: a body's cue word ("Bureau", an organisation cue; "Company", a firm cue), a lower-case connector the
 * caller allows, and a capitalised last word (or, when allowed, a capitalised word part before a hyphen and its
 * lower-case rest, "Co-operation"). Expected answers from that rule; written for the 2026-12-07 mutation survivors.
 */
import { describe, expect, it } from 'vitest';
import { hasOpenComplement } from '../../src/extract/recognise/open-complement.ts';
import { scanRun } from '../helpers/recognise-scan.ts';

const open = (text: string, run: string, endsInWordPart = false): boolean => {
  const { scan, from, to } = scanRun(text, run);
  return hasOpenComplement(scan, from, to, { connectors: new Set(['of', 'for']), endsInWordPart });
};

describe('hasOpenComplement', () => {
  it('a cue word of a body or a firm, an allowed lower-case connector, a capitalised end', () => {
    expect(open('the Bureau of Trade said', 'Bureau of Trade')).toBe(true);
    expect(open('the Company of Traders said', 'Company of Traders')).toBe(true);
    expect(open('the Zorbu Bureau of Trade said', 'Zorbu Bureau of Trade')).toBe(true);
    expect(open('the Bureau of Trade and Zorbu said', 'Bureau of Trade and Zorbu')).toBe(true);
  });
  it('not without a cue word, with a capitalised or another connector, or a lower-case end', () => {
    expect(open('the Zorbu of Trade said', 'Zorbu of Trade')).toBe(false);
    expect(open('the Bureau Of Trade said', 'Bureau Of Trade')).toBe(false);
    expect(open('the Bureau to Trade said', 'Bureau to Trade')).toBe(false);
    expect(open('the Bureau of trade said', 'Bureau of trade')).toBe(false);
  });
  it('a connector must have a word after it inside the run', () => {
    expect(open('the Bureau of Trade', 'Bureau of')).toBe(false);
    expect(open('the Bureau of said', 'Bureau of', true)).toBe(false);
    expect(open('the Bureau-for said', 'Bureau-for', true)).toBe(false);
  });
  it('a word part after a hyphen ends the complement only when the caller allows it', () => {
    expect(open('the Centre for Co-operation said', 'Centre for Co-operation', true)).toBe(true);
    expect(open('the Centre for Co-operation said', 'Centre for Co-operation', false)).toBe(false);
    expect(open('the Centre for Co operation said', 'Centre for Co operation', true)).toBe(false);
    expect(open('the Centre for co-operation said', 'Centre for co-operation', true)).toBe(false);
  });
});
