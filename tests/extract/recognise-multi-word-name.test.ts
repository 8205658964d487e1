/**
 * `recogniseMultiWordName` (src/extract/recognise/run/multi-word-name.ts) called on one run of a hand-written
 * sentence over the real lexicon, so that later passes cannot re-split or retype what it emits. Each expected
 * mention is worked out from the rule the function states for that shape (quoted in the test's name) and the word
 * lists it reads; invented words ("Zorbu", "Vargu", "Khilafah") are in no name list, so only the rule under test
 * can type them. Written to kill the survivors of the 2026-12-07 mutation run (docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { isRegionName, recogniseMultiWordName } from '../../src/extract/recognise/run/multi-word-name.ts';
import type { ActorType } from '../../src/graph-format/index.ts';
import { mention, scanOf, scanRun, shown } from '../helpers/recognise-scan.ts';

/** What the function emits for `run` in `text`, after an optional earlier mention "surface=type". */
function emitted(text: string, run: string, earlier?: string): string[] {
  const { scan, from, to } = scanRun(text, run);
  if (earlier !== undefined) {
    const [surface, type] = earlier.split('=') as [string, ActorType];
    scan.mentions.push(mention(scan, surface, type));
  }
  const before = scan.mentions.length;
  recogniseMultiWordName(scan, from, to);
  return shown(scan).slice(before);
}

describe('isRegionName: compass words, then a place name', () => {
  const region = (text: string): boolean => isRegionName(scanOf(text).tokens);
  it('takes compass words before a place, not a place alone or with another word among them', () => {
    expect(region('Central Asia')).toBe(true);
    expect(region('North South Asia')).toBe(true);
    expect(region('Asia')).toBe(false);
    expect(region('Central Zorbu Asia')).toBe(false);
    expect(region('Zorbu Central Asia')).toBe(false);
    expect(region('Central Zorbu')).toBe(false);
  });
});

describe('recogniseMultiWordName: early refusals', () => {
  it('emits nothing for a region, a run of portfolio words, or portfolio words ending at their head', () => {
    expect(emitted('They went to Central Asia again.', 'Central Asia')).toEqual([]);
    expect(emitted('Regional, Global and Functional Affairs', 'Functional Affairs')).toEqual([]);
    // After "Envoy for" every word up to the head noun "Affairs" is the portfolio: no name is left.
    expect(emitted('Talks. Then the Envoy for Hostage Affairs spoke.', 'Hostage Affairs')).toEqual([]);
  });
  it('emits a run that is no region (a non-compass word among them), unconfirmed', () => {
    expect(emitted('They went to Central Zorbu Asia again.', 'Central Zorbu Asia')).toEqual(['Central Zorbu Asia=person/surname/unconfirmed']);
  });
  it('four words with no rule that types them give nothing (only two or three are kept unconfirmed)', () => {
    expect(emitted('He met Zorbu Gulmu Abdu Khalimu yesterday.', 'Zorbu Gulmu Abdu Khalimu')).toEqual([]);
    expect(emitted('Talks with Zorbu Khalimu went on.', 'Zorbu Khalimu')).toEqual(['Zorbu Khalimu=person/surname/unconfirmed']);
  });
});

describe('recogniseMultiWordName: after a title and "of"/"for", the portfolio is the title\'s', () => {
  it('one word left after the portfolio is an unconfirmed surname, even a known last name', () => {
    expect(emitted('The Envoy for Hostage Affairs Carstens spoke.', 'Hostage Affairs Carstens')).toEqual(['Carstens=person/surname/unconfirmed']);
    expect(emitted('The Envoy for Hostage Affairs Smith spoke.', 'Hostage Affairs Smith')).toEqual(['Smith=person/surname/unconfirmed']);
  });
  it('a head noun that is no portfolio word ("Programmes") as the first word is not cut off', () => {
    // Not cut: "Programmes Smith" is then a name ending in a known last name.
    expect(emitted('The Envoy for Programmes Smith spoke.', 'Programmes Smith')).toEqual(['Programmes Smith=person/named/given-name']);
  });
  it('a run after a title connector with no portfolio word goes on to the name rules', () => {
    // "Kazakhstan" is no portfolio word, so nothing is cut here; the given name "Kassym" then ends the portfolio.
    expect(emitted('The President of Kazakhstan Kassym Tokayev spoke.', 'Kazakhstan Kassym Tokayev')).toEqual(['Kassym Tokayev=person/named/given-name']);
  });
});

describe('recogniseMultiWordName: the name rules', () => {
  it('words before a given name are a portfolio ("Treasury Janet Yellen")', () => {
    expect(emitted('The Secretary of the Treasury Janet Yellen spoke.', 'Treasury Janet Yellen')).toEqual(['Janet Yellen=person/named/given-name']);
  });
  it('a known first name alone is enough ("John" + an unknown surname)', () => {
    expect(emitted('He met John Quorndale there.', 'John Quorndale')).toEqual(['John Quorndale=person/named/given-name']);
  });
  it('a title-case headline after the name is cut off, unless the word before it is an initial', () => {
    expect(emitted('They cited Bradley W. Snyder Changing today.', 'Bradley W. Snyder Changing')).toEqual(['Bradley W. Snyder=person/named/given-name']);
    expect(emitted('They cited Kari A. Reporting today.', 'Kari A. Reporting')).toEqual(['Kari A. Reporting=person/named/given-name']);
  });
  it('a Chinese surname with pinyin given names, in any sentence; not when the given name is a lower-case word of the text', () => {
    expect(emitted('It was said by Xi Jinping today.', 'Xi Jinping')).toEqual(['Xi Jinping=person/named/chinese-name']);
    expect(emitted('A long first sentence here. Talks with Xi Jinping went on.', 'Xi Jinping')).toEqual(['Xi Jinping=person/named/chinese-name']);
    // The surname may be an English word ("Long"), the given names may not.
    expect(emitted('It was said by Long Jinping today.', 'Long Jinping')).toEqual(['Long Jinping=person/named/chinese-name']);
    expect(emitted('It was said by Li Ming today.', 'Li Ming')).toEqual(['Li Ming=person/named/chinese-name']);
    expect(emitted('It was said by Li Ming today, not the ming vase.', 'Li Ming')).not.toContain('Li Ming=person/named/chinese-name');
    // Every given name must pass, not just one ("Long" is an English word).
    expect(emitted('It was said by Xi Jin Long today.', 'Xi Jin Long')).toEqual(['Xi Jin Long=person/surname/unconfirmed']);
    expect(emitted('It was said by Xi Jin Ping today.', 'Xi Jin Ping')).toEqual(['Xi Jin Ping=person/named/chinese-name']);
  });
  it('a typical surname ending on two or three unknown words; not on four, nor with an English word', () => {
    expect(emitted('He met Gulmurod Khalimov yesterday.', 'Gulmurod Khalimov')).toEqual(['Gulmurod Khalimov=person/named/surname-ending']);
    expect(emitted('A long first sentence here. He met Gulmurod Khalimov there.', 'Gulmurod Khalimov')).toEqual(['Gulmurod Khalimov=person/named/surname-ending']);
    expect(emitted('He saw Zorbu Gulmu Khalimov yesterday.', 'Zorbu Gulmu Khalimov')).toEqual(['Zorbu Gulmu Khalimov=person/named/surname-ending']);
    expect(emitted('He met Zorbu Gulmu Abdu Khalimov yesterday.', 'Zorbu Gulmu Abdu Khalimov')).toEqual([]);
    expect(emitted('He saw Energy Khalimov yesterday.', 'Energy Khalimov')).toEqual(['Energy Khalimov=person/surname/unconfirmed']);
  });
});

describe('recogniseMultiWordName: a name with its affiliation in brackets, in a list', () => {
  const speaker = (name: string, after: string): string[] => emitted(`Speakers: ${name}${after}`, name);
  it('an acronym or a body cue word in the bracket, then the list going on', () => {
    expect(speaker('Anab Vargu', ' (UNECE), others.')).toEqual(['Anab Vargu=person/named/introduced-person']);
    expect(speaker('Anab Zorb Vargu', ' (UNECE); Ivo Brandt (Institute of Law), others.')).toEqual(['Anab Zorb Vargu=person/named/introduced-person']);
    expect(speaker('Anab Vargu', ' (Bureau of Laws), others.')).toEqual(['Anab Vargu=person/named/introduced-person']);
    expect(speaker('Anab Vargu', ' (UNECE) and others.')).toEqual(['Anab Vargu=person/named/introduced-person']);
    expect(speaker('Anab Vargu', ' (UNECE)  , others.')).toEqual(['Anab Vargu=person/named/introduced-person']);
    expect(speaker('Anab Vargu', ' (Law,UNECE), others.')).toEqual(['Anab Vargu=person/named/introduced-person']);
  });
  it('not without a list going on, an acronym, or a cue word; not four words, nor English words', () => {
    const unconfirmed = ['Anab Vargu=person/surname/unconfirmed'];
    expect(speaker('Anab Vargu', ' (Unece), others.')).toEqual(unconfirmed);
    expect(speaker('Anab Vargu', ' (UNECE) others.')).toEqual(unconfirmed);
    expect(speaker('Anab Vargu', ' (UNECE)andy others.')).toEqual(unconfirmed);
    expect(speaker('Anab Vargu', ' (UNECEx), others.')).toEqual(unconfirmed);
    expect(speaker('Anab Vargu', ' (xUNECE), others.')).toEqual(unconfirmed);
    expect(emitted('Hosts, Anab Vargu (UNECE), others.', 'Anab Vargu')).toEqual(['Anab Vargu=person/named/introduced-person']);
    expect(speaker('Anab Zorb Vargu Vurg', ' (UNECE); Ivo Brandt (Institute of Law), others.')).toEqual([]);
    expect(speaker('Anab Energy', ' (UNECE); Ivo Brandt (Institute of Law), others.')).not.toContain('Anab Energy=person/named/introduced-person');
    // The bracket must follow the name at once.
    expect(speaker('Anab Vargu', ' of (UNECE), others.')).toEqual(['Anab Vargu=person/surname/unconfirmed']);
  });
  it('what the tagger types, when nothing else does, keeps the tagger as its rule', () => {
    // "Energy" is an English word, so no person rule takes "Anab Energy"; compromise tags it an organisation.
    expect(speaker('Anab Energy', ' (UNECE); Ivo Brandt (Institute of Law), others.')).toEqual(['Anab Energy=organisation/named/tagger']);
  });
});

describe('recogniseMultiWordName: a name put forward for a post', () => {
  it('is a person when "for" and a title follow', () => {
    expect(emitted('Nominees: Zorb Vargu for Director of Citizenship.', 'Zorb Vargu')).toEqual(['Zorb Vargu=person/named/introduced-person']);
    expect(emitted('Our vote. Nominees: Zorb Vargu for Director of Citizenship.', 'Zorb Vargu')).toEqual(['Zorb Vargu=person/named/introduced-person']);
    // Whatever the list before it holds.
    expect(emitted('Groups: the IMU, Jund Khilafah for Director of Citizenship.', 'Jund Khilafah', 'IMU=organisation')).toEqual(['Jund Khilafah=person/named/introduced-person']);
  });
  it('not with a lower-case title, no title, a capitalised "For" or more than a space before "for"', () => {
    const unconfirmed = ['Zorb Vargu=person/surname/unconfirmed'];
    expect(emitted('Nominees: Zorb Vargu for director of Citizenship.', 'Zorb Vargu')).toEqual(unconfirmed);
    expect(emitted('Nominees: Zorb Vargu for Citizenship.', 'Zorb Vargu')).toEqual(unconfirmed);
    expect(emitted('Nominees: Zorb Vargu For Director of Citizenship.', 'Zorb Vargu')).toEqual(unconfirmed);
    expect(emitted('Nominees: Zorb Vargu  for Director of Citizenship.', 'Zorb Vargu')).toEqual(unconfirmed);
    expect(emitted('Nominees: Zorb Vargu for', 'Zorb Vargu')).toEqual(unconfirmed);
    expect(emitted('Nominees: Zorb Vargu to Director of Citizenship.', 'Zorb Vargu')).toEqual(unconfirmed);
    expect(emitted('Nominees: Zorb Vargu', 'Zorb Vargu')).toEqual(unconfirmed);
  });
});

describe('recogniseMultiWordName: the type of the actor listed just before', () => {
  const listed = (gap: string, type: ActorType = 'organisation'): string[] =>
    emitted(`Groups: the IMU${gap}Jund Khilafah, and others.`, 'Jund Khilafah', `IMU=${type}`);
  it('an organisation or firm listed before gives its type, whatever the spacing of the list', () => {
    const organisation = ['Jund Khilafah=organisation/named/list-neighbour'];
    for (const gap of [', ', ',', ', and  ', ', or  ', ', the  ', ',  and the ', '  and ', ' and  ', ' or ', ' and the  ', ' and the ', ', and ', ', the ', ', or the ']) {
      expect(listed(gap), JSON.stringify(gap)).toEqual(organisation);
    }
    expect(listed(', ', 'firm')).toEqual(['Jund Khilafah=firm/named/list-neighbour']);
  });
  it('not a state, and not when other words come between', () => {
    const unconfirmed = ['Jund Khilafah=person/surname/unconfirmed'];
    expect(listed(', ', 'state')).toEqual(unconfirmed);
    for (const gap of [' said, ', ', said ', ', andthe ', ', and said ', ' and said ', ', the said ', ' and the said ', ', or said ', ' or said ', ' xor ']) {
      expect(listed(gap), JSON.stringify(gap)).toEqual(unconfirmed);
    }
  });
  it('a person before makes two or three foreign words a person, not English words nor four words', () => {
    expect(listed(', ', 'person')).toEqual(['Jund Khilafah=person/named/list-neighbour']);
    expect(emitted('Groups: Bob Smith, Jund Khilafah, and others.', 'Jund Khilafah', 'Bob Smith=person')).toEqual(['Jund Khilafah=person/named/list-neighbour']);
    expect(emitted('Groups: Bob Smith, Jund Khilafah Zorbu, and others.', 'Jund Khilafah Zorbu', 'Bob Smith=person')).toEqual(['Jund Khilafah Zorbu=person/named/list-neighbour']);
    expect(emitted('Groups: the IMU, Energy Khilafah, and others.', 'Energy Khilafah', 'IMU=person')).toEqual(['Energy Khilafah=person/surname/unconfirmed']);
    expect(emitted('Groups: the IMU, Jund Khilafah Zorbu Vargu, and others.', 'Jund Khilafah Zorbu Vargu', 'IMU=person')).toEqual([]);
  });
  it('no earlier mention: nothing is listed', () => {
    expect(emitted('Groups: the IMU, Jund Khilafah, and others.', 'Jund Khilafah')).toEqual(['Jund Khilafah=person/surname/unconfirmed']);
  });
});

describe('recogniseMultiWordName: introduced like a person', () => {
  const introduced = (text: string): string[] => emitted(text, 'Tanvu Madu');
  const person = ['Tanvu Madu=person/named/introduced-person'];
  it('an apposition or a speech verb after, an introducing verb or a role word before', () => {
    expect(introduced('Experts such as Tanvu Madu, an expert, spoke.')).toEqual(person);
    expect(introduced('Experts such as Tanvu Madu said so.')).toEqual(person);
    expect(introduced('He appointed Tanvu Madu to the post.')).toEqual(person);
    expect(introduced('It was her deputy Tanvu Madu there.')).toEqual(person);
    expect(introduced('Tanvu Madu said so.')).toEqual(person);
    expect(emitted('Experts such as Tanvu Madu Vargu, an expert, spoke.', 'Tanvu Madu Vargu')).toEqual(['Tanvu Madu Vargu=person/named/introduced-person']);
  });
  it('only within the 40 characters before and 30 after', () => {
    expect(introduced('It was her deputy in the long and dull hours of time: Tanvu Madu there.')).toEqual(['Tanvu Madu=person/surname/unconfirmed']);
    expect(introduced('Talks with Tanvu Madu went on, and Tanvu Madu, an expert.')).toEqual(['Tanvu Madu=person/surname/unconfirmed']);
    expect(introduced('Talks with Tanvu Madu went on and on for a long time; he said so.')).toEqual(['Tanvu Madu=person/surname/unconfirmed']);
  });
  it('not four words', () => {
    expect(emitted('Experts such as Tanvu Madu Madu Madu, an expert, spoke.', 'Tanvu Madu Madu Madu')).toEqual([]);
  });
});
