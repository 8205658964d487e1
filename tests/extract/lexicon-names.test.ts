import { describe, expect, it } from 'vitest';
import { chineseSurnames, givenNames, isPinyinWord, surnameSuffixOf, surnameSuffixes } from '../../src/extract/lexicon/person-names.ts';
import { countries, nonActorPlaces } from '../../src/extract/lexicon/index.ts';

describe('person-name evidence', () => {
  it('lists common Chinese surnames once each', () => {
    for (const surname of ['Wang', 'Li', 'Zhang', 'Xi', 'Hu', 'Ouyang']) expect(chineseSurnames).toContain(surname);
    expect(new Set(chineseSurnames).size).toBe(chineseSurnames.length);
  });

  it.each(['Jinping', 'Keqiang', 'Yi', 'Qishan', 'Chunying', 'Jiechi', 'Yongkang', 'Jin-ping', 'Boxiong'])('accepts the pinyin given name %s', (word) => {
    expect(isPinyinWord(word)).toBe(true);
  });

  it.each(['Said', 'Trump', 'Nazarbayev', 'Washington', 'jinping', 'Strong', 'Karimov'])('rejects %s as a pinyin given name', (word) => {
    expect(isPinyinWord(word)).toBe(false);
  });

  it('finds surname endings, longest first', () => {
    expect(surnameSuffixOf('Nazarbayev')).toBe('bayev');
    expect(surnameSuffixOf('Mirziyoyev')).toBe('yev');
    expect(surnameSuffixOf('Tokayev')).toBe('yev');
    expect(surnameSuffixOf('Karimov')).toBe('ov');
    expect(surnameSuffixOf('Rahmon')).toBeUndefined();
    expect(surnameSuffixOf('Ov')).toBeUndefined();
    expect(surnameSuffixes[0]?.length).toBeGreaterThanOrEqual(surnameSuffixes.at(-1)?.length ?? 0);
  });

  it('keeps given names apart from state names and places', () => {
    const stateForms = new Set(countries.flatMap((c) => [c.name, ...c.aliases, ...c.capitals, ...c.demonyms]));
    const places = new Set(nonActorPlaces);
    expect(givenNames.filter((name) => stateForms.has(name) || places.has(name))).toEqual([]);
    for (const name of ['Nursultan', 'Shavkat', 'Emomali', 'Vladimir', 'Muhammad']) expect(givenNames).toContain(name);
  });
});
