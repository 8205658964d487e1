/**
 * resolveActors on hand-made mentions: acronyms, tagger guesses, byline authors and labels, and bodies of a state
 * (state-bodies.ts). Expected actors are worked out by hand from the rules in resolve.ts and state-bodies.ts and
 * the small test lexicon.
 */
import { describe, expect, it } from 'vitest';
import { resolveActors, type LocatedMention } from '../../src/extract/resolve/resolve.ts';
import { bodyKey, governmentOf, stateBodyKey, withoutLeadingState } from '../../src/extract/resolve/state-bodies.ts';
import { mentionOf, summary } from '../helpers/located-mentions.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';

describe('resolveActors: acronyms, guesses, authors and labels', () => {
  it('reads an acronym by its most frequent definition, an actor before a non-actor, ties alphabetically', () => {
    const cpc = [
      { acronym: 'CPC', label: 'Caspian Pipeline Consortium', type: 'organisation' as const },
      { acronym: 'CPC', label: 'Caspian Pipeline Consortium', type: 'organisation' as const },
      { acronym: 'CPC', label: 'Communist Party of China', type: 'organisation' as const },
    ];
    expect(summary(resolveActors([mentionOf('CPC', 'organisation', 'acronym'), mentionOf('C.P.C.', 'organisation', 'acronym')], cpc, smallLexiconIndex)))
      .toEqual(['organisation:Caspian Pipeline Consortium:2']);
    const ppe = [
      { acronym: 'PPE', label: 'Personal Protective Equipment', type: 'none' as const },
      { acronym: 'PPE', label: 'Personal Protective Equipment', type: 'none' as const },
      { acronym: 'PPE', label: 'People Party Europe', type: 'organisation' as const },
    ];
    expect(summary(resolveActors([mentionOf('PPE', 'organisation', 'acronym')], ppe, smallLexiconIndex))).toEqual(['organisation:People Party Europe:1']);
    expect(resolveActors([mentionOf('PPE', 'organisation', 'acronym')], ppe.slice(0, 2), smallLexiconIndex)).toEqual([]);
    const tie = [
      { acronym: 'ABO', label: 'Beta Org', type: 'organisation' as const },
      { acronym: 'ABO', label: 'Alpha Org', type: 'organisation' as const },
    ];
    expect(summary(resolveActors([mentionOf('ABO', 'organisation', 'acronym')], tie, smallLexiconIndex))).toEqual(['organisation:Alpha Org:1']);
    expect(summary(resolveActors([mentionOf('ABO', 'organisation', 'acronym')], [...tie].reverse(), smallLexiconIndex))).toEqual(['organisation:Alpha Org:1']);
  });

  it('types an undefined acronym of three or more capitals as an organisation and drops a shorter one', () => {
    expect(summary(resolveActors([mentionOf('RSIS', 'person', 'acronym'), mentionOf('AB', 'person', 'acronym')], [], smallLexiconIndex))).toEqual(['organisation:RSIS:1']);
  });

  it('keeps a name only the tagger guessed when it recurs in two documents and is not made of ordinary words', () => {
    const guessed = (label: string, documents: number[]): LocatedMention[] => documents.map((document) => mentionOf(label, 'organisation', 'named', document, 'tagger'));
    expect(resolveActors(guessed('Steppe Fund', [0, 0]), [], smallLexiconIndex)).toEqual([]);
    expect(summary(resolveActors(guessed('Steppe Fund', [0, 1]), [], smallLexiconIndex))).toEqual(['organisation:Steppe Fund:2']);
    expect(resolveActors(guessed('Strategic Partnership of Asia', [0, 1]), [], smallLexiconIndex, [], new Set(['strategic', 'partnership', 'asia']))).toEqual([]);
    expect(summary(resolveActors(guessed('Strategic Partnership', [0, 1]), [], smallLexiconIndex, [], new Set(['strategic']))))
      .toEqual(['organisation:Strategic Partnership:2']);
    // One mention found by another rule is evidence enough.
    expect(summary(resolveActors([...guessed('Steppe Fund', [0]), mentionOf('Steppe Fund', 'organisation', 'named', 0, 'org-cue')], [], smallLexiconIndex)))
      .toEqual(['organisation:Steppe Fund:2']);
  });

  it('gives a lone word of a byline author\'s name to that author', () => {
    const actors = resolveActors([mentionOf('Doe', 'person', 'surname'), mentionOf('Jane', 'person', 'surname', 1), mentionOf('Roe', 'person', 'surname')], [], smallLexiconIndex, ['Jane Doe']);
    expect(summary(actors)).toEqual(['person:Jane Doe:2']);
    // Only for mentions typed as people.
    expect(resolveActors([mentionOf('Doe', 'firm', 'surname')], [], smallLexiconIndex, ['Jane Doe'])).toEqual([]);
  });

  it('confirms an unplaced lone word by the same word typed elsewhere', () => {
    expect(summary(resolveActors([mentionOf('Jingdong', 'firm', 'named', 0), mentionOf('Jingdong', 'person', 'surname', 1)], [], smallLexiconIndex)))
      .toEqual(['firm:Jingdong:2']);
    expect(resolveActors([mentionOf('Jingdong', 'person', 'surname', 1)], [], smallLexiconIndex)).toEqual([]);
  });

  it('labels a person by a name that opens with a given name and is not in capitals', () => {
    const mentions = [
      ...Array.from({ length: 3 }, () => mentionOf('JOE SMITH', 'person', 'named')),
      mentionOf('Joe Smith', 'person', 'named'),
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
    const mentions = [mentionOf('United States Department of Energy', 'organisation'), mentionOf('Department of Energy', 'organisation')];
    // One actor; its two spellings have one vote each, so the longer names it.
    expect(summary(resolveActors(mentions, [], smallLexiconIndex))).toEqual(['organisation:United States Department of Energy:2']);
    const two = [...mentions, mentionOf('Russian Federation Department of Energy', 'organisation')];
    expect(summary(resolveActors(two, [], smallLexiconIndex))).toEqual([
      'organisation:Department of Energy:1', 'organisation:Russian Federation Department of Energy:1', 'organisation:United States Department of Energy:1',
    ]);
    // A person named like the bare body is not merged.
    const person = [mentionOf('United States Department of Energy', 'organisation'), mentionOf('Department of Energy', 'person')];
    expect(resolveActors(person, [], smallLexiconIndex)).toHaveLength(2);
  });
});
