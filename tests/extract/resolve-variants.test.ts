import { describe, expect, it } from 'vitest';
import { commonWordsAmong, labelKey, resolveActors, type LocatedMention } from '../../src/extract/resolve/index.ts';
import type { CandidateMention } from '../../src/extract/types.ts';
import { mention, summary } from '../helpers/located-mentions.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';

describe('variants of one name merge (class 9)', () => {
  it('merges middle initials, suffixes, honorifics and well-known short forms of given names', () => {
    const actors = resolveActors([
      mention('Joe Biden', 'person', 'named', 0), mention('Joe Biden', 'person', 'named', 1),
      mention('Joseph R. Biden Jr.', 'person', 'named', 2), mention('Honorable Joseph R. Biden', 'person', 'named', 3),
      mention('Tony Blinken', 'person', 'named', 4), mention('Antony J. Blinken', 'person', 'named', 5),
      mention('Liz Sherwood-Randall', 'person', 'named', 6), mention('Elizabeth Sherwood-Randall', 'person', 'named', 7),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual(['person:Antony J. Blinken:2', 'person:Elizabeth Sherwood-Randall:2', 'person:Joe Biden:4']);
  });

  it('merges a middle name, one dropped leading name and a dropped family part, but not two different people', () => {
    const actors = resolveActors([
      mention('Kassym-Jomart Tokayev', 'person', 'named'), mention('Kassym-Jomart Kemelevich Tokayev', 'person', 'named'),
      mention('Tayyip Erdogan', 'person', 'named'), mention('Recep Tayyip Erdogan', 'person', 'named'), mention('Recep Tayyip Erdogan', 'person', 'named'),
      mention('Mohammed bin Salman', 'person', 'named'), mention('Mohammed bin Salman Al Saud', 'person', 'named'),
      // "Chris Smith" could be either: it stays apart, and so do they.
      mention('Chris Smith', 'person', 'named'), mention('Christopher Smith', 'person', 'named'), mention('Christine Smith', 'person', 'named'),
      // Different given names are different people.
      mention('Hunter Biden', 'person', 'named'), mention('Jill Biden', 'person', 'named'),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual([
      'person:Chris Smith:1', 'person:Christine Smith:1', 'person:Christopher Smith:1', 'person:Hunter Biden:1', 'person:Jill Biden:1',
      'person:Kassym-Jomart Kemelevich Tokayev:2', 'person:Mohammed bin Salman Al Saud:2', 'person:Recep Tayyip Erdogan:3',
    ]);
  });

  it('a hyphenated surname alone joins the person of that surname', () => {
    const actors = resolveActors([mention('Elizabeth Sherwood-Randall', 'person', 'named', 0), mention('Sherwood-Randall', 'person', 'surname', 0)], [], smallLexiconIndex);
    expect(summary(actors)).toEqual(['person:Elizabeth Sherwood-Randall:2']);
  });

  it('gives British and American spellings of a body one key', () => {
    expect(labelKey('European Defence Agency')).toBe(labelKey('European Defense Agency'));
    expect(labelKey('United Nations Environment Programme')).toBe(labelKey('United Nations Environment Program'));
    expect(labelKey('Centre for Strategic Studies')).toBe(labelKey('Center for Strategic Studies'));
    expect(labelKey('International Labour Organisation')).toBe(labelKey('International Labor Organization'));
    expect(labelKey('Organization for Security and Co-operation in Europe')).toBe(labelKey('Organization for Security and Cooperation in Europe'));
    expect(labelKey('Defence Ministry')).not.toBe(labelKey('Defence Minister'));
  });

  it('an acronym defined once stands for its body wherever it is used alone', () => {
    const actors = resolveActors([
      mention('Eurasian Development Bank', 'organisation', 'named', 0), mention('EDB', 'organisation', 'acronym', 1), mention('EDB', 'organisation', 'acronym', 2),
    ], [{ acronym: 'EDB', label: 'Eurasian Development Bank', type: 'organisation' }], smallLexiconIndex);
    expect(summary(actors)).toEqual(['organisation:Eurasian Development Bank:3']);
  });
});

describe('bodies of a state are named canonically (class 10)', () => {
  it('merges the ways of writing an embassy, a ministry and a parliament of one state', () => {
    const actors = resolveActors([
      mention('U.S. Embassy in Kabul', 'organisation', 'named'), mention('US Embassy in Kabul', 'organisation', 'named'),
      mention('Embassy of the United States in Kabul', 'organisation', 'named'), mention('American Embassy in Kabul', 'organisation', 'named'),
      mention('U.S. Embassy in Tashkent', 'organisation', 'named'),
      mention('Chinese Foreign Ministry', 'organisation', 'named'), mention('Ministry of Foreign Affairs of China', 'organisation', 'named'),
      mention('Ministry of Foreign Affairs of the PRC', 'organisation', 'named'),
      mention('Kyrgyz Parliament', 'organisation', 'named'), mention('Parliament of Kyrgyzstan', 'organisation', 'named'),
      mention('Russian Defence Ministry', 'organisation', 'named'), mention('Ministry of Defense of the Russian Federation', 'organisation', 'named'),
    ], [], smallLexiconIndex);
    // Labels: the most frequent written form, the longest on a tie.
    expect(summary(actors)).toEqual([
      'organisation:Embassy of the United States in Kabul:4', 'organisation:Ministry of Defense of the Russian Federation:2',
      'organisation:Ministry of Foreign Affairs of the PRC:3', 'organisation:Parliament of Kyrgyzstan:2', 'organisation:U.S. Embassy in Tashkent:1',
    ]);
  });

  it('spells the state inside a body\'s name one way, and takes a state\'s government for the state', () => {
    const actors = resolveActors([
      mention('U.S. Citizenship and Immigration Services', 'organisation', 'named'), mention('United States Citizenship and Immigration Services', 'organisation', 'named'),
      mention('Government of Russia', 'organisation', 'named'), mention('the Russian Federation Government', 'organisation', 'named'),
      mention('Russia', 'state', 'lexicon'), mention('Russian Government Accountability Project', 'organisation', 'named'),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual([
      'organisation:Russian Government Accountability Project:1', 'organisation:United States Citizenship and Immigration Services:2', 'state:Russia:3',
    ]);
  });

  it('joins a body named with and without its state when the corpus gives it no other state', () => {
    const actors = resolveActors([
      mention('United States Department of Energy', 'organisation', 'named'), mention('Department of Energy', 'organisation', 'named'),
      mention('Russian Federation Security Council', 'organisation', 'named'), mention('US Security Council', 'organisation', 'named'),
      mention('Security Council', 'organisation', 'named'),
      mention('U.S. Embassy', 'organisation', 'named'), mention('Embassy', 'organisation', 'named'),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual([
      'organisation:Embassy:1', 'organisation:Russian Federation Security Council:1', 'organisation:Security Council:1',
      'organisation:U.S. Embassy:1', 'organisation:US Security Council:1', 'organisation:United States Department of Energy:2',
    ]);
  });

  it('leaves bodies that only contain a demonym alone', () => {
    const actors = resolveActors([
      mention('Central American Parliament', 'organisation', 'named'), mention('American Parliament', 'organisation', 'named'),
      mention('Training Centre of the Russian Ministry of Defence', 'organisation', 'named'), mention('Russian Ministry of Defence', 'organisation', 'named'),
    ], [], smallLexiconIndex);
    expect(actors).toHaveLength(4);
  });
});

describe('short forms join an actor only on evidence (class 16)', () => {
  it('a given name alone joins only a person named in full in the same document', () => {
    const actors = resolveActors([
      mention('Denis Udall', 'person', 'named', 0), mention('Denis', 'person', 'surname', 1), mention('Denis', 'person', 'surname', 0),
      mention('Catherine Marshall', 'person', 'named', 2), mention('Catherine', 'person', 'surname', 3),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual(['person:Catherine Marshall:1', 'person:Denis Udall:2']);
  });

  it('a surname goes to the person named in the same document, else to one that dominates the corpus, else nowhere', () => {
    const mentions = [
      ...Array.from({ length: 20 }, (_, i) => mention('Jake Sullivan', 'person', 'named', 10 + i)),
      mention('John J. Sullivan', 'person', 'named', 1), mention('Sullivan', 'person', 'surname', 1), mention('Sullivan', 'person', 'surname', 2),
      mention('Anna Karimova', 'person', 'named', 3), mention('Bakhtiyor Karimova', 'person', 'named', 4), mention('Karimova', 'person', 'surname', 5),
    ];
    expect(summary(resolveActors(mentions, [], smallLexiconIndex))).toEqual([
      'person:Anna Karimova:1', 'person:Bakhtiyor Karimova:1', 'person:Jake Sullivan:21', 'person:John J. Sullivan:2',
    ]);
  });

  it('a word the corpus writes in lower case is no short form of a body, and of a person only in the same document', () => {
    const mentions = [
      mention('Visa Information System', 'organisation', 'named', 0), mention('Visa', 'organisation', 'surname', 1),
      mention('Samantha Power', 'person', 'named', 2), mention('Power', 'person', 'surname', 2), mention('Power', 'person', 'surname', 3),
      mention('Alibaba Group', 'firm', 'named', 4), mention('Alibaba', 'firm', 'surname', 5),
    ];
    const common = commonWordsAmong(new Set(['visa', 'power', 'alibaba']), ['a visa and more visa rules', 'power and power', 'Alibaba']);
    expect([...common].sort()).toEqual(['power', 'visa']);
    expect(summary(resolveActors(mentions, [], smallLexiconIndex, [], common))).toEqual([
      'firm:Alibaba Group:2', 'organisation:Visa Information System:1', 'person:Samantha Power:2',
    ]);
  });
});

describe('evidence before a name becomes an actor', () => {
  const guessed = (label: string, type: CandidateMention['type'], document: number): LocatedMention => ({ ...mention(label, type, 'named', document), rule: 'tagger' });
  it('a name only the tagger typed is an actor when it recurs across documents and is not made of ordinary words', () => {
    const actors = resolveActors([
      guessed('Hamdi Ulukaya', 'person', 0), guessed('Hamdi Ulukaya', 'person', 1),
      guessed('Tyson Foods', 'firm', 0),
      guessed('Strategic Partnership', 'organisation', 0), guessed('Strategic Partnership', 'organisation', 1),
      // Written once by the tagger, once with a cue word's evidence: an actor.
      guessed('Eurasian Steppe Fund', 'organisation', 2), { ...mention('Eurasian Steppe Fund', 'organisation', 'named', 2), rule: 'cue-organisation' },
    ], [], smallLexiconIndex, [], new Set(['strategic', 'partnership', 'foods']));
    expect(summary(actors)).toEqual(['organisation:Eurasian Steppe Fund:2', 'person:Hamdi Ulukaya:2']);
  });
});
