/**
 * The resolver's person steps on their own: variants of one person's name (person-variants.ts) and short forms
 * that stand for a fuller name (short-forms.ts). Expected values are worked out by hand from the rules in those
 * files and the lists in src/extract/lexicon/name-variants.json.
 */
import { describe, expect, it } from 'vitest';
import { labelKey } from '../../src/extract/resolve/keys.ts';
import { mergePersonVariants, sameName } from '../../src/extract/resolve/person-variants.ts';
import { indexShortForms, shortFormTarget } from '../../src/extract/resolve/short-forms.ts';
import { groupsOf } from '../helpers/located-mentions.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';

describe('variants of one person', () => {
  it.each([
    [['joe', 'biden'], ['joseph', 'biden'], true], // a short form of the given name
    [['kassym-jomart', 'tokayev'], ['kassym-jomart', 'kemelevich', 'tokayev'], true], // a middle name
    [['john', 'paul', 'smith'], ['john', 'george', 'paul', 'ringo', 'smith'], true], // middle names in order
    [['john', 'paul', 'george', 'smith'], ['john', 'george', 'paul', 'smith'], false], // out of order
    [['tayyip', 'erdogan'], ['recep', 'tayyip', 'erdogan'], true], // one leading name dropped
    [['tayyip', 'erdogan'], ['x', 'recep', 'tayyip', 'erdogan'], false], // two dropped
    [['ali', 'erdogan'], ['recep', 'tayyip', 'erdogan'], false],
    [['mohammed', 'bin', 'salman'], ['mohammed', 'bin', 'salman', 'al', 'saud'], true], // a family part dropped
    [['abu', 'zar'], ['abu', 'zar', 'al-burmi'], true],
    [['mohammed', 'bin', 'salman'], ['mohammed', 'bin', 'salman', 'khan'], false],
    [['john', 'smith'], ['john', 'smith'], true],
    [['john', 'smith'], ['jane', 'smith'], false],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
    expect(sameName(b, a)).toBe(expected);
  });

  it('joins variants into the most mentioned one, but not a name that fits two names that do not fit each other', () => {
    const groups = groupsOf([
      ['Recep Tayyip Erdogan', 'person', [0]],
      ['Tayyip Erdogan', 'person', [0, 1]],
      ['Ali Erdogan', 'person', [2]],
      ['Joe Biden', 'person', [0]],
      ['Joseph Biden', 'person', [1, 2]],
      ['Biden', 'person', [3]], // one word: never a variant
    ]);
    mergePersonVariants(groups);
    expect([...groups.values()].map((group) => `${group.key}:${group.mentions.length}`).sort())
      .toEqual(['ali erdogan:1', 'biden:1', 'joseph biden:3', 'tayyip erdogan:3']);

    // "Tayyip Erdogan" fits "Recep Tayyip Erdogan" and "Tayyip Ali Erdogan", which do not fit each other.
    const ambiguous = groupsOf([
      ['Recep Tayyip Erdogan', 'person', [0]],
      ['Tayyip Erdogan', 'person', [0]],
      ['Tayyip Ali Erdogan', 'person', [1]],
    ]);
    mergePersonVariants(ambiguous);
    expect([...ambiguous.keys()].sort()).toEqual(['recep tayyip erdogan', 'tayyip ali erdogan', 'tayyip erdogan']);
  });

  it('leaves bodies and unlabelled groups alone', () => {
    const groups = groupsOf([['Joe Biden', 'organisation', [0]], ['Joseph Biden', 'organisation', [1]]]);
    mergePersonVariants(groups);
    expect(groups.size).toBe(2);
  });
});

describe('short forms', () => {
  const never = (): boolean => false;

  it('gives a surname to the person named in the same document, else to one who has nine tenths of the mentions', () => {
    const groups = groupsOf([['Joe Biden', 'person', [0], 9], ['Hunter Biden', 'person', [1]]]);
    const index = indexShortForms(groups, smallLexiconIndex);
    expect(shortFormTarget('Biden', 'biden', 1, index, never)?.key).toBe('hunter biden');
    expect(shortFormTarget('Biden', 'biden', 0, index, never)?.key).toBe('joe biden');
    // Document 2 names neither: Joe has 9 of 10 mentions = 0.9.
    expect(shortFormTarget('Biden', 'biden', 2, index, never)?.key).toBe('joe biden');
    const closer = indexShortForms(groupsOf([['Joe Biden', 'person', [0], 8], ['Hunter Biden', 'person', [1]]]), smallLexiconIndex);
    // 8 of 9 < 0.9.
    expect(shortFormTarget('Biden', 'biden', 2, closer, never)).toBeUndefined();
  });

  it('prefers the person most mentioned in the document when several are named there', () => {
    const groups = groupsOf([['Joe Biden', 'person', [0]], ['Hunter Biden', 'person', [0], 2], ['Jill Biden', 'person', [0]]]);
    const index = indexShortForms(groups, smallLexiconIndex);
    expect(shortFormTarget('Biden', 'biden', 0, index, never)?.key).toBe('hunter biden');
    // An ordinary word is a short form only of a person named in the document.
    expect(shortFormTarget('Biden', 'biden', 0, index, () => true)?.key).toBe('hunter biden');
    expect(shortFormTarget('Biden', 'biden', 1, index, () => true)).toBeUndefined();
  });

  it('knows family-name-first surnames and surnames after an article', () => {
    const groups = groupsOf([['Xi Jinping', 'person', [0]], ['Abu Zar al-Burmi', 'person', [0]]]);
    const index = indexShortForms(groups, smallLexiconIndex);
    expect(shortFormTarget('Xi', 'xi', 1, index, never)?.key).toBe('xi jinping');
    expect(shortFormTarget('Jinping', 'jinping', 1, index, never)?.key).toBe('xi jinping');
    expect(shortFormTarget('Burmi', 'burmi', 1, index, never)?.key).toBe(labelKey('Abu Zar al-Burmi'));
    expect(shortFormTarget('al-Burmi', labelKey('al-Burmi'), 1, index, never)?.key).toBe(labelKey('Abu Zar al-Burmi'));
  });

  it('gives a lone given name only to the one person of the document with it', () => {
    const groups = groupsOf([['Joe Biden', 'person', [0, 1]], ['Joe Manchin', 'person', [1]]]);
    const index = indexShortForms(groups, smallLexiconIndex);
    expect(shortFormTarget('Joe', 'joe', 0, index, never)?.key).toBe('joe biden');
    expect(shortFormTarget('Joe', 'joe', 1, index, never)).toBeUndefined();
    expect(shortFormTarget('Joe', 'joe', 2, index, never)).toBeUndefined();
    expect(shortFormTarget('Joe', 'joe', 0, index, () => true)).toBeUndefined();
  });

  it('gives a body\'s name without its cue words to that body', () => {
    const groups = groupsOf([['Alibaba Group Corporation', 'firm', [0]], ['Bank', 'firm', [0]], ['Astana Group', 'person', [0]]]);
    const index = indexShortForms(groups, smallLexiconIndex);
    expect([...index.byCore.keys()]).toEqual(['alibaba']);
    expect(shortFormTarget('Alibaba', 'alibaba', 3, index, never)?.key).toBe('alibaba group corporation');
    expect(shortFormTarget('Alibaba', 'alibaba', 3, index, () => true)).toBeUndefined();
    expect(shortFormTarget('Bank', 'bank', 3, index, never)).toBeUndefined();
  });
});
