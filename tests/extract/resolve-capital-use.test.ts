/**
 * When a capital stands for its state's government (src/extract/resolve/capital-use.ts): as a
 * place or a part of a name it does not, as the one who acts it does. Hand-written sentences;
 * expected answers worked out by hand from the patterns in capital-use.ts. (Moved together from
 * resolve-parts, resolve-keys-details and resolve-variants, which each had a block and a copy
 * of the helper.)
 */
import { describe, expect, it } from 'vitest';
import { capitalActsAsGovernment } from '../../src/extract/resolve/capital-use.ts';

/** Whether the first `capital` in `sentence` acts as its government there. */
function use(sentence: string, capital: string): boolean {
  const start = sentence.indexOf(capital);
  return capitalActsAsGovernment(sentence, start, start + capital.length);
}

describe('a capital as its government', () => {
  it.each([
    ['Moscow’s position hardened.', 'Moscow', true],
    ["Moscow's position hardened.", 'Moscow', true],
    ['A Moscow–based fund grew.', 'Moscow', false],
    ['The Beijing leadership said so.', 'Beijing', true], // a government noun, whatever comes before
    ['Beijing officials said so.', 'Beijing', true],
    ['He read the Tehran Times.', 'Tehran', false],
    ['Talks between Moscow And Beijing.', 'Moscow', true], // "And" is no name part
    ['Talks between Moscow Or Beijing.', 'Moscow', true],
    ['They flew to the Beijing airport.', 'Beijing', false],
    ['Talks opened with its Moscow partners.', 'Moscow', false], // determiner + lower-case word
    ["The firm's Moscow partners left.", 'Moscow', false], // possessive before
    ['Moscow partners left.', 'Moscow', true], // nothing before
    ['the Moscow and Beijing talks', 'Moscow', true], // determiner, but a joining word after
    ['Both sides, the Moscow said', 'Moscow', true],
    ['He thanked the Beijing.', 'Beijing', true], // nothing after
    ['the\u00a0Moscow\u00a0office', 'Moscow', false],
    ['the Moscow partners', 'Moscow', false],
    ['talks with Moscow partners', 'Moscow', true], // "with" is no determiner
  ])('%s → %s', (sentence, capital, expected) => {
    expect(use(sentence, capital)).toBe(expected);
  });
});

// The patterns' edges that the block above left open (survivors of the 2026-12-07 mutation run).
describe('a capital as its government: the patterns\' anchors', () => {
  it.each([
    ['He read the Tehran Times’s editorial.', 'Tehran', false], // a possessive only right after the capital
    ['Moscow talks to a Kyiv-based fund.', 'Moscow', true], // "-based" only right after the capital
    ['Moscow, Tehran and Ankara met.', 'Moscow', true], // the next word must follow a space directly
    ['Beijing iPhone sales fell.', 'Beijing', true], // a word that is not capitalised at its start
    ['Beijing airport was shut.', 'Beijing', false], // a place noun, nothing before
    ['Talks with the  Moscow partners.', 'Moscow', false], // a determiner two spaces before
    ['the Moscow And Beijing talks', 'Moscow', true], // "And" after a determiner: not a lower-case word
    ['the Moscow island', 'Moscow', false], // "island" is not "is"
    ['the Moscow brand', 'Moscow', false], // "brand" is not "and"
  ])('%s → %s', (sentence, capital, expected) => {
    expect(use(sentence, capital)).toBe(expected);
  });
});

describe('a capital stands for its state only where it acts as the government (class 16)', () => {
  it('as a place or part of a name it does not', () => {
    expect(use("The firm's Brussels offices were closed.", 'Brussels')).toBe(false);
    expect(use('A Moscow-based fund bought the stake.', 'Moscow')).toBe(false);
    expect(use('They signed the Paris Agreement in 2015.', 'Paris')).toBe(false);
    expect(use('The Beijing summit ended early.', 'Beijing')).toBe(false);
    expect(use('Its Tashkent office opened in May.', 'Tashkent')).toBe(false);
  });
  it('as the government it does', () => {
    expect(use('Beijing said it would respond.', 'Beijing')).toBe(true);
    expect(use("Moscow's position hardened.", 'Moscow')).toBe(true);
    expect(use('Talks between Washington and Tehran resumed.', 'Washington')).toBe(true);
    expect(use('Talks between Washington and Tehran resumed.', 'Tehran')).toBe(true);
    expect(use('The Kabul government fell.', 'Kabul')).toBe(true);
    expect(use('Analysts said that Beijing wants more.', 'Beijing')).toBe(true);
  });
});
