import { describe, expect, it } from 'vitest';
import type { CandidateMention } from '../../src/extract/types.ts';
import { smallLexiconIndex } from '../fixtures/extract/small-lexicon.ts';
import { recogniseWith } from '../helpers/recognise-text.ts';

function recognise(text: string, vocabularyText = text): { mentions: CandidateMention[]; found: string[]; acronyms: unknown[] } {
  const result = recogniseWith(smallLexiconIndex, text, vocabularyText);
  for (const mention of result.mentions) expect(text.slice(mention.start, mention.end)).not.toBe('');
  return {
    mentions: result.mentions,
    found: result.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.type}:${m.label}:${m.kind}`),
    acronyms: result.acronyms,
  };
}

describe('recognisePassage', () => {
  it('finds countries, aliases and possessives without the ’s', () => {
    expect(recognise('China’s ties with the People’s Republic of China and the U.S. grew.').found).toEqual([
      'China=state:China:lexicon',
      'People’s Republic of China=state:China:lexicon',
      'U.S.=state:United States:lexicon',
    ]);
  });

  it('counts a capital as the state only when it is not a place', () => {
    expect(recognise('Beijing said it would help. A flight from Beijing landed.').found).toEqual(['Beijing=state:China:lexicon']);
    expect(recognise('Talks between Moscow and Beijing. Attacks in New York City and Beijing.').found).toEqual([
      'Moscow=state:Russia:lexicon',
      'Beijing=state:China:lexicon',
    ]);
  });

  it('counts demonyms only where they stand for the government', () => {
    const { found } = recognise('Uzbek officials met. Chinese workers left. The Kyrgyz asked for help. Chinese President Xi Jinping spoke.');
    expect(found).toEqual([
      'Uzbek=state:Uzbekistan:lexicon',
      'Kyrgyz=state:Kyrgyzstan:lexicon',
      'Chinese=state:China:lexicon',
      'Xi Jinping=person:Xi Jinping:named',
    ]);
  });

  it('strips glued footnote digits', () => {
    const { found } = recognise('The Uzbek,12 Kazakh13 and Kyrgyz14 governments sent aid.');
    expect(found).toEqual(['Uzbek=state:Uzbekistan:lexicon', 'Kazakh=state:Kazakhstan:lexicon', 'Kyrgyz=state:Kyrgyzstan:lexicon']);
  });

  it('reads organisation and firm names from cue words, across "of" and "and"', () => {
    const { found } = recognise('He met the Ministry of Foreign Affairs, the China Road and Bridge Company and the Savings Bank of Kazakhstan.');
    expect(found).toEqual([
      'Ministry of Foreign Affairs=organisation:Ministry of Foreign Affairs:named',
      'China Road and Bridge Company=firm:China Road and Bridge Company:named',
      'Savings Bank of Kazakhstan=firm:Savings Bank of Kazakhstan:named',
    ]);
  });

  it('does not join two actors through "and"', () => {
    expect(recognise('Trade between China and Kazakhstan grew.').found).toEqual(['China=state:China:lexicon', 'Kazakhstan=state:Kazakhstan:lexicon']);
  });

  it('records acronym definitions', () => {
    const { found, acronyms } = recognise('The Eurasian Development Agency (EDA) and the SCO met. Later the EDA spoke.');
    expect(found).toEqual([
      'Eurasian Development Agency=organisation:Eurasian Development Agency:named',
      'EDA=organisation:EDA:acronym',
      'SCO=organisation:Shanghai Cooperation Organisation:lexicon',
      'EDA=organisation:EDA:acronym',
    ]);
    expect(acronyms).toEqual([
      { acronym: 'EDA', label: 'Eurasian Development Agency', type: 'none' },
      { acronym: 'EDA', label: 'Eurasian Development Agency', type: 'organisation' },
    ]);
  });

  it('ignores a bracketed acronym that the phrase before it does not spell', () => {
    expect(recognise('They met Pakistan (TTP) officials and the unmanned aerial vehicles (UAVs) flew.').acronyms).toEqual([
      { acronym: 'UAV', label: 'unmanned aerial vehicles', type: 'none' },
    ]);
  });

  it('accepts lower-case titles whose head is a noun, not an adjective', () => {
    expect(recognise('Later the foreign minister Temirbek spoke of a major Zubarev outbreak.').found).toEqual([
      'Temirbek=person:Temirbek:named',
      'Zubarev=person:Zubarev:surname',
    ]);
  });

  it('takes the name after a title, not the title', () => {
    expect(recognise('Later, Foreign Minister Wang Yi and Secretary General Vladimir Norov met.').found).toEqual([
      'Wang Yi=person:Wang Yi:named',
      'Vladimir Norov=person:Vladimir Norov:named',
    ]);
  });

  it('ignores sentence-initial common words, non-actor places and words, and quoted titles', () => {
    const { found } = recognise('While in Central Asia in March, he read ‘Great Power Play at Himalayan Heights’ about COVID-19.');
    expect(found).toEqual([]);
  });

  it('reads publications from how the prose uses them', () => {
    expect(recognise('Here is a piece for Foreign Policy, and one for Prospect magazine.').found).toEqual([
      'Foreign Policy=organisation:Foreign Policy:named',
      'Prospect=organisation:Prospect:named',
    ]);
  });

  it('joins a name across a soft line break', () => {
    expect(recognise('Later President Xi\nJinping spoke.').found).toEqual(['Xi\nJinping=person:Xi\nJinping:named']);
  });

  it('takes unknown names with a typical surname ending as people, even after a non-actor word', () => {
    expect(recognise('Back then Gulmurod Khalimov left, and March Karimov of Uzbekistan stayed.').found).toEqual([
      'Gulmurod Khalimov=person:Gulmurod Khalimov:named',
      'March Karimov=person:March Karimov:named',
      'Uzbekistan=state:Uzbekistan:lexicon',
    ]);
  });

  it('keeps a title word that sits between name words', () => {
    expect(recognise('It was sent by the leader, Khalid Sheikh Mohammed, later.').found).toEqual(['Khalid Sheikh Mohammed=person:Khalid Sheikh Mohammed:named']);
  });

  it('matches all-capital lexicon entries case-sensitively', () => {
    expect(recognise('Jack Ma and US firms met us.').found).toEqual(['Jack Ma=person:Jack Ma:named', 'US=state:United States:lexicon']);
  });

  it('marks a lone capitalised word as unconfirmed, and a firm after firm context', () => {
    expect(recognise('Later Norov spoke to companies such as Huawei and Zelenco.').found).toEqual([
      'Norov=person:Norov:surname',
      'Huawei=firm:Huawei:lexicon',
      'Zelenco=firm:Zelenco:named',
    ]);
  });

  it('drops a demonym before a known organisation’s full name, but not before a generic alias', () => {
    expect(recognise('Later the Chinese Shanghai Cooperation Organisation office and the Kazakh Security Council met.').found).toEqual([
      'Shanghai Cooperation Organisation=organisation:Shanghai Cooperation Organisation:lexicon',
      'Kazakh Security Council=organisation:Kazakh Security Council:named',
    ]);
  });

  it('maps an embassy to its state', () => {
    expect(recognise('Later the Chinese Embassy issued warnings.').found).toEqual(['Chinese=state:China:lexicon']);
  });
});
