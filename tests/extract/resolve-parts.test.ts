/**
 * The resolver's building blocks on their own: name keys (keys.ts), groups and their votes
 * (groups.ts), when a capital acts as its government (capital-use.ts) and which capitalised
 * words are ordinary words (common-words.ts). Expected values are worked out by hand from the
 * rules in those files and the lists in src/extract/lexicon/name-variants.json.
 */
import { describe, expect, it } from 'vitest';
import type { ActorType } from '../../src/graph-format/index.ts';
import { isKnownGivenName, labelKey, personKey, personWords, sameGivenName, unifySpelling } from '../../src/extract/resolve/keys.ts';
import { addTo, groupLabel, groupType, mergeGroup, type Groups, type LocatedMention } from '../../src/extract/resolve/groups.ts';
import { capitalActsAsGovernment } from '../../src/extract/resolve/capital-use.ts';
import { commonWordsAmong } from '../../src/extract/resolve/common-words.ts';
import { mergePersonVariants, sameName } from '../../src/extract/resolve/person-variants.ts';
import { indexShortForms, shortFormTarget } from '../../src/extract/resolve/short-forms.ts';
import { resolveActors } from '../../src/extract/resolve/resolve.ts';
import { bodyKey, governmentOf, stateBodyKey, withoutLeadingState } from '../../src/extract/resolve/state-bodies.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';

const at = (label: string, type: ActorType, document: number): LocatedMention =>
  ({ document, passage: 0, start: 0, end: label.length, label, type, kind: 'named' });
const one = (label: string, type: ActorType, kind: LocatedMention['kind'] = 'named', document = 0, rule?: string): LocatedMention =>
  ({ ...at(label, type, document), kind, ...(rule === undefined ? {} : { rule }) });
const summary = (actors: ReturnType<typeof resolveActors>): string[] => actors.map((actor) => `${actor.type}:${actor.label}:${actor.mentions.length}`).sort();
/** Groups keyed by their label, each with `count` mentions per listed document. */
function groupsOf(entries: [label: string, type: ActorType, documents: number[], count?: number][]): Groups {
  const groups: Groups = new Map();
  for (const [label, type, documents, count = 1] of entries) {
    for (const document of documents) for (let i = 0; i < count; i++) addTo(groups, labelKey(label), at(label, type, document), type);
  }
  return groups;
}

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
    addTo(groups, 'acme', at('Acme', 'firm', 0), 'firm');
    addTo(groups, 'acme', at('ACME', 'firm', 1), 'firm', 'Acme Corp');
    addTo(groups, 'acme', at('Acme', 'organisation', 1), undefined); // no type: no votes
    const group = groups.get('acme')!;
    expect(group.mentions).toHaveLength(3);
    expect([...group.documents]).toEqual([[0, 1], [1, 2]]);
    expect([...group.typeVotes]).toEqual([['firm', 2]]);
    expect([...group.labelVotes]).toEqual([['Acme', 1], ['Acme Corp', 1]]);
    expect(groupType(group)).toBe('firm');
    // Equal votes: the longer spelling.
    expect(groupLabel(group)).toBe('Acme Corp');
    addTo(groups, 'acme', at('Acme Inc', 'organisation', 2), 'organisation', undefined, true);
    expect([...group.typeVotes]).toEqual([['firm', 2], ['organisation', 1]]);
    expect([...group.labelVotes]).toEqual([['Acme', 1], ['Acme Corp', 1]]);
    expect(groupType(group)).toBe('organisation');
    expect(groupLabel(group)).toBe('Acme Inc');
  });

  it('takes the type with most votes, ties to the earlier of state, organisation, firm, person', () => {
    const groups: Groups = new Map();
    addTo(groups, 'a', at('A', 'person', 0), 'person');
    addTo(groups, 'a', at('A', 'person', 0), 'person');
    addTo(groups, 'a', at('A', 'firm', 0), 'firm');
    expect(groupType(groups.get('a')!)).toBe('person');
    addTo(groups, 'a', at('A', 'firm', 0), 'firm');
    expect(groupType(groups.get('a')!)).toBe('firm');
    addTo(groups, 'b', at('B', 'person', 0), undefined);
    expect(groupType(groups.get('b')!)).toBeUndefined();
    expect(groupLabel(groups.get('b')!)).toBeUndefined();
  });

  it('picks a label by preference, then votes, then length, then text order', () => {
    const groups: Groups = new Map();
    for (const label of ['Treasury Janet Yellen', 'Treasury Janet Yellen', 'Janet Yellen', 'Abd', 'Abc']) addTo(groups, 'y', at(label, 'person', 0), 'person');
    const group = groups.get('y')!;
    expect(groupLabel(group)).toBe('Treasury Janet Yellen');
    expect(groupLabel(group, (label) => (label.startsWith('Janet') ? 1 : 0))).toBe('Janet Yellen');
    expect(groupLabel(group, (label) => (label.length === 3 ? 1 : 0))).toBe('Abc');
    expect(groupLabel(group, () => 0)).toBe('Treasury Janet Yellen');
    // Ties on votes: the longer; then the earlier text.
    const ties: Groups = new Map();
    for (const label of ['Abd', 'Abc', 'Ab']) addTo(ties, 't', at(label, 'person', 0), 'person');
    expect(groupLabel(ties.get('t')!)).toBe('Abc');
    expect(groupLabel(ties.get('t')!, () => 0)).toBe('Abc');
  });

  it('merges one group into another: mentions, documents and votes add up, a lexicon label is kept or taken', () => {
    const groups: Groups = new Map();
    addTo(groups, 'a', at('Acme', 'firm', 0), 'firm');
    addTo(groups, 'b', at('Acme Group', 'firm', 0), 'firm');
    addTo(groups, 'b', at('Acme Group', 'organisation', 1), 'organisation', undefined, true);
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
    addTo(groups, 'c', at('Acme Holdings', 'firm', 2), 'firm', undefined, true);
    mergeGroup(groups, groups.get('c')!, a);
    expect(a.lexiconLabel).toBe('Acme Group');
    expect(a.lexiconType).toBe('organisation');
    // A group without one takes the other's.
    addTo(groups, 'd', at('Dee', 'person', 0), 'person');
    const d = groups.get('d')!;
    mergeGroup(groups, a, d);
    expect(d.lexiconLabel).toBe('Acme Group');
    expect(d.lexiconType).toBe('organisation');
  });
});

describe('a capital as its government', () => {
  const use = (sentence: string, capital: string): boolean => {
    const start = sentence.indexOf(capital);
    return capitalActsAsGovernment(sentence, start, start + capital.length);
  };

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

describe('resolveActors: acronyms, guesses, authors and labels', () => {
  it('reads an acronym by its most frequent definition, an actor before a non-actor, ties alphabetically', () => {
    const cpc = [
      { acronym: 'CPC', label: 'Caspian Pipeline Consortium', type: 'organisation' as const },
      { acronym: 'CPC', label: 'Caspian Pipeline Consortium', type: 'organisation' as const },
      { acronym: 'CPC', label: 'Communist Party of China', type: 'organisation' as const },
    ];
    expect(summary(resolveActors([one('CPC', 'organisation', 'acronym'), one('C.P.C.', 'organisation', 'acronym')], cpc, smallLexiconIndex)))
      .toEqual(['organisation:Caspian Pipeline Consortium:2']);
    const ppe = [
      { acronym: 'PPE', label: 'Personal Protective Equipment', type: 'none' as const },
      { acronym: 'PPE', label: 'Personal Protective Equipment', type: 'none' as const },
      { acronym: 'PPE', label: 'People Party Europe', type: 'organisation' as const },
    ];
    expect(summary(resolveActors([one('PPE', 'organisation', 'acronym')], ppe, smallLexiconIndex))).toEqual(['organisation:People Party Europe:1']);
    expect(resolveActors([one('PPE', 'organisation', 'acronym')], ppe.slice(0, 2), smallLexiconIndex)).toEqual([]);
    const tie = [
      { acronym: 'ABO', label: 'Beta Org', type: 'organisation' as const },
      { acronym: 'ABO', label: 'Alpha Org', type: 'organisation' as const },
    ];
    expect(summary(resolveActors([one('ABO', 'organisation', 'acronym')], tie, smallLexiconIndex))).toEqual(['organisation:Alpha Org:1']);
    expect(summary(resolveActors([one('ABO', 'organisation', 'acronym')], [...tie].reverse(), smallLexiconIndex))).toEqual(['organisation:Alpha Org:1']);
  });

  it('types an undefined acronym of three or more capitals as an organisation and drops a shorter one', () => {
    expect(summary(resolveActors([one('RSIS', 'person', 'acronym'), one('AB', 'person', 'acronym')], [], smallLexiconIndex))).toEqual(['organisation:RSIS:1']);
  });

  it('keeps a name only the tagger guessed when it recurs in two documents and is not made of ordinary words', () => {
    const guessed = (label: string, documents: number[]): LocatedMention[] => documents.map((document) => one(label, 'organisation', 'named', document, 'tagger'));
    expect(resolveActors(guessed('Steppe Fund', [0, 0]), [], smallLexiconIndex)).toEqual([]);
    expect(summary(resolveActors(guessed('Steppe Fund', [0, 1]), [], smallLexiconIndex))).toEqual(['organisation:Steppe Fund:2']);
    expect(resolveActors(guessed('Strategic Partnership of Asia', [0, 1]), [], smallLexiconIndex, [], new Set(['strategic', 'partnership', 'asia']))).toEqual([]);
    expect(summary(resolveActors(guessed('Strategic Partnership', [0, 1]), [], smallLexiconIndex, [], new Set(['strategic']))))
      .toEqual(['organisation:Strategic Partnership:2']);
    // One mention found by another rule is evidence enough.
    expect(summary(resolveActors([...guessed('Steppe Fund', [0]), one('Steppe Fund', 'organisation', 'named', 0, 'org-cue')], [], smallLexiconIndex)))
      .toEqual(['organisation:Steppe Fund:2']);
  });

  it('gives a lone word of a byline author\'s name to that author', () => {
    const actors = resolveActors([one('Doe', 'person', 'surname'), one('Jane', 'person', 'surname', 1), one('Roe', 'person', 'surname')], [], smallLexiconIndex, ['Jane Doe']);
    expect(summary(actors)).toEqual(['person:Jane Doe:2']);
    // Only for mentions typed as people.
    expect(resolveActors([one('Doe', 'firm', 'surname')], [], smallLexiconIndex, ['Jane Doe'])).toEqual([]);
  });

  it('confirms an unplaced lone word by the same word typed elsewhere', () => {
    expect(summary(resolveActors([one('Jingdong', 'firm', 'named', 0), one('Jingdong', 'person', 'surname', 1)], [], smallLexiconIndex)))
      .toEqual(['firm:Jingdong:2']);
    expect(resolveActors([one('Jingdong', 'person', 'surname', 1)], [], smallLexiconIndex)).toEqual([]);
  });

  it('labels a person by a name that opens with a given name and is not in capitals', () => {
    const mentions = [
      ...Array.from({ length: 3 }, () => one('JOE SMITH', 'person', 'named')),
      one('Joe Smith', 'person', 'named'),
    ];
    expect(summary(resolveActors(mentions, [], smallLexiconIndex))).toEqual(['person:Joe Smith:4']);
  });
});

describe('bodies of a state', () => {
  it.each([
    ['U.S. Embassy in Kabul', 'embassy of united states in kabul'],
    ['Embassy of the United States in Kabul', 'embassy of united states in kabul'],
    ['American Embassy in Kabul', 'embassy of united states in kabul'],
    ['Chinese Embassy', 'embassy of china'],
    ['Chinese Embassies', 'embassy of china'],
    ['Chinese Consulate General in the Almaty', 'consulate of china in almaty'],
    ['Chinese Foreign Ministry', 'ministry of foreign affairs of china'],
    ['Ministry of Foreign Affairs of China', 'ministry of foreign affairs of china'],
    ['China’s MFA', 'ministry of foreign affairs of china'],
    ['Russian Ministry of Defence', 'ministry of defense of russia'],
    ['Russian Defence Ministry', 'ministry of defense of russia'],
    ['Ministry for the Economy of Russia', 'ministry of economy of russia'],
    ['Kazakh Parliament', 'parliament of kazakhstan'],
    ['Permanent Mission of China to Kazakhstan', 'permanent mission of china in kazakhstan'],
    ['U.S. Embassy in', undefined], // a preposition without a place
    ['U.S. Embassy Kabul', undefined],
    ['Embassy', undefined],
    ['Friends of China', undefined],
    ['Big Chinese Embassy', undefined],
    ['Us Embassy', undefined], // "Us" is not written as a code
  ])('%s → %s', (label, key) => {
    expect(stateBodyKey(label, smallLexiconIndex)).toBe(key);
  });

  it('reads "Government of X" and "X Government" as the state', () => {
    expect(governmentOf('Government of China', smallLexiconIndex)).toBe('China');
    expect(governmentOf('the Government of the Russian Federation', smallLexiconIndex)).toBe('Russia');
    expect(governmentOf('Chinese Government', smallLexiconIndex)).toBe('China');
    expect(governmentOf('U.S. Government', smallLexiconIndex)).toBe('United States');
    expect(governmentOf('Government of China Daily', smallLexiconIndex)).toBeUndefined();
    expect(governmentOf('Chinese Big Government', smallLexiconIndex)).toBeUndefined();
    expect(governmentOf('Government of Atlantis', smallLexiconIndex)).toBeUndefined();
    expect(governmentOf('Government', smallLexiconIndex)).toBeUndefined();
    expect(governmentOf('Chinese Ministry', smallLexiconIndex)).toBeUndefined();
  });

  it('spells the state of a body one way, and splits a leading state off', () => {
    expect(bodyKey('U.S. Citizenship and Immigration Services', smallLexiconIndex)).toBe('united states citizenship and immigration services');
    expect(bodyKey('America Fund', smallLexiconIndex)).toBe('united states fund');
    expect(bodyKey('Us Fund', smallLexiconIndex)).toBe('us fund');
    expect(bodyKey('Fund for Russian Federation Studies', smallLexiconIndex)).toBe('fund for russia studies');
    expect(withoutLeadingState('United States Department of Energy', smallLexiconIndex)).toEqual({ rest: 'department of energy', state: 'United States' });
    expect(withoutLeadingState('United States', smallLexiconIndex)).toBeUndefined();
    expect(withoutLeadingState('Department of Energy', smallLexiconIndex)).toBeUndefined();
  });

  it('merges a state-prefixed body with its bare name only when no other state prefixes it', () => {
    const mentions = [one('United States Department of Energy', 'organisation'), one('Department of Energy', 'organisation')];
    // One actor; its two spellings have one vote each, so the longer names it.
    expect(summary(resolveActors(mentions, [], smallLexiconIndex))).toEqual(['organisation:United States Department of Energy:2']);
    const two = [...mentions, one('Russian Federation Department of Energy', 'organisation')];
    expect(summary(resolveActors(two, [], smallLexiconIndex))).toEqual([
      'organisation:Department of Energy:1', 'organisation:Russian Federation Department of Energy:1', 'organisation:United States Department of Energy:1',
    ]);
    // A person named like the bare body is not merged.
    const person = [one('United States Department of Energy', 'organisation'), one('Department of Energy', 'person')];
    expect(resolveActors(person, [], smallLexiconIndex)).toHaveLength(2);
  });
});
