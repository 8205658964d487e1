/**
 * A body or firm named only in ordinary words that the texts also write in lower case is a common phrase, not a name
 * (resolve/lowercase-phrases.ts, rule `lowercase-phrase`). Hand-made mentions and invented texts; the expected actors
 * are worked out by hand: a phrase is dropped only when every word is an ordinary English word, nothing else vouches
 * for it, and the texts hold it in lower case (once for two words or more, twice for one word) at least as often as
 * with capitals.
 */
import { describe, expect, it } from 'vitest';
import { phrasesWrittenLowerCase, resolveActors } from '../../src/extract/resolve/index.ts';
import type { LocatedMention } from '../../src/extract/resolve/index.ts';
import { mention, summary } from '../helpers/located-mentions.ts';
import { smallLexiconIndex as lexicon } from '../fixtures/extract/small-lexicon.ts';

function resolveWith(mentions: LocatedMention[], texts: string[], dropped: string[] = []) {
  return resolveActors(mentions, [], lexicon, [], new Set(), { writtenLowerCase: (phrases) => phrasesWrittenLowerCase(phrases, texts), dropped });
}

const ruled = (m: LocatedMention, rule: string): LocatedMention => ({ ...m, rule });

describe('phrasesWrittenLowerCase', () => {
  it('finds a phrase of two words written in lower case once, a single word only twice', () => {
    const texts = ['The steering board met. Its Steering Board chair spoke.', 'We protect the environment.'];
    expect([...phrasesWrittenLowerCase(new Set(['steering board', 'environment', 'executive office']), texts)]).toEqual(['steering board']);
    expect([...phrasesWrittenLowerCase(new Set(['environment']), [...texts, 'A clean environment helps.'])]).toEqual(['environment']);
  });

  it('keeps a phrase written with capitals more often than in lower case', () => {
    const texts = ['The Security Council met.', 'The Security Council voted.', 'Each national security council reports.'];
    expect([...phrasesWrittenLowerCase(new Set(['security council']), texts)]).toEqual([]);
    expect([...phrasesWrittenLowerCase(new Set(['security council']), [...texts, 'a security council here'])]).toEqual(['security council']);
  });

  it('does not count the phrase in capitals or split by a capitalised word', () => {
    expect([...phrasesWrittenLowerCase(new Set(['steering board']), ['The Steering Board and the steering Committee board met.'])]).toEqual([]);
  });
});

describe('a body of ordinary words the texts write in lower case is no actor (lowercase-phrase)', () => {
  it('drops "Steering Board" and a firm "Environment" and says why', () => {
    // "The Steering Board met … every steering board must …"; "Energy and the Environment" typed a firm by a list.
    const dropped: string[] = [];
    const actors = resolveWith([
      ruled(mention('Steering Board', 'organisation', 'named'), 'cue-organisation'),
      ruled(mention('Environment', 'firm', 'named'), 'firm-in-list'),
      ruled(mention('Environment', 'firm', 'named', 1), 'firm-in-list'),
    ], ['every steering board must report', 'the environment matters', 'a cleaner environment'], dropped);
    expect(summary(actors)).toEqual([]);
    expect(dropped.sort()).toEqual(['lowercase-phrase: Environment', 'lowercase-phrase: Steering Board']);
  });

  it('keeps a name with a word that is no ordinary word, a lexicon name, and a phrase never written in lower case', () => {
    const actors = resolveWith([
      ruled(mention('Rockefeller Foundation', 'organisation', 'named'), 'cue-organisation'),
      mention('World Bank', 'organisation', 'lexicon'),
      ruled(mention('Programme Coordinating Board', 'organisation', 'named'), 'cue-organisation'),
    ], ['the rockefeller foundation and the world bank', 'a coordinating board']);
    expect(summary(actors)).toEqual(['organisation:Programme Coordinating Board:1', 'organisation:Rockefeller Foundation:1', 'organisation:World Bank:1']);
  });

  it('keeps a phrase a strong rule vouches for (a state body) or that an acronym stands for', () => {
    const withAcronym: LocatedMention = { ...ruled(mention('Executive Office', 'organisation', 'named'), 'cue-organisation'), acronym: 'EO' };
    const actors = resolveWith([
      ruled(mention('Foreign Ministry', 'organisation', 'named'), 'state-body'),
      withAcronym,
    ], ['the foreign ministry said', 'an executive office']);
    expect(summary(actors)).toEqual(['organisation:Executive Office:1', 'organisation:Foreign Ministry:1']);
  });

  it('leaves persons alone and does nothing without the check', () => {
    const persons = [ruled(mention('Grace Hope', 'person', 'named'), 'given-name')];
    expect(summary(resolveWith(persons, ['grace and hope', 'grace hope']))).toEqual(['person:Grace Hope:1']);
    expect(summary(resolveActors([ruled(mention('Steering Board', 'organisation', 'named'), 'cue-organisation')], [], lexicon)))
      .toEqual(['organisation:Steering Board:1']);
  });
});
