/**
 * The resolver's building blocks on their own: name keys (keys.ts), groups and their votes
 * (groups.ts) and which capitalised words are ordinary words (common-words.ts); when a capital
 * acts as its government is resolve-capital-use.test.ts. Expected values are worked out by hand from the
 * rules in those files and the lists in src/extract/lexicon/name-variants.json.
 */
import { describe, expect, it } from 'vitest';
import { isKnownGivenName, labelKey, personKey, personWords, sameGivenName, unifySpelling } from '../../src/extract/resolve/keys.ts';
import { addTo, groupLabel, groupType, mergeGroup, type Groups, type LocatedMention } from '../../src/extract/resolve/groups.ts';
import { commonWordsAmong } from '../../src/extract/resolve/common-words.ts';
import { mentionAt } from '../helpers/located-mentions.ts';

describe('name keys', () => {
  it('folds case, accents, -ise, a leading "the", web suffixes and abbreviated legal forms', () => {
    expect(labelKey('The Defence Ministry')).toBe('defense ministry');
    expect(labelKey('Bank of the North')).toBe('bank of the north');
    expect(labelKey('Organisation of Türkic States')).toBe('organization of turkic states');
    expect(labelKey('Amazon.com')).toBe('amazon');
    expect(labelKey('Mail.Ru')).toBe('mail ru');
    expect(labelKey('Com')).toBe('com');
    expect(labelKey('China National Petroleum Corp.')).toBe('china national petroleum corporation');
    expect(labelKey('Acme Co')).toBe('acme company');
    expect(labelKey('Acme Intl Ltd')).toBe('acme international limited');
    expect(unifySpelling('Centre for Labour Studies, centres')).toBe('center for labor Studies, centers');
    // Only whole words: "Defenceless" is not "Defense" + "less".
    expect(unifySpelling('Defenceless Centre-left')).toBe('Defenceless Centre-left');
  });

  it('reads a person\'s name without honorifics, suffixes and middle initials', () => {
    expect(personWords('Honorable Joseph R. Biden Jr.')).toEqual(['joseph', 'biden']);
    expect(personWords('The Right Honourable Sir John Smith III')).toEqual(['john', 'smith']);
    expect(personWords('J. D. Vance')).toEqual(['j', 'vance']);
    expect(personWords('John F Kennedy')).toEqual(['john', 'kennedy']);
    expect(personWords('John Fitzgerald Kennedy')).toEqual(['john', 'fitzgerald', 'kennedy']);
    expect(personWords('Smith, John')).toEqual(['smith', 'john']);
    expect(personWords('Liz  Sherwood-Randall')).toEqual(['liz', 'sherwood-randall']);
    // One word is never stripped to nothing.
    expect(personWords('Mr Jr')).toEqual(['jr']);
    expect(personWords('Dr')).toEqual(['dr']);
    // A suffix or regnal number after a lone given name stays part of it ("Elizabeth II" is not every "Elizabeth").
    expect(personWords('John Jr')).toEqual(['john', 'jr']);
    expect(personWords('Elizabeth II')).toEqual(['elizabeth', 'ii']);
    expect(personKey('Liz Sherwood-Randall')).toBe('liz sherwood randall');
  });

  it('knows short forms of the same given name', () => {
    expect(sameGivenName('joe', 'joseph')).toBe(true);
    expect(sameGivenName('joseph', 'joe')).toBe(true);
    expect(sameGivenName('tony', 'antony')).toBe(true);
    expect(sameGivenName('joe', 'bill')).toBe(false);
    expect(sameGivenName('joe', 'zzqx')).toBe(false);
    expect(sameGivenName('zzqx', 'joe')).toBe(false);
    expect(sameGivenName('zzqx', 'zzqx')).toBe(true);
    expect(sameGivenName('zzqx', 'qqzz')).toBe(false);
    expect(isKnownGivenName('joe')).toBe(true);
    expect(isKnownGivenName('zzqx')).toBe(false);
  });
});

describe('groups', () => {
  it('counts mentions per document, type votes and written labels; a lexicon hit sets label and type', () => {
    const groups: Groups = new Map();
    addTo(groups, 'acme', mentionAt('Acme', 'firm', 0), 'firm');
    addTo(groups, 'acme', mentionAt('ACME', 'firm', 1), 'firm', 'Acme Corp');
    addTo(groups, 'acme', mentionAt('Acme', 'organisation', 1), undefined); // no type: no votes
    const group = groups.get('acme')!;
    expect(group.mentions).toHaveLength(3);
    expect([...group.documents]).toEqual([[0, 1], [1, 2]]);
    expect([...group.typeVotes]).toEqual([['firm', 2]]);
    expect([...group.labelVotes]).toEqual([['Acme', 1], ['Acme Corp', 1]]);
    expect(groupType(group)).toBe('firm');
    // Equal votes: the longer spelling.
    expect(groupLabel(group)).toBe('Acme Corp');
    addTo(groups, 'acme', mentionAt('Acme Inc', 'organisation', 2), 'organisation', undefined, true);
    expect([...group.typeVotes]).toEqual([['firm', 2], ['organisation', 1]]);
    expect([...group.labelVotes]).toEqual([['Acme', 1], ['Acme Corp', 1]]);
    expect(groupType(group)).toBe('organisation');
    expect(groupLabel(group)).toBe('Acme Inc');
  });

  it('takes the type with most votes, ties to the earlier of state, organisation, firm, person', () => {
    const groups: Groups = new Map();
    addTo(groups, 'a', mentionAt('A', 'person', 0), 'person');
    addTo(groups, 'a', mentionAt('A', 'person', 0), 'person');
    addTo(groups, 'a', mentionAt('A', 'firm', 0), 'firm');
    expect(groupType(groups.get('a')!)).toBe('person');
    addTo(groups, 'a', mentionAt('A', 'firm', 0), 'firm');
    expect(groupType(groups.get('a')!)).toBe('firm');
    addTo(groups, 'b', mentionAt('B', 'person', 0), undefined);
    expect(groupType(groups.get('b')!)).toBeUndefined();
    expect(groupLabel(groups.get('b')!)).toBeUndefined();
  });

  it('picks a label by preference, then votes, then length, then text order', () => {
    const groups: Groups = new Map();
    for (const label of ['Treasury Janet Yellen', 'Treasury Janet Yellen', 'Janet Yellen', 'Abd', 'Abc']) addTo(groups, 'y', mentionAt(label, 'person', 0), 'person');
    const group = groups.get('y')!;
    expect(groupLabel(group)).toBe('Treasury Janet Yellen');
    expect(groupLabel(group, (label) => (label.startsWith('Janet') ? 1 : 0))).toBe('Janet Yellen');
    expect(groupLabel(group, (label) => (label.length === 3 ? 1 : 0))).toBe('Abc');
    expect(groupLabel(group, () => 0)).toBe('Treasury Janet Yellen');
    // Ties on votes: the longer; then the earlier text.
    const ties: Groups = new Map();
    for (const label of ['Abd', 'Abc', 'Ab']) addTo(ties, 't', mentionAt(label, 'person', 0), 'person');
    expect(groupLabel(ties.get('t')!)).toBe('Abc');
    expect(groupLabel(ties.get('t')!, () => 0)).toBe('Abc');
  });

  it('merges one group into another: mentions, documents and votes add up, a lexicon label is kept or taken', () => {
    const groups: Groups = new Map();
    addTo(groups, 'a', mentionAt('Acme', 'firm', 0), 'firm');
    addTo(groups, 'b', mentionAt('Acme Group', 'firm', 0), 'firm');
    addTo(groups, 'b', mentionAt('Acme Group', 'organisation', 1), 'organisation', undefined, true);
    const a = groups.get('a')!;
    const b = groups.get('b')!;
    mergeGroup(groups, a, a);
    expect([...groups.keys()]).toEqual(['a', 'b']);
    expect(a.mentions).toHaveLength(1);
    mergeGroup(groups, b, a);
    expect([...groups.keys()]).toEqual(['a']);
    expect(a.mentions.map((mention) => mention.label)).toEqual(['Acme', 'Acme Group', 'Acme Group']);
    expect([...a.documents]).toEqual([[0, 2], [1, 1]]);
    expect([...a.typeVotes]).toEqual([['firm', 2], ['organisation', 1]]);
    expect([...a.labelVotes]).toEqual([['Acme', 1], ['Acme Group', 1]]);
    expect(a.lexiconLabel).toBe('Acme Group');
    expect(a.lexiconType).toBe('organisation');
    // A group with its own lexicon label keeps it.
    addTo(groups, 'c', mentionAt('Acme Holdings', 'firm', 2), 'firm', undefined, true);
    mergeGroup(groups, groups.get('c')!, a);
    expect(a.lexiconLabel).toBe('Acme Group');
    expect(a.lexiconType).toBe('organisation');
    // A group without one takes the other's.
    addTo(groups, 'd', mentionAt('Dee', 'person', 0), 'person');
    const d = groups.get('d')!;
    mergeGroup(groups, a, d);
    expect(d.lexiconLabel).toBe('Acme Group');
    expect(d.lexiconType).toBe('organisation');
  });
});

describe('ordinary words', () => {
  it('counts only whole lower-case words, and needs two uses', () => {
    const candidates = new Set(['visa', 'power', 'world']);
    const texts = ['a visa-free visa regime', 'Power, powers, power', 'visa’s', 'the world'];
    // visa: "visa" once ("visa-free" and "visa’s" are other words); power: once; world: once.
    expect([...commonWordsAmong(candidates, texts)]).toEqual([]);
    expect([...commonWordsAmong(candidates, [...texts, 'visa power'])].sort()).toEqual(['power', 'visa']);
    expect([...commonWordsAmong(new Set(), ['visa visa'])]).toEqual([]);
  });
});
