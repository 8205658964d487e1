/**
 * How far a lexicon look-up needs to try a span (lexicon-lookup.ts phraseReach, from the index's phrase
 * prefixes): never shorter than a span lookup could find, so the passes that try ends from the longest down
 * give the same answers as trying every end. Keys and reaches are worked out by hand on the small lexicon below.
 */
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/extract/recognise/tokens.ts';
import { buildLexiconIndex, type LexiconData } from '../../src/extract/recognise/lexicon-index.ts';
import { longestLexiconMatch, lookup, phraseReach } from '../../src/extract/recognise/lexicon-lookup.ts';

const lexicon: LexiconData = {
  countries: [{ name: 'Bosnia and Herzegovina', aliases: [], capitals: [], demonyms: [] }],
  knownOrganisations: [
    { name: 'United Nations Educational, Scientific and Cultural Organization', acronyms: ['UNESCO'], aliases: ['United Nations'], type: 'organisation' },
    { name: 'al-Qaeda in the Arabian Peninsula', acronyms: [], aliases: [], type: 'organisation' },
  ],
  personTitles: ['Prime Minister'],
  organisationCueWords: [],
  firmCueWords: [],
  nonActorPlaces: [],
  nonActorWords: [],
};
const index = buildLexiconIndex(lexicon);
const tokens = (text: string): Token[] => tokenize(text, new Set());

describe('phrase prefixes', () => {
  it('holds every key and each beginning of it that ends before a space', () => {
    expect([...index.phrasePrefixes].filter((prefix) => prefix.startsWith('united')).sort()).toEqual([
      'united', 'united nations', 'united nations educational', 'united nations educational ,', 'united nations educational , scientific',
      'united nations educational , scientific and', 'united nations educational , scientific and cultural',
      'united nations educational , scientific and cultural organization',
    ]);
    expect(index.phrasePrefixes.has('bosnia and')).toBe(true);
    expect(index.phrasePrefixes.has('=UNESCO')).toBe(true);
    expect(index.phrasePrefixes.has('nations')).toBe(false);
    expect(index.phrasePrefixes.has('bosnia and h')).toBe(false);
  });
});

describe('phraseReach', () => {
  it('stops once the words so far begin no phrase', () => {
    //                  0 1      2       3    4
    const words = tokens('The United Nations said today');
    expect(phraseReach(words, 1, words.length, index)).toBe(3); // "united nations", not "united nations said"
    expect(phraseReach(words, 0, words.length, index)).toBe(1); // "the" begins nothing
    expect(phraseReach(words, 1, 2, index)).toBe(2); // never beyond the limit
  });

  it('follows a comma inside a name as lookup keys it, and stops at a gap lookup refuses', () => {
    const words = tokens('United Nations Educational, Scientific and Cultural Organization staff');
    expect(phraseReach(words, 0, words.length, index)).toBe(7);
    const cut = tokens('United Nations; Educational');
    expect(phraseReach(cut, 0, cut.length, index)).toBe(2); // ";" is no gap a name runs over
  });

  it('gives the same longest match as trying every end, on spans that start, end or break phrases', () => {
    const texts = [
      'The United Nations Educational, Scientific and Cultural Organization met the Prime Minister of Bosnia and Herzegovina.',
      'Bosnia and the United Nations, al-Qaeda in the Arabian Peninsula and al-Qaeda in the west; Prime Ministers.',
      'United Nations Educational, Scientific and Cultural staff; UNESCO and Bosnia and',
    ];
    for (const text of texts) {
      const words = tokens(text);
      for (let from = 0; from < words.length; from++) {
        let everyEnd: { end: number; kind: string } | undefined;
        for (let end = Math.min(words.length, from + index.maxPhraseTokens); end > from && !everyEnd; end--) {
          const hit = lookup(words, from, end, index);
          if (hit) everyEnd = { end, kind: hit.kind };
        }
        const found = longestLexiconMatch(words, from, words.length, index);
        expect(found && { end: found.end, kind: found.hit.kind }, `${text} @${from}`).toEqual(everyEnd);
      }
    }
  });
});
