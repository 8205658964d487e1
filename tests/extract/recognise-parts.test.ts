/**
 * The recogniser's text-level helpers on their own: word tokens (tokens.ts) and the patterns
 * read from raw text (text-patterns.ts). Offsets and fields are counted by hand on the strings
 * shown; the rules are those written in the two files.
 */
import { describe, expect, it } from 'vitest';
import { isWordPart, isWordPartGap, joinable, keysOf, normaliseWord, tokenize, type Token } from '../../src/extract/recognise/tokens.ts';
import {
  acronymFits, datelineAgency, datelineLength, findQuotedTitles, lowercaseVocabulary, phraseAcronymDefinitions, roleWordBefore,
} from '../../src/extract/recognise/text-patterns.ts';
import { buildLexiconIndex, commaPhraseKey, exactKey, isCaseSensitive, phraseKey, type LexiconData } from '../../src/extract/recognise/lexicon-index.ts';
import { cueTypeOf, hasCue, isIndustryWordAfterBody, longestLexiconMatch, lookup } from '../../src/extract/recognise/lexicon-lookup.ts';
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

  it('keys a word list entry by entry, each phrase\'s words normalised and joined by one space', () => {
    expect(keysOf(['Board  of\tDirectors', 'Mobilisation Centre', 'U.S.'])).toEqual(new Set(['board of directors', 'mobilization centre', 'us']));
  });

  it('joins name parts across a space, a hyphen, a no-break space, a line break or a plus, and nothing else', () => {
    for (const gap of [' ', '-', '‑', '\u00a0', '\n', '-\n', '‑\n', '+']) expect(joinable(gap)).toBe(true);
    for (const gap of ['', '  ', ', ', '\n\n', '–', '/']) expect(joinable(gap)).toBe(false);
    expect(['-', '‑', '-\n', '‑\n', ' ', '--', '-\n\n', '–'].map(isWordPartGap)).toEqual([true, true, true, true, false, false, false, false]);
  });

  it('tells a capitalised word part from a name word', () => {
    const parts = (text: string): boolean[] => { const tokens = tokenize(text, new Set()); return tokens.map((_, index) => isWordPart(tokens, index)); };
    expect(parts('Co-operation')).toEqual([true, false]);
    // "Co" before a hyphen is a prefix whatever the case of what follows ("EU Co-Chairs").
    expect(parts('Co-Operation')).toEqual([true, false]);
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
    expect(datelineLength('BISHKEK, Kyrgyzstan – Protesters clashed')).toBe('BISHKEK, Kyrgyzstan – '.length);
    expect(datelineLength('XIAN, China - Leaders met')).toBe('XIAN, China - '.length);
    expect(datelineLength('ORLOVKA, Kyrgyz Republic -- More')).toBe('ORLOVKA, Kyrgyz Republic -- '.length);
    expect(datelineLength('ASHGABAT. Nov 3 (Interfax) - CNPC is')).toBe('ASHGABAT. Nov 3 (Interfax) - '.length);
    // The agency's name inside: 'ASHGABAT. Nov 3 (' is 17 characters, 'Interfax' 8.
    expect(datelineAgency('ASHGABAT. Nov 3 (Interfax) - CNPC is')).toEqual([17, 25]);
    expect(datelineAgency('BISHKEK, Kyrgyzstan – The CSTO')).toBeUndefined();
    expect(datelineLength('TASHKENT, Uzbekistan, October 9. Deputy Minister')).toBe('TASHKENT, Uzbekistan, October 9. '.length);
    expect(datelineLength('TASHKENT, Uzbekistan. Deputy Minister')).toBe(0); // a full stop needs a date before it
    expect(datelineLength('NATO, the alliance, met.')).toBe(0);
    expect(datelineLength('ALMATY, 2 May -- Talks')).toBe('ALMATY, 2 May -- '.length);
    expect(datelineLength('China said — no.')).toBe(0);
    expect(datelineLength('BEIJING said no.')).toBe(0);
  });
});

describe('the lexicon index and its look-ups', () => {
  // A hand-made lexicon; what each phrase must become is read off buildLexiconIndex's rules.
  const lexicon: LexiconData = {
    countries: [
      { name: 'Georgia', aliases: ['Sakartvelo', 'GE'], capitals: ['Tbilisi'], demonyms: ['Georgian', 'Swiss'] },
      { name: 'Atlantis', aliases: [], capitals: ['Georgian'], demonyms: [] },
    ],
    knownOrganisations: [
      { name: 'United Nations Educational, Scientific and Cultural Organization', acronyms: ['UNESCO'], aliases: [], type: 'organisation' },
      { name: 'al-Qaeda', acronyms: [], aliases: [], type: 'organisation' },
      { name: 'Swiss', acronyms: [], aliases: [], type: 'firm' },
      { name: 'Bank of Georgia', acronyms: [], aliases: [], type: 'firm' },
    ],
    personTitles: ['Prime Minister', 'Mr', 'Press Secretary'],
    organisationCueWords: ['Ministry', 'Institute'],
    firmCueWords: ['Bank', 'Press', 'Finance', 'Organisation'],
    nonActorPlaces: ['Georgia', 'Tbilisi'],
    nonActorWords: ['ed.', 'pp.', 'Ed', 'May', 'pp', '—'],
  };
  const index = buildLexiconIndex(lexicon);
  const tokens = (text: string): Token[] => tokenize(text, new Set());

  it('keys every name, alias, capital, demonym and word, a stronger kind never overwritten by a weaker', () => {
    const georgia = { kind: 'actor', type: 'state', label: 'Georgia', via: 'name' };
    expect(index.phrases.get('georgia')).toEqual(georgia);
    expect(index.phrases.get('sakartvelo')).toEqual(georgia);
    expect(index.phrases.get('=GE')).toEqual({ ...georgia, via: 'acronym' });
    expect(index.phrases.get('tbilisi')).toEqual({ kind: 'capital', label: 'Georgia' });
    // Capital and demonym are equally strong: Atlantis's capital "Georgian" does not replace the demonym.
    expect(index.phrases.get('georgian')).toEqual({ kind: 'demonym', label: 'Georgia' });
    expect(index.phrases.get('georgians')).toEqual({ kind: 'demonym', label: 'Georgia' });
    // An actor beats a demonym; no plural is made of a demonym ending in s.
    expect(index.phrases.get('swiss')).toEqual({ kind: 'actor', type: 'firm', label: 'Swiss', via: 'name' });
    expect(index.phrases.has('swisss')).toBe(false);
    expect(index.phrases.get('united nations educational , scientific and cultural organization')?.kind).toBe('actor');
    expect(index.phrases.get('=UNESCO')).toEqual({ kind: 'actor', type: 'organisation', label: lexicon.knownOrganisations[0]!.name, via: 'acronym' });
    expect(index.phrases.get('prime minister')).toEqual({ kind: 'title' });
    expect(index.phrases.get('may')).toEqual({ kind: 'not-actor' });
    expect(index.phrases.has('')).toBe(false);
    expect(index.firstTokens.has('')).toBe(false);
    expect(index.firstTokens.has('united')).toBe(true);
    expect(index.firstTokens.has('nations')).toBe(false);
    expect(index.maxPhraseTokens).toBe(8); // united nations educational , scientific and cultural organization
    expect([...index.lowercaseFirst.keys()].sort()).toEqual(['al qaeda', 'ed', 'pp']);
    expect([...index.lowercaseOnlyNonActors]).toEqual(['pp']); // "Ed" is also listed capitalised
    expect([...index.organisationCues]).toEqual(['ministry', 'institute']);
    expect([...index.firmCues]).toEqual(['bank', 'press', 'finance', 'organization']);
    expect([...index.titleWords].sort()).toEqual(['minister', 'mr', 'press', 'prime', 'secretary']);
  });

  it('keys phrases as passages are tokenised, and tells case-sensitive entries', () => {
    expect(phraseKey('China’s Ministry of U.S. G20 2020')).toBe('china ministry of us g20 2020');
    expect(commaPhraseKey('Alpha, Beta')).toBe('alpha , beta');
    expect(commaPhraseKey('Alpha,')).toBe('alpha');
    expect(exactKey(' U.S. ')).toBe('=US');
    expect(['US', 'U.S.', 'LeT', 'MA', 'Mail.Ru', 'Ma', 'China', 'New York', 'G20', 'us'].map(isCaseSensitive))
      .toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  it('looks a span up: exact entries, commas inside names, gaps that break a name, lower-case rules', () => {
    const bank = tokens('the Bank of Georgia said');
    expect(lookup(bank, 1, 4, index)).toEqual({ kind: 'actor', type: 'firm', label: 'Bank of Georgia', via: 'name' });
    expect(lookup(bank, 1, 3, index)).toBeUndefined();
    expect(lookup(bank, 9, 10, index)).toBeUndefined();
    expect(lookup(tokens('UNESCO'), 0, 1, index)?.kind).toBe('actor');
    expect(lookup(tokens('Unesco'), 0, 1, index)).toBeUndefined();
    expect(lookup(tokens('United Nations Educational, Scientific and Cultural Organization'), 0, 7, index)?.kind).toBe('actor');
    expect(lookup(tokens('Bank, of Georgia'), 0, 3, index)).toBeUndefined();
    expect(lookup(tokens('Bank (of Georgia'), 0, 3, index)).toBeUndefined();
    // "Pp" capitalised is not the lower-case-only "pp"; "Ed" is listed capitalised too.
    expect(lookup(tokens('Pp'), 0, 1, index)).toBeUndefined();
    expect(lookup(tokens('pp'), 0, 1, index)).toEqual({ kind: 'not-actor' });
    expect(lookup(tokens('Ed'), 0, 1, index)).toEqual({ kind: 'not-actor' });
    // Lower case only where the entry is written so, or when allowed.
    expect(lookup(tokens('georgia'), 0, 1, index)).toBeUndefined();
    expect(lookup(tokens('georgia'), 0, 1, index, true)?.kind).toBe('actor');
    expect(lookup(tokens('al-Qaeda'), 0, 2, index)?.kind).toBe('actor');
  });

  it('finds the longest entry from a token, within a limit', () => {
    const text = tokens('Bank of Georgia Ministry');
    expect(longestLexiconMatch(text, 0, 4, index)).toEqual({ end: 3, hit: { kind: 'actor', type: 'firm', label: 'Bank of Georgia', via: 'name' } });
    expect(longestLexiconMatch(text, 0, 2, index)).toBeUndefined();
    expect(longestLexiconMatch(text, 3, 4, index)).toBeUndefined();
    expect(longestLexiconMatch(text, 4, 5, index)).toBeUndefined();
    // "GE" is keyed exactly, so its key is no first token: looked up alone.
    expect(longestLexiconMatch(tokens('GE Ministry'), 0, 2, index)).toEqual({ end: 1, hit: { kind: 'actor', type: 'state', label: 'Georgia', via: 'acronym' } });
  });

  it('types a run by its head cue word', () => {
    const type = (text: string): string | undefined => { const run = tokens(text); return cueTypeOf(run, 0, run.length, index); };
    expect(type('Bank of Georgia')).toBe('firm');
    expect(type('Ministry of Finance')).toBe('organisation'); // the head before "of"
    expect(type('Georgia Institute')).toBe('organisation');
    expect(type('Institute')).toBeUndefined();
    expect(type('Georgia Talks')).toBeUndefined();
    expect(type('Georgia Institute Finance')).toBe('organisation'); // an industry word after a body's cue
    expect(type('Georgia Finance')).toBe('firm');
    expect(type('Georgia Press Secretary')).toBeUndefined(); // "Press" opens a title
    expect(type('Georgia Press')).toBe('firm');
    expect(type('Georgia bank')).toBeUndefined(); // a lower-case cue
    expect(type('GEORGIA BANK')).toBe('firm');
    expect(type('Institute for Georgia Bank')).toBe('organisation');
    expect(type('Talks of Georgia Bank')).toBe('firm'); // no cue before "of": the right-most
  });

  it('sees a cue word in a span unless it is part of a hyphenated word', () => {
    const run = tokens('the Georgia Institute and Press-ganged men');
    expect(hasCue(run, 0, 3, index)).toBe(true);
    expect(hasCue(run, 0, 2, index)).toBe(false);
    expect(hasCue(run, 4, 7, index)).toBe(false);
    expect(isIndustryWordAfterBody(tokens('Georgia Institute Finance'), 0, 2, index)).toBe(true);
    expect(isIndustryWordAfterBody(tokens('Georgia Bank Finance'), 0, 2, index)).toBe(false); // a firm cue first
    expect(isIndustryWordAfterBody(tokens('Institute of Finance'), 0, 2, index)).toBe(false); // a lower-case word between
    expect(isIndustryWordAfterBody(tokens('Georgia Institute Ministry'), 0, 2, index)).toBe(false); // not an industry word
  });
});
