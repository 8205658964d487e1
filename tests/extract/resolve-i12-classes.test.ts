/**
 * Spelling variants of one surname (issue 12, class 3, i12-classes): the keys and the merges worked out
 * by hand from the rules written in src/extract/resolve/spelling-variants.ts.
 */
import { describe, expect, it } from 'vitest';
import { resolveActors } from '../../src/extract/resolve/index.ts';
import { oneVowelApart, sameNameWord, spellingKey, vowelDeletions } from '../../src/extract/resolve/spelling-variants.ts';
import { mention, summary } from '../helpers/located-mentions.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';

describe('spelling keys of romanised name words', () => {
  it('drops the glide before "e", unifies "-iy"/"-ii" and "dj", and collapses doubled letters', () => {
    expect(spellingKey('sysoyev')).toBe('sisoev'); // and a vowel "y" written "i"
    expect(spellingKey('sysoev')).toBe('sisoev');
    expect(spellingKey('yevgeniy')).toBe('evgeni');
    expect(spellingKey('yevgeny')).toBe('evgeni');
    expect(spellingKey('abdyldayev')).toBe('abdildaev');
    expect(spellingKey('sirojiddin')).toBe('sirojidin');
    expect(spellingKey('sirodjidin')).toBe('sirojidin');
    expect(spellingKey('aliyev')).toBe('aliev');
    expect(spellingKey('li')).toBe('li'); // too short to touch
    expect(spellingKey('yoon')).toBe('yoon'); // not "Yon": a short name keeps its doubled letter
  });

  it('lists one-inner-vowel deletions, never the first letter or the last two', () => {
    // n a z a r a b a e v: inner vowels at 1, 3, 5, 7 (8 "e" is in the last two)
    expect(vowelDeletions('nazarabaev').sort()).toEqual(['nzarabaev', 'nazrabaev', 'nazarbaev', 'nazarabev'].sort());
    expect(vowelDeletions('aslov')).toEqual([]); // too short
    expect(oneVowelApart('nazarabaev', 'nazarbaev')).toBe(true);
    expect(oneVowelApart('ivanov', 'ivanova')).toBe(false); // an ending, not an inner vowel
    expect(oneVowelApart('petrova', 'petrov')).toBe(false);
    expect(sameNameWord('nazarabayev', 'nazarbayev', false)).toBe(false);
    expect(sameNameWord('nazarabayev', 'nazarbayev', true)).toBe(true);
  });
});

describe('romanisations of one person merge, distinct people stay apart', () => {
  it('merges full names whose words differ only in romanisation, and an initial for the given name', () => {
    const actors = resolveActors([
      mention('Yevgeniy Sysoyev', 'person', 'named', 0), mention('Yevgeny Sysoev', 'person', 'named', 1),
      mention('Sirojiddin Aslov', 'person', 'named', 2), mention('Sirodjidin Aslov', 'person', 'named', 3),
      mention('Nursultan Nazarbayev', 'person', 'named', 4), mention('N. Nazarbayev', 'person', 'named', 5),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual(['person:Nursultan Nazarbayev:2', 'person:Sirojiddin Aslov:2', 'person:Yevgeniy Sysoyev:2']);
  });

  it('keeps apart a feminine form, a different given name and an initial that fits two people', () => {
    const actors = resolveActors([
      mention('Anna Petrova', 'person', 'named', 0), mention('Anna Petrov', 'person', 'named', 1),
      mention('Karim Aliyev', 'person', 'named', 2), mention('Ilham Aliev', 'person', 'named', 3),
      mention('J. Smith', 'person', 'named', 4), mention('John Smith', 'person', 'named', 5), mention('Jane Smith', 'person', 'named', 6),
    ], [], smallLexiconIndex);
    expect(actors).toHaveLength(7);
  });

  it('a surname alone one vowel from a full name joins it only in the same document', () => {
    const actors = resolveActors([
      mention('Nursultan Nazarbayev', 'person', 'named', 0), mention('Nazarabayev', 'person', 'surname', 0),
      mention('Nazarabayev', 'person', 'surname', 1),
      mention('Yevgeny Sysoyev', 'person', 'named', 2), mention('Sysoev', 'person', 'surname', 3),
    ], [], smallLexiconIndex);
    // Document 1's "Nazarabayev" has no evidence there and no exact key elsewhere: dropped; "Sysoev" shares Sysoyev's key and he dominates the corpus.
    expect(summary(actors)).toEqual(['person:Nursultan Nazarbayev:2', 'person:Yevgeny Sysoyev:2']);
  });
});

describe('an acronym defined after an organ of a known body', () => {
  it('stays the known body\'s acronym', () => {
    const lexiconMention = (surface: string, document: number) => ({ ...mention('North Atlantic Treaty Organization', 'organisation', 'lexicon', document), acronym: surface });
    const actors = resolveActors([
      mention('Council of Ministers of the North Atlantic Treaty Organization', 'organisation', 'named', 0),
      lexiconMention('NATO', 0), lexiconMention('NATO', 1),
    ], [{ acronym: 'NATO', label: 'Council of Ministers of the North Atlantic Treaty Organization', type: 'organisation' }], smallLexiconIndex);
    expect(summary(actors)).toEqual(['organisation:Council of Ministers of the North Atlantic Treaty Organization:1', 'organisation:North Atlantic Treaty Organization:2']);
  });
});

describe('an organ of a known body in its several word orders (organ-word-order.ts)', () => {
  it('meets under one key and merges; an organ of no known body, or another organ, stays apart', () => {
    const actors = resolveActors([
      mention('Council of Heads of State of the SCO', 'organisation', 'named', 0),
      mention('SCO Council of Heads of State', 'organisation', 'named', 1),
      mention('Heads of State Council of the Shanghai Cooperation Organisation', 'organisation', 'named', 2),
      mention('Shanghai Cooperation Organization Heads of State Council', 'organisation', 'named', 3),
      mention('Secretariat of the SCO', 'organisation', 'named', 4), mention('SCO Secretariat', 'organisation', 'named', 5),
      // Europe is no body: two councils.
      mention('Council of Europe', 'organisation', 'named', 6), mention('Europe Council', 'organisation', 'named', 7),
      // Another organ of the same body.
      mention('SCO Council of Foreign Ministers', 'organisation', 'named', 8),
    ], [], smallLexiconIndex);
    expect(actors).toHaveLength(5);
    const counts = actors.map((actor) => actor.mentions.length).sort();
    expect(counts).toEqual([1, 1, 1, 2, 4]);
  });
});

describe('short surnames and surnames after an article', () => {
  it('"Yoon" alone is not "Yon"; "Assad" alone still finds "Bashar al-Assad"', () => {
    const actors = resolveActors([
      mention('Yoon Suk Yeol', 'person', 'named', 0), mention('Yoon', 'person', 'surname', 0), mention('Yoon', 'person', 'surname', 1),
      mention('Hugo Yue-Ho Yon', 'person', 'named', 2), mention('Hugo Yue-Ho Yon', 'person', 'named', 3),
      mention('Bashar al-Assad', 'person', 'named', 4), mention('Assad', 'person', 'surname', 4),
    ], [], smallLexiconIndex);
    // Document 1's "Yoon" has no full name beside it and no one with that last word: dropped, never given to Yon.
    expect(summary(actors)).toEqual(['person:Bashar al-Assad:2', 'person:Hugo Yue-Ho Yon:2', 'person:Yoon Suk Yeol:2']);
  });
});

describe('wordings of one organ', () => {
  it('"Ministers of Foreign Affairs" is "Foreign Ministers", and "of the Member States" adds nothing; a cabinet stays apart', () => {
    const actors = resolveActors([
      mention('Council of Ministers of Foreign Affairs of the Shanghai Cooperation Organization', 'organisation', 'named', 0),
      mention('Council of Foreign Ministers of the Member States of the Shanghai Cooperation Organization', 'organisation', 'named', 1),
      mention('SCO Council of Foreign Ministers', 'organisation', 'named', 2),
      mention('Council of Ministers of the SCO', 'organisation', 'named', 3),
    ], [], smallLexiconIndex);
    expect(actors.map((actor) => actor.mentions.length).sort()).toEqual([1, 3]);
  });
});

describe('a firm with and without its legal form (legal-form-tails.ts)', () => {
  it('merges when both are firms in the corpus; another firm of the same first word stays apart', () => {
    const actors = resolveActors([
      mention('Centerra Gold', 'firm', 'named', 0), mention('Centerra Gold', 'firm', 'named', 1), mention('Centerra Gold Company', 'firm', 'named', 2),
      mention('Kumtor Operating Company', 'firm', 'named', 3), mention('Kumtor Gold', 'firm', 'named', 4),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual(['firm:Centerra Gold:3', 'firm:Kumtor Gold:1', 'firm:Kumtor Operating Company:1']);
  });
});
