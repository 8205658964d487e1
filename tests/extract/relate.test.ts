import { describe, expect, it } from 'vitest';
import { classifyPair, parseSentence, relationCues } from '../../src/extract/relate/index.ts';
import { sentenceMentions, type Names } from '../helpers/explain-pair.ts';

/** Classifies the pair (a, b) of `sentence`; every name in `names` is a mention (id = its text). */
function relation(sentence: string, names: Names, a: string, b: string) {
  return classifyPair(parseSentence(sentence, 0, sentence.length), sentenceMentions(sentence, names), a, b, relationCues());
}

describe('classifyPair (hand-worked sentences)', () => {
  it('types an active verb with its subject as the one who acts', () => {
    expect(relation('China lent Kazakhstan two billion dollars in 2019.', { China: 'state', Kazakhstan: 'state' }, 'China', 'Kazakhstan'))
      .toEqual({ type: 'funds', from: 'China', to: 'Kazakhstan' });
  });

  it('turns the direction round in the passive voice ("was funded by")', () => {
    expect(relation('The new road in Kyrgyzstan was funded by China.', { Kyrgyzstan: 'state', China: 'state' }, 'Kyrgyzstan', 'China'))
      .toEqual({ type: 'funds', from: 'China', to: 'Kyrgyzstan' });
  });

  it('keeps the type of a negated action and marks it', () => {
    expect(relation('Russia did not sanction Kazakhstan.', { Russia: 'state', Kazakhstan: 'state' }, 'Russia', 'Kazakhstan'))
      .toEqual({ type: 'pressures', from: 'Russia', to: 'Kazakhstan', negated: true });
  });

  it('reads a possessive title as belongs, from the official to the state', () => {
    expect(relation("Kazakhstan's president Tokayev met Xi Jinping.", { Kazakhstan: 'state', Tokayev: 'person', 'Xi Jinping': 'person' }, 'Kazakhstan', 'Tokayev'))
      .toEqual({ type: 'belongs', from: 'Tokayev', to: 'Kazakhstan' });
  });

  it('reads an apposition as belongs', () => {
    expect(relation('Kazakhstan, a member of the SCO, hosted the summit.', { Kazakhstan: 'state', SCO: 'organisation' }, 'Kazakhstan', 'SCO'))
      .toEqual({ type: 'belongs', from: 'Kazakhstan', to: 'SCO' });
  });

  it('gives two parties acting together a mutual type', () => {
    expect(relation('China and Kazakhstan signed a border treaty in 1994.', { China: 'state', Kazakhstan: 'state' }, 'China', 'Kazakhstan'))
      .toEqual({ type: 'agrees' });
  });

  it('leaves members of a list among themselves untyped', () => {
    expect(relation('China, Russia and Kazakhstan are members of the SCO.', { China: 'state', Russia: 'state', Kazakhstan: 'state', SCO: 'organisation' }, 'China', 'Russia'))
      .toEqual({ type: 'none' });
  });

  it('types what is reported, not the speaker', () => {
    const names = { Biden: 'person', China: 'state', Pakistan: 'state' } as const;
    const sentence = 'Biden said China was funding Pakistan.';
    expect(relation(sentence, names, 'Biden', 'Pakistan')).toEqual({ type: 'none' });
    expect(relation(sentence, names, 'China', 'Pakistan')).toEqual({ type: 'funds', from: 'China', to: 'Pakistan' });
  });

  it('lets conflict win over cooperation in one clause', () => {
    expect(relation('The United States imposed sanctions on Russia despite years of trade.', { 'United States': 'state', Russia: 'state' }, 'United States', 'Russia'))
      .toEqual({ type: 'pressures', from: 'United States', to: 'Russia' });
  });
});
