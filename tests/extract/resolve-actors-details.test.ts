/**
 * resolveActors (src/extract/resolve/resolve.ts) rule by rule, on hand-made mentions over the
 * small test lexicon: which key a mention joins for its type, acronyms read through definitions
 * (and when a definition is the known name cut short), governments, lone words placed or
 * dropped, guessed names, lone common words typed as people, labels of people, and bodies
 * merged with their state-prefixed names. Each expectation is worked out by hand from the rules
 * in the resolver's comments and the lists in tests/fixtures/extract/small-lexicon.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ActorType } from '../../src/graph-format/index.ts';
import type { LocatedMention } from '../../src/extract/resolve/groups.ts';
import { resolveActors } from '../../src/extract/resolve/resolve.ts';
import type { AcronymDefinition } from '../../src/extract/types.ts';
import { smallLexiconIndex as lexicon } from '../fixtures/extract/small-lexicon.ts';

const one = (label: string, type: ActorType, kind: LocatedMention['kind'] = 'named', extra: Partial<LocatedMention> = {}): LocatedMention =>
  ({ document: 0, passage: 0, start: 0, end: label.length, label, type, kind, ...extra });
const summary = (actors: ReturnType<typeof resolveActors>): string[] => actors.map((actor) => `${actor.type}:${actor.label}:${actor.mentions.length}`).sort();
const resolve = (mentions: LocatedMention[], definitions: AcronymDefinition[] = [], persons?: string[], commonWords?: Set<string>): string[] =>
  summary(resolveActors(mentions, definitions, lexicon, persons, commonWords));

describe('the key a mention joins depends on its type', () => {
  it('only an organisation is read as a body of a state', () => {
    // "Chinese Embassy" as a firm keeps its own key ("chinese embassy"), not "embassy of china".
    expect(resolve([one('Embassy of China', 'organisation'), one('Chinese Embassy', 'firm')]))
      .toEqual(['firm:Chinese Embassy:1', 'organisation:Embassy of China:1']);
  });

  it('a person and a state keep their own keys; only bodies spell a state inside the name one way', () => {
    // Person "Joe America": key "joe america"; the organisation of that name: "joe united states".
    expect(resolve([one('Joe America', 'person'), one('Joe America', 'organisation')]))
      .toEqual(['organisation:Joe America:1', 'person:Joe America:1']);
    // State "Russian Federation": key "russian federation"; the organisation: "russia".
    expect(resolve([one('Russian Federation', 'state'), one('Russian Federation', 'organisation')]))
      .toEqual(['organisation:Russian Federation:1', 'state:Russian Federation:1']);
  });
});

describe('acronyms and definitions', () => {
  const ppe: AcronymDefinition = { acronym: 'PPE', label: 'Personal Protective Equipment', type: 'none' };

  it('an acronym defined as no actor joins nothing, not even a body of that name', () => {
    const named = one('Personal Protective Equipment', 'organisation');
    expect(resolve([named, one('PPE', 'organisation', 'acronym')], [ppe])).toEqual(['organisation:Personal Protective Equipment:1']);
    // A name carrying that acronym is dropped too, and does not join the body either.
    expect(resolve([named, one('Protective Equipment Programme', 'organisation', 'named', { acronym: 'PPE' })], [ppe]))
      .toEqual(['organisation:Personal Protective Equipment:1']);
  });

  it('reads the written acronym without its full stops and spells an undefined one as written', () => {
    // Three capitals once the stops are gone: an organisation, labelled as written.
    expect(resolve([one('T.V.A.', 'organisation', 'acronym')])).toEqual(['organisation:T.V.A.:1']);
    // Not all capitals: "NGOs" (a plural), "MoDFA" (lower case inside) are no organisation.
    expect(resolve([one('NGOs', 'organisation', 'acronym')])).toEqual([]);
    expect(resolve([one('MoDFA', 'organisation', 'acronym')])).toEqual([]);
    // Only acronyms: a lone surname in capitals is no organisation.
    expect(resolve([one('SMITH', 'person', 'surname')])).toEqual([]);
  });

  it('a definition that is the known name cut short does not rename the known name', () => {
    const cut: AcronymDefinition = { acronym: 'SCO', label: 'Cooperation Organisation', type: 'organisation' };
    const known = one('Shanghai Cooperation Organisation', 'organisation', 'lexicon', { acronym: 'SCO' });
    expect(resolve([known], [cut])).toEqual(['organisation:Shanghai Cooperation Organisation:1']);
    // A name found another way that ends in the definition is read as the definition.
    const defined: AcronymDefinition = { acronym: 'SF', label: 'Steppe Fund', type: 'organisation' };
    expect(resolve([one('Big Steppe Fund', 'organisation', 'named', { acronym: 'SF' })], [defined])).toEqual(['organisation:Steppe Fund:1']);
  });

  it('a definition spelled like the name itself leaves the name its own type', () => {
    const defined: AcronymDefinition = { acronym: 'SF', label: 'Steppe Fund', type: 'organisation' };
    expect(resolve([one('Steppe Fund', 'firm', 'named', { acronym: 'SF' })], [defined])).toEqual(['firm:Steppe Fund:1']);
  });

  it('between an actor and a non-actor reading the actor wins whatever the order and counts', () => {
    const actor: AcronymDefinition = { acronym: 'PPE', label: 'People Party Europe', type: 'organisation' };
    for (const definitions of [[actor, ppe, ppe], [ppe, ppe, actor], [ppe, actor, ppe]]) {
      expect(resolve([one('PPE', 'organisation', 'acronym')], definitions)).toEqual(['organisation:People Party Europe:1']);
    }
  });

  it('one name defined as two types equally often keeps the first definition', () => {
    const asBody: AcronymDefinition = { acronym: 'SF', label: 'Steppe Fund', type: 'organisation' };
    const asFirm: AcronymDefinition = { acronym: 'SF', label: 'Steppe Fund', type: 'firm' };
    expect(resolve([one('SF', 'organisation', 'acronym')], [asBody, asFirm])).toEqual(['organisation:Steppe Fund:1']);
    expect(resolve([one('SF', 'organisation', 'acronym')], [asFirm, asBody])).toEqual(['firm:Steppe Fund:1']);
  });
});

describe('governments and the lexicon', () => {
  it('an organisation named as a government is the state; another type is not read so', () => {
    expect(resolve([one('Government of China', 'organisation')])).toEqual(['state:China:1']);
    expect(resolve([one('Chinese Government', 'firm')])).toEqual(['firm:Chinese Government:1']);
  });

  it('a lexicon mention names its group whatever the other spellings\' votes', () => {
    const mentions = [
      one('Shanghai Cooperation Organisation', 'organisation', 'lexicon'),
      one('the Shanghai Cooperation Organisation', 'organisation'),
      one('the Shanghai Cooperation Organisation', 'organisation'),
    ];
    expect(resolve(mentions)).toEqual(['organisation:Shanghai Cooperation Organisation:3']);
  });

  it('a lexicon entry is evidence even when only the tagger found it', () => {
    expect(resolve([one('Shanghai Cooperation Organisation', 'organisation', 'lexicon', { rule: 'tagger' })]))
      .toEqual(['organisation:Shanghai Cooperation Organisation:1']);
  });
});

describe('lone words', () => {
  it('a lone word the lexicon calls no actor never joins the group of that name', () => {
    // "Xinjiang" is a non-actor place in the small lexicon; the lexicon mention stands alone.
    expect(resolve([one('Xinjiang', 'organisation', 'lexicon'), one('Xinjiang', 'person', 'surname')]))
      .toEqual(['organisation:Xinjiang:1']);
  });

  it('a lone surname goes to the first known person it can stand for, and to none without known persons', () => {
    expect(resolve([one('Doe', 'person', 'surname')], [], ['Jane Doe', 'John Doe'])).toEqual(['person:Jane Doe:1']);
    expect(resolve([one('Stryker', 'person', 'surname')])).toEqual([]);
  });

  it('a person known only by a word the corpus writes in lower case is dropped; a body of such a word is kept', () => {
    const common = new Set(['manager', 'apple']);
    expect(resolve([one('Manager', 'person', 'named')], [], [], common)).toEqual([]);
    // Spaces around the word do not hide it.
    expect(resolve([one('Manager ', 'person', 'named')], [], [], common)).toEqual([]);
    expect(resolve([one('Apple', 'firm', 'named')], [], [], common)).toEqual(['firm:Apple:1']);
    // A word not in the list stays a person.
    expect(resolve([one('Manager', 'person', 'named')], [], [], new Set(['apple']))).toEqual(['person:Manager:1']);
  });
});

describe('names only the tagger guessed', () => {
  const guessed = (label: string): LocatedMention[] => [0, 1].map((document) => one(label, 'organisation', 'named', { document, rule: 'tagger' }));

  it('are kept in two documents unless every word is a common word or a joining word, whole words only', () => {
    // "Boston", "Berlin" end in "on"/"in", "Ontario", "Index" begin with "on"/"in": none is a joining word.
    expect(resolve(guessed('Boston Berlin'))).toEqual(['organisation:Boston Berlin:2']);
    expect(resolve(guessed('Ontario Index'))).toEqual(['organisation:Ontario Index:2']);
    expect(resolve(guessed('Strategic  Partnership'), [], [], new Set(['strategic', 'partnership']))).toEqual([]);
    expect(resolve(guessed('Strategic Partnership of the Steppe'), [], [], new Set(['strategic', 'partnership', 'steppe']))).toEqual([]);
  });
});

describe('labels', () => {
  it('a person is labelled by the spelling that opens with a given name, not by the most frequent', () => {
    // "Ms Jane Smith" and "Jane Smith" share the key "jane smith" (the honorific is dropped).
    // Ranks: "Ms Jane Smith" 1 (two words) + 1 (not capitals) + 0 ("ms" is no given name) = 2;
    // "Jane Smith" 1 + 1 + 2 ("jane" is a first name) = 4: it wins against three votes to one.
    const mentions = [...Array.from({ length: 3 }, () => one('Ms Jane Smith', 'person')), one('Jane Smith', 'person')];
    expect(resolve(mentions)).toEqual(['person:Jane Smith:4']);
  });

  it('a body is labelled by its most frequent spelling, capitals or not', () => {
    const mentions = [one('ACME FUND', 'organisation'), one('ACME FUND', 'organisation'), one('Acme Fund', 'organisation')];
    expect(resolve(mentions)).toEqual(['organisation:ACME FUND:3']);
  });
});

describe('bodies with a leading state', () => {
  it('a firm merges with its bare name like an organisation does', () => {
    expect(resolve([one('United States Steel Group', 'firm'), one('Steel Group', 'firm')])).toEqual(['firm:United States Steel Group:2']);
  });

  it('a person named with a leading state does not merge into the bare body', () => {
    expect(resolve([one('United States Department of Energy', 'person'), one('Department of Energy', 'organisation')]))
      .toEqual(['organisation:Department of Energy:1', 'person:United States Department of Energy:1']);
  });

  it('an embassy of a state keeps its state', () => {
    // "U.S. Embassy" is the key "embassy of united states"; "the Embassy" is "embassy".
    expect(resolve([one('U.S. Embassy', 'organisation'), one('the Embassy', 'organisation')]))
      .toEqual(['organisation:U.S. Embassy:1', 'organisation:the Embassy:1']);
  });
});
