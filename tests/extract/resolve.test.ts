import { describe, expect, it } from 'vitest';
import { resolveActors } from '../../src/extract/resolve/index.ts';
import { mention, summary } from '../helpers/located-mentions.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';


describe('resolveActors', () => {
  it('attaches surnames and titled short names to the full name', () => {
    const actors = resolveActors([
      mention('Xi Jinping', 'person', 'named'),
      mention('Xi', 'person', 'named'),
      mention('Norov', 'person', 'surname'),
      mention('Vladimir Norov', 'person', 'named', 1),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual(['person:Vladimir Norov:2', 'person:Xi Jinping:2']);
  });

  it('drops unconfirmed lone words but keeps titled ones', () => {
    const actors = resolveActors([mention('Rumours', 'person', 'surname'), mention('Jeenbekov', 'person', 'named')], [], smallLexiconIndex);
    expect(summary(actors)).toEqual(['person:Jeenbekov:1']);
  });

  it('confirms names that bylines and bios give as people', () => {
    const actors = resolveActors([mention('Niva Yau', 'person', 'surname'), mention('Niva', 'person', 'surname'), mention('Otto', 'person', 'surname')], [], smallLexiconIndex, ['Niva Yau']);
    expect(summary(actors)).toEqual(['person:Niva Yau:2']);
  });

  it('resolves acronyms through definitions anywhere in the corpus, and drops non-actor ones', () => {
    const actors = resolveActors([
      mention('Collective Security Treaty Organization', 'organisation', 'named', 0),
      mention('CSTO', 'organisation', 'acronym', 1),
      mention('PPE', 'organisation', 'acronym', 1),
    ], [
      { acronym: 'CSTO', label: 'Collective Security Treaty Organization', type: 'organisation' },
      { acronym: 'PPE', label: 'Personal Protective Equipment', type: 'none' },
    ], smallLexiconIndex);
    expect(summary(actors)).toEqual(['organisation:Collective Security Treaty Organization:2']);
  });

  it('prefers the actor reading of a definition also recorded as a non-actor phrase', () => {
    const actors = resolveActors([mention('Digital Corridor Agency', 'organisation', 'named'), mention('DCA', 'organisation', 'acronym')], [
      { acronym: 'DCA', label: 'Digital Corridor Agency', type: 'none' },
      { acronym: 'DCA', label: 'Digital Corridor Agency', type: 'organisation' },
    ], smallLexiconIndex);
    expect(summary(actors)).toEqual(['organisation:Digital Corridor Agency:2']);
  });

  it('lets a definition in the text override the lexicon’s reading of an acronym', () => {
    const cpc = { ...mention('Chinese Communist Party', 'organisation', 'lexicon'), acronym: 'CPC' };
    const actors = resolveActors([mention('Caspian Pipeline Consortium', 'firm', 'named'), cpc], [
      { acronym: 'CPC', label: 'Caspian Pipeline Consortium', type: 'firm' },
    ], smallLexiconIndex);
    expect(summary(actors)).toEqual(['firm:Caspian Pipeline Consortium:2']);
  });

  it('merges spelling variants and takes the most frequent spelling', () => {
    const actors = resolveActors([
      mention('Eurasian Development Organisation', 'organisation', 'named'),
      mention('Eurasian Development Organization', 'organisation', 'named'),
      mention('Eurasian Development Organisation', 'organisation', 'named'),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual(['organisation:Eurasian Development Organisation:3']);
  });

  it('attaches a short firm name to its full name and votes on the type', () => {
    const actors = resolveActors([
      mention('Alibaba Group', 'firm', 'named'),
      mention('Alibaba', 'person', 'surname'),
      mention('Kazakh Institute', 'organisation', 'named'),
      mention('Kazakh Institute', 'organisation', 'named'),
      mention('Kazakh Institute', 'firm', 'named'),
    ], [], smallLexiconIndex);
    expect(summary(actors)).toEqual(['firm:Alibaba Group:2', 'organisation:Kazakh Institute:3']);
  });
});
