/**
 * The recogniser's text-level helpers on their own: word tokens (tokens.ts) and the patterns
 * read from raw text (text-patterns.ts). Offsets and fields are counted by hand on the strings
 * shown; the rules are those written in the two files.
 */
import { describe, expect, it } from 'vitest';
import { isWordPart, isWordPartGap, joinable, normaliseWord, tokenize, type Token } from '../../src/extract/recognise/tokens.ts';
import {
  acronymFits, datelineLength, findQuotedTitles, lowercaseVocabulary, phraseAcronymDefinitions, roleWordBefore,
} from '../../src/extract/recognise/text-patterns.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';

const brief = (token: Token): string =>
  `${token.text}@${token.start}-${token.end} ${token.key}${token.capitalised ? ' C' : ''}${token.allCaps ? ' A' : ''}${token.initial ? ' I' : ''}${token.possessive ? ' P' : ''}${token.pluralPossessive ? ' PP' : ''} gap=${JSON.stringify(token.gap)}`;

describe('tokens', () => {
  it('reads dotted, numbered, slashed and apostrophe words, numbers and possessives', () => {
    //            0         1         2         3
    //            0123456789012345678901234567890123
    const text = 'China’s G20 U.S. RFE/RL Xi’an 2020';
    expect(tokenize(text, new Set()).map(brief)).toEqual([
      'China@0-5 china C I P gap=""',
      'G20@8-11 g20 C A gap=" "',
      'U.S.@12-16 us C A gap=" "',
      'RFE/RL@17-23 rfe/rl C A gap=" "',
      'Xi’an@24-29 xi\'an C gap=" "',
      '2020@30-34 2020 gap=" "',
    ]);
  });

  it('keeps a web domain as one word, and a plural possessive apostrophe with its word', () => {
    expect(tokenize('Amazon.com and Mail.Ru, Amazon.company', new Set()).map((token) => token.text)).toEqual(['Amazon.com', 'and', 'Mail.Ru', 'Amazon', 'company']);
    //            0         1
    //            0123456789012345678
    const text = 'Players’ Association';
    expect(tokenize(text, new Set()).map(brief)).toEqual(['Players@0-7 players C I P PP gap=""', 'Association@9-20 association C gap=" "']);
    expect(tokenize("the Workers' Party", new Set()).map(brief)).toEqual([
      'the@0-3 the I gap=""', 'Workers@4-11 workers C P PP gap=" "', 'Party@13-18 party C gap=" "',
    ]);
    // Lower case, or no space after the apostrophe: no possessive.
    expect(tokenize('players’ union', new Set()).map((token) => token.possessive)).toEqual([false, false]);
    expect(tokenize('Players’.', new Set()).map((token) => token.possessive)).toEqual([false]);
    expect(tokenize("Boss's car", new Set()).map(brief)).toEqual(['Boss@0-4 boss C I P gap=""', 'car@7-10 car gap=" "']);
  });

  it('marks words that open a sentence, a quote, brackets or follow a colon', () => {
    //            0         1         2
    //            0123456789012345678901234567
    const text = 'He said: Yes (Maybe) [Here] “China';
    expect(tokenize(text, new Set([3])).map((token) => `${token.text}${token.initial ? '*' : ''}`)).toEqual(['He*', 'said*', 'Yes*', 'Maybe*', 'Here*', 'China*']);
    expect(tokenize('He said no', new Set()).map((token) => token.initial)).toEqual([true, false, false]);
  });

  it('drops footnote numbers glued to a word or its punctuation, carrying their punctuation on', () => {
    const tokens = tokenize('Kazakh13 and Uzbek,12 leaders (BRI).7 Construction', new Set());
    expect(tokens.map((token) => [token.text, token.gap])).toEqual([
      ['Kazakh', ''], ['and', ' '], ['Uzbek', ' '], ['leaders', ', '], ['BRI', ' ('], ['Construction', '). '],
    ]);
    // A number right after a capitalised code of one or two letters is part of it ("UK1"), and a spaced number is no mark.
    expect(tokenize('UK1 and Kazakh 13', new Set()).map((token) => token.text)).toEqual(['UK', '1', 'and', 'Kazakh', '13']);
    expect(tokenize('Kazakhstan1', new Set()).map((token) => token.text)).toEqual(['Kazakhstan']);
  });

  it('normalises case, accents, dots, apostrophes and -ise endings', () => {
    expect(['Organisation', 'Organisations', 'Éire', 'U.S.', 'Xi’an', 'Televised', 'Paris', 'organising', 'Mobilises'].map(normaliseWord))
      .toEqual(['organization', 'organizations', 'eire', 'us', "xi'an", 'televized', 'paris', 'organizing', 'mobilizes']);
  });

  it('joins name parts across a space, a hyphen, a no-break space, a line break or a plus, and nothing else', () => {
    for (const gap of [' ', '-', '‑', '\u00a0', '\n', '-\n', '‑\n', '+']) expect(joinable(gap)).toBe(true);
    for (const gap of ['', '  ', ', ', '\n\n', '–', '/']) expect(joinable(gap)).toBe(false);
    expect(['-', '‑', '-\n', '‑\n', ' ', '--', '-\n\n', '–'].map(isWordPartGap)).toEqual([true, true, true, true, false, false, false, false]);
  });

  it('tells a capitalised word part from a name word', () => {
    const parts = (text: string): boolean[] => { const tokens = tokenize(text, new Set()); return tokens.map((_, index) => isWordPart(tokens, index)); };
    expect(parts('Co-operation')).toEqual([true, false]);
    expect(parts('Co-Operation')).toEqual([false, false]);
    expect(parts('Co operation')).toEqual([false, false]);
    expect(parts('Co-2020')).toEqual([false, false]);
  });
});

describe('text patterns', () => {
  it('collects words written in lower case, not word ends after a capital or an apostrophe', () => {
    expect([...lowercaseVocabulary('While Washington slept, the city’s mayor and al-Qaeda')].sort()).toEqual(['al', 'and', 'city', 'mayor', 'slept', 'the']);
  });

  it('sees a title word just before a comma', () => {
    expect(roleWordBefore('met the President of Kazakhstan, ', smallLexiconIndex)).toBe(true);
    expect(roleWordBefore('met the President, ', smallLexiconIndex)).toBe(true);
    expect(roleWordBefore('met the President for Life ', smallLexiconIndex)).toBe(true);
    expect(roleWordBefore('held talks in Astana, ', smallLexiconIndex)).toBe(false);
    expect(roleWordBefore('the President said that, ', smallLexiconIndex)).toBe(false);
    expect(roleWordBefore('', smallLexiconIndex)).toBe(false);
  });

  it('checks that an acronym\'s letters are initials of the phrase, in order', () => {
    expect(acronymFits('LAC', 'Line of Actual Control')).toBe(true);
    expect(acronymFits('uav', 'unmanned aerial vehicles')).toBe(true);
    expect(acronymFits('BRI', 'Belt-and-Road Initiative')).toBe(true);
    expect(acronymFits('BRI', '(Belt and Road “Initiative')).toBe(true);
    expect(acronymFits('CAB', 'Alpha Beta Charlie')).toBe(false);
    expect(acronymFits('ABC', 'Alpha Beta')).toBe(false);
    expect(acronymFits('AA', 'Alpha Beta')).toBe(false);
    expect(acronymFits('', 'Alpha Beta')).toBe(false);
  });

  it('finds phrases spelled by a bracketed acronym as non-actor definitions, within twice its length in words', () => {
    expect(phraseAcronymDefinitions('They flew unmanned aerial vehicles (UAVs) over the Line of Actual Control (LAC).')).toEqual([
      { acronym: 'UAV', label: 'unmanned aerial vehicles', type: 'none' },
      { acronym: 'LAC', label: 'Line of Actual Control', type: 'none' },
    ]);
    // "Bravo" is the fifth word before: more than 2 × 2.
    expect(phraseAcronymDefinitions('Bravo x x x Alpha (BA)')).toEqual([]);
    expect(phraseAcronymDefinitions('Bravo x x Alpha (BA)')).toEqual([{ acronym: 'BA', label: 'Bravo x x Alpha', type: 'none' }]);
    // The phrase must start with the acronym's first letter, and with a letter.
    expect(phraseAcronymDefinitions('the Big Ant (BA) and 9 Bee Ants (BA)')).toEqual([
      { acronym: 'BA', label: 'Big Ant', type: 'none' },
      { acronym: 'BA', label: 'Bee Ants', type: 'none' },
    ]);
    expect(phraseAcronymDefinitions('(BA) alone, (B) and (ABCDEFGHI)')).toEqual([]);
  });

  it('finds quoted titles of mostly capitalised words', () => {
    //            0         1         2         3         4
    //            0123456789012345678901234567890123456789012345678
    const text = 'He wrote ‘Great Power Play at Himalayan Heights’ and “the best of times” and “Big”.';
    expect(findQuotedTitles(text)).toEqual([[9, 48]]);
    expect(findQuotedTitles('“Alpha Beta Gamma two three”')).toEqual([[0, 28]]); // 3 of 5 = 0.6
    expect(findQuotedTitles('“Alpha Beta one two three”')).toEqual([]); // 2 of 5
    expect(findQuotedTitles('"Ab"')).toEqual([]);
  });

  it('measures a news dateline opening a passage', () => {
    expect(datelineLength('BEIJING — China said.')).toBe('BEIJING — '.length);
    expect(datelineLength('ASTANA, June 17 (Reuters) - Kazakhstan said.')).toBe(28);
    expect(datelineLength('LONDON/MOSCOW, May 2, 2021 (AFP) – Talks')).toBe('LONDON/MOSCOW, May 2, 2021 (AFP) – '.length);
    expect(datelineLength('ALMATY, 2 May -- Talks')).toBe('ALMATY, 2 May -- '.length);
    expect(datelineLength('China said — no.')).toBe(0);
    expect(datelineLength('BEIJING said no.')).toBe(0);
  });
});
