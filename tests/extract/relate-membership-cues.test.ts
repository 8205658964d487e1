/**
 * Hand-worked sentences for the cue classes and the rule added for issue 14 (i14-rel5): membership
 * stated by an office ("Indonesia as G20 chair", "South Korea held the G20 presidency") or by other
 * verbs ("presided over"), founding or signing together with a date before "by", acting together stated by "align"/"unite"/"allies" after joint subjects, and
 * material pressure stated by "menace", "harass", "revoke" … (lexicon/relation-cues.json). Each
 * expectation is worked out from the annotation rules of tests/fixtures/relations/README.md.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceRelation } from '../../src/graph-format/index.ts';
import { explain, type Case, type Names } from '../helpers/explain-pair.ts';

const belongs = (from: string, to: string): EvidenceRelation => ({ type: 'belongs', from, to });

const CASES: Case[] = [
  // Membership by office: "as <body> chair", "held the <body> presidency".
  { sentence: 'Indonesia as G20 chair will focus on global health.', names: { Indonesia: 'state', G20: 'organisation' }, a: 'Indonesia', b: 'G20', rule: 'belongs:as-office', relation: belongs('Indonesia', 'G20') },
  { sentence: 'In 2010 South Korea held the G20 presidency.', names: { 'South Korea': 'state', G20: 'organisation' }, a: 'South Korea', b: 'G20', rule: 'belongs:as-office', relation: belongs('South Korea', 'G20') },
  { sentence: 'Huawei, as a Chinese company, must obey the law.', names: { Huawei: 'firm', Chinese: 'state' }, a: 'Huawei', b: 'Chinese', rule: 'belongs:as-office', relation: belongs('Huawei', 'Chinese') },
  // A person's post "at" a body.
  { sentence: 'Niva Yau is a Senior Researcher at the OSCE Academy in Bishkek.', names: { 'Niva Yau': 'person', 'OSCE Academy': 'organisation' }, a: 'Niva Yau', b: 'OSCE Academy', rule: 'belongs:title-of', relation: belongs('Niva Yau', 'OSCE Academy') },
  { sentence: 'Biden spoke at the United Nations.', names: { Biden: 'person', 'United Nations': 'organisation' }, a: 'Biden', b: 'United Nations', rule: 'none:no-cue', relation: { type: 'none' } },
  // A ruler or leader named in a dashed participle before what it rules.
  { sentence: 'Chinese experts visited Taliban-ruled Afghanistan in 1998.', names: { Chinese: 'state', Taliban: 'organisation', Afghanistan: 'state' }, a: 'Taliban', b: 'Afghanistan', rule: 'belongs:led-compound', relation: belongs('Taliban', 'Afghanistan') },
  { sentence: 'Saudi Arabia fought the Iran-backed Houthis.', names: { 'Saudi Arabia': 'state', Iran: 'state', Houthis: 'organisation' }, a: 'Iran', b: 'Houthis', rule: 'cue:verb', relation: { type: 'supports', from: 'Iran', to: 'Houthis' } },
  // Membership by another verb.
  { sentence: 'Brazil chaired the BRICS last year.', names: { Brazil: 'state', BRICS: 'organisation' }, a: 'Brazil', b: 'BRICS', rule: 'belongs:part-verb', relation: belongs('Brazil', 'BRICS') },
  { sentence: 'Norway presided over the Arctic Council.', names: { Norway: 'state', 'Arctic Council': 'organisation' }, a: 'Norway', b: 'Arctic Council', rule: 'belongs:part-verb', relation: belongs('Norway', 'Arctic Council') },
  { sentence: 'The Partnership is chaired by Lithuania and co-chaired by Norway.', names: { Partnership: 'organisation', Lithuania: 'state', Norway: 'state' }, a: 'Lithuania', b: 'Norway', rule: 'none:no-cue', relation: { type: 'none' } },
  // Two states acting as one: joint subjects with "aligned", "united", "allies".
  { sentence: 'Japan and the United States are aligned in their objectives.', names: { Japan: 'state', 'United States': 'state' }, a: 'Japan', b: 'United States', rule: 'coordinated:joint-subject', relation: { type: 'cooperates' } },
  { sentence: 'Spain and the United States are allies.', names: { Spain: 'state', 'United States': 'state' }, a: 'Spain', b: 'United States', rule: 'coordinated:joint-subject', relation: { type: 'cooperates' } },
  { sentence: 'France and Germany united their efforts against piracy.', names: { France: 'state', Germany: 'state' }, a: 'France', b: 'Germany', rule: 'coordinated:joint-subject', relation: { type: 'cooperates' } },
  // Founding or signing together, the verb a date away from "by": an agreement among the founders.
  { sentence: 'IGAD was founded in 1986 by Djibouti, Ethiopia and Kenya.', names: { IGAD: 'organisation', Djibouti: 'state', Ethiopia: 'state', Kenya: 'state' }, a: 'Ethiopia', b: 'Kenya', rule: 'coordinated:joint-agent', relation: { type: 'agrees' } },
  { sentence: 'The treaty was signed on 29 May 2014 by the leaders of Belarus, Kazakhstan and Russia.', names: { Belarus: 'state', Kazakhstan: 'state', Russia: 'state' }, a: 'Kazakhstan', b: 'Russia', rule: 'coordinated:joint-agent', relation: { type: 'agrees' } },
  { sentence: 'The plan was criticised on Monday by Russia and China.', names: { Russia: 'state', China: 'state' }, a: 'Russia', b: 'China', rule: 'none:listed-together', relation: { type: 'none' } },
  // Pressure by other verbs.
  { sentence: 'China menaced Taiwan with drills.', names: { China: 'state', Taiwan: 'state' }, a: 'China', b: 'Taiwan', rule: 'cue:verb', relation: { type: 'pressures', from: 'China', to: 'Taiwan' } },
  { sentence: 'Russia revoked the licences of Ukrainian firms.', names: { Russia: 'state', Ukrainian: 'state' }, a: 'Russia', b: 'Ukrainian', rule: 'cue:verb', relation: { type: 'pressures', from: 'Russia', to: 'Ukrainian' } },
  { sentence: 'Iran was harassed by the United States for years.', names: { Iran: 'state', 'United States': 'state' }, a: 'Iran', b: 'United States', rule: 'cue:verb:passive', relation: { type: 'pressures', from: 'United States', to: 'Iran' } },
  // Not membership: the office word after a body named without "as" or "hold".
  { sentence: 'India criticised the G20 chair.', names: { India: 'state', G20: 'organisation' }, a: 'India', b: 'G20', rule: 'cue:verb', relation: { type: 'criticises', from: 'India', to: 'G20' } },
];

describe('membership, joint-action and pressure cues (one hand-written sentence each)', () => {
  it.each(CASES)('$rule: $a – $b in "$sentence"', ({ sentence, names, a, b, rule, relation }) => {
    expect(explain(sentence, names, a, b)).toEqual({ rule, relation });
  });
});

describe('a speech verb stating the speaker’s own act', () => {
  it('types "announcing a new contribution … for Afghanistan" as the speaker funding', () => {
    expect(explain('The United States is announcing a new contribution of $308 million in humanitarian assistance for the people of Afghanistan.', { 'United States': 'state', Afghanistan: 'state' }, 'United States', 'Afghanistan'))
      .toEqual({ rule: 'cue:noun', relation: { type: 'funds', from: 'United States', to: 'Afghanistan' } });
  });
  it('still reads "announced that …" as reported speech', () => {
    expect(explain('President Biden also announced that the United States will explore a framework.', { 'President Biden': 'person', 'United States': 'state' }, 'President Biden', 'United States'))
      .toEqual({ rule: 'none:reported-speech', relation: { type: 'none' } });
  });
  it('does not read "reports to" as speech', () => {
    expect(explain('The Board reports to the Commission for Social Development.', { Board: 'organisation', 'Commission for Social Development': 'organisation' }, 'Board', 'Commission for Social Development').rule)
      .not.toBe('none:reported-speech');
  });
});
