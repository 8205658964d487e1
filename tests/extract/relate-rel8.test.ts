/**
 * i14-rel8's rules on sentences invented for the test (never copied from a gold set): a person named with a
 * title phrase naming a body (structure-titles.ts), demands as `criticises` (demands.ts, the annotation call
 * in tests/fixtures/relations/README.md), and who a measure falls on (pressure-target.ts). Expected answers are
 * worked out by hand from issue 14's definitions: the part to the whole for `belongs`, who demands to who is
 * asked for `criticises`, no `pressures` on a state whose companies are sanctioned or that stands in another clause.
 */
import { describe, expect, it } from 'vitest';
import { pairContext, parseSentence, relationCues, rulesFor } from '../../src/extract/relate/index.ts';
import { onOthers } from '../../src/extract/relate/pressure-target.ts';
import { setOf } from '../../src/extract/cli/relation-cv.ts';
import { sentenceMentions, type Names } from '../helpers/explain-pair.ts';

function rule(sentence: string, names: Names, a: string, b: string) {
  const terms = parseSentence(sentence, 0, sentence.length);
  return rulesFor(pairContext(terms, sentenceMentions(sentence, names), a, b, relationCues())!);
}

describe('belongs: a person named with a title that names a body', () => {
  it('reads the body before the title as the whole, and the body the title is "for" as no whole', () => {
    const names: Names = { 'Nadia Petrova': 'person', 'Asian Bank': 'organisation', 'Mongolia': 'state' };
    const sentence = 'Officials met Asian Bank Country Director for Mongolia Nadia Petrova on Monday.';
    const found = rule(sentence, names, 'Asian Bank', 'Nadia Petrova');
    expect(found.rule).toBe('belongs:title-after-body');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Nadia Petrova', to: 'Asian Bank' });
    expect(rule(sentence, names, 'Mongolia', 'Nadia Petrova').relation.type).toBe('none');
  });

  it('reads a possessive body before a title of several words, with a comma before the name', () => {
    const found = rule("Press Watch's regional program coordinator, Omar Said, told reporters the trial was unfair.", { 'Press Watch': 'organisation', 'Omar Said': 'person' }, 'Press Watch', 'Omar Said');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Omar Said', to: 'Press Watch' });
  });

  it('reads "TITLE of BODY (ABBR) Person" and "TITLE at the BODY state corporation Person"', () => {
    const a = rule('The deal was discussed by the Secretary General of the Nordic Fund (NF) Lena Berg in Oslo.', { 'Nordic Fund': 'organisation', NF: 'organisation', 'Lena Berg': 'person' }, 'NF', 'Lena Berg');
    expect(a).toEqual({ rule: 'belongs:title-of-body-name', relation: { type: 'belongs', from: 'Lena Berg', to: 'NF' } });
    const b = rule('The plant will open in May, deputy director at the Atomstroy state corporation Ivan Orlov said.', { Atomstroy: 'firm', 'Ivan Orlov': 'person' }, 'Atomstroy', 'Ivan Orlov');
    expect(b.relation).toEqual({ type: 'belongs', from: 'Ivan Orlov', to: 'Atomstroy' });
  });

  it('reads the envoy of one state "to" another as belonging to the first only', () => {
    const names: Names = { Georgia: 'state', Japan: 'state', 'Levan Beridze': 'person' };
    const sentence = 'He met the Ambassador of Georgia to Japan Levan Beridze in Tokyo.';
    expect(rule(sentence, names, 'Georgia', 'Levan Beridze').relation).toEqual({ type: 'belongs', from: 'Levan Beridze', to: 'Georgia' });
    expect(rule(sentence, names, 'Japan', 'Levan Beridze').relation.type).not.toBe('belongs');
  });

  it('reads a nationality and a hyphenated kind before the body after "of"', () => {
    const found = rule('It was signed by Pavel Ivanov, Director General of Russian state-owned company Gazneft, on Friday.', { 'Pavel Ivanov': 'person', Russian: 'state', Gazneft: 'firm' }, 'Pavel Ivanov', 'Gazneft');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Pavel Ivanov', to: 'Gazneft' });
  });

  it('reads a title with its own "of" complement ("Minister of Transport and Roads") between the state and the person', () => {
    const found = rule("It was signed by Moldova's Minister of Transport and Roads, Ion Rusu, on Friday.", { Moldova: 'state', 'Ion Rusu': 'person' }, 'Moldova', 'Ion Rusu');
    expect(found).toEqual({ rule: 'belongs:title-after-body', relation: { type: 'belongs', from: 'Ion Rusu', to: 'Moldova' } });
  });

  it('does not read two people joined by "and" as one titled name', () => {
    const found = rule('Talks were held by the Asian Bank president and Nadia Petrova.', { 'Asian Bank': 'organisation', 'Nadia Petrova': 'person' }, 'Asian Bank', 'Nadia Petrova');
    expect(found.relation.type).not.toBe('belongs');
  });
});

describe('criticises: demands (the annotation call of i14-rel8)', () => {
  it('reads "urged Y to …" and "is demanding that Y …" as the subject criticising Y', () => {
    const a = rule('The union urged the Interior Ministry to release the reporters.', { union: 'organisation', 'Interior Ministry': 'organisation' }, 'union', 'Interior Ministry');
    expect(a).toEqual({ rule: 'criticises:demand-of', relation: { type: 'criticises', from: 'union', to: 'Interior Ministry' } });
    const b = rule('The Freedom League is demanding that the Interior Ministry expel the envoy.', { 'Freedom League': 'organisation', 'Interior Ministry': 'organisation' }, 'Freedom League', 'Interior Ministry');
    expect(b.relation).toEqual({ type: 'criticises', from: 'Freedom League', to: 'Interior Ministry' });
  });

  it('reads "Y should …, X said" far apart as the speaker criticising Y', () => {
    const found = rule('Tajik authorities should drop the charges against the journalists, release them at once and end the raids on their homes, the Press Union said on Monday.', { 'Tajik authorities': 'organisation', 'Press Union': 'organisation' }, 'Tajik authorities', 'Press Union');
    expect(found).toEqual({ rule: 'criticises:spoken-demand', relation: { type: 'criticises', from: 'Press Union', to: 'Tajik authorities' } });
  });

  it('reads "X demanded … and asked Y to hold the attackers accountable" and "asked the Y side to severely punish" as demands', () => {
    const a = rule('Hanoi condemned the raid and has asked Vientiane to hold the attackers accountable, a spokesman said.', { Hanoi: 'state', Vientiane: 'state' }, 'Hanoi', 'Vientiane');
    expect(a.relation).toEqual({ type: 'criticises', from: 'Hanoi', to: 'Vientiane' });
    const b = rule('The Thai embassy asked the Cambodian side to severely punish the attackers.', { 'Thai embassy': 'organisation', Cambodian: 'state' }, 'Thai embassy', 'Cambodian');
    expect(b).toEqual({ rule: 'criticises:demand-of', relation: { type: 'criticises', from: 'Thai embassy', to: 'Cambodian' } });
  });

  it('reads "We demand that Y release him, says X" and "Yish authorities must release …, X stated" as the speaker criticising Y', () => {
    const a = rule('We demand that Minsk release him immediately, says Anna Berg, director of the Rights Bureau.', { Minsk: 'state', 'Anna Berg': 'person', 'Rights Bureau': 'organisation' }, 'Minsk', 'Anna Berg');
    expect(a).toEqual({ rule: 'criticises:spoken-demand', relation: { type: 'criticises', from: 'Anna Berg', to: 'Minsk' } });
    const b = rule('Belarusian authorities must release the reporter, the Rights Bureau stated today.', { Belarusian: 'state', 'Rights Bureau': 'organisation' }, 'Belarusian', 'Rights Bureau');
    expect(b.relation).toEqual({ type: 'criticises', from: 'Rights Bureau', to: 'Belarusian' });
  });

  it('does not read a request ("asked Y to help") or a demand of a third party as criticism of the second', () => {
    expect(rule('Laos asked China to help build the railway.', { Laos: 'state', China: 'state' }, 'Laos', 'China').rule).not.toMatch(/^criticises:demand/);
    expect(rule('Norway urged the court to free Omar Said.', { Norway: 'state', 'Omar Said': 'person' }, 'Norway', 'Omar Said').relation.type).not.toBe('criticises');
  });
});

describe('pressures: who the measure falls on', () => {
  it('does not read sanctions on companies from a state as pressure on the state', () => {
    const names: Names = { 'Treasury': 'organisation', Armenia: 'state', Georgia: 'state' };
    const found = rule('The Treasury imposed sanctions on three companies from Armenia and Georgia last week.', names, 'Treasury', 'Armenia');
    expect(found).toEqual({ rule: 'none:pressure-on-others', relation: { type: 'none' } });
  });

  it('does not read the state in a relative clause or a purpose after the target as pressured', () => {
    const names: Names = { Canada: 'state', Belarus: 'state', Russia: 'state' };
    expect(rule('Canada imposed sanctions on Belarus, which supplies Russia with parts.', names, 'Canada', 'Russia').relation.type).not.toBe('pressures');
    expect(rule('Canada imposed sanctions on Belarus for helping Russia evade controls.', names, 'Canada', 'Russia').relation.type).not.toBe('pressures');
  });

  it('does not read a measure noun joined to the first state by prepositions as its act', () => {
    expect(rule('Attention turns to Armenia as a route around sanctions on Iran.', { Armenia: 'state', Iran: 'state' }, 'Armenia', 'Iran').relation.type).toBe('none');
  });

  it('reads a passive measure with no "by" agent as nobody acting on the other, and one with an agent as pressure', () => {
    const names: Names = { Laos: 'state', ASEAN: 'organisation' };
    // onOthers is what decide.ts asks before the model may answer `pressures`.
    const sentence = 'Laos has been restricted to bilateral deals, and ASEAN plans were confined to talks.';
    expect(onOthers(pairContext(parseSentence(sentence, 0, sentence.length), sentenceMentions(sentence, names), 'Laos', 'ASEAN', relationCues())!)).toBe(true);
    const active = 'Canada restricted Laos.';
    expect(onOthers(pairContext(parseSentence(active, 0, active.length), sentenceMentions(active, { Canada: 'state', Laos: 'state' }), 'Canada', 'Laos', relationCues())!)).toBe(false);
    expect(rule('Laos was sanctioned by Canada.', { Laos: 'state', Canada: 'state' }, 'Laos', 'Canada').relation).toEqual({ type: 'pressures', from: 'Canada', to: 'Laos' });
  });

  it('still reads the state that imposes sanctions on another as pressuring it', () => {
    expect(rule('Canada imposed sanctions on Belarus.', { Canada: 'state', Belarus: 'state' }, 'Canada', 'Belarus').relation).toEqual({ type: 'pressures', from: 'Canada', to: 'Belarus' });
  });
});

describe('meets: participants outside the words between them', () => {
  it('reads a meeting in a sentence-opening phrase with the subject after the comma', () => {
    const found = rule('During his talks with Mirziyoyev, the Turkish president praised the new railway.', { Mirziyoyev: 'person', 'Turkish president': 'person' }, 'Mirziyoyev', 'Turkish president');
    expect(found).toEqual({ rule: 'meets:opening-phrase', relation: { type: 'meets' } });
  });

  it('does not read a war in an opening phrase as a meeting', () => {
    expect(rule('During the war with Armenia, Azerbaijan lost ground.', { Armenia: 'state', Azerbaijan: 'state' }, 'Armenia', 'Azerbaijan').relation.type).not.toBe('meets');
  });

  it('reads "A and his counterpart B met" as joint subjects meeting', () => {
    const found = rule('Aliyev and his Georgian counterpart Irakli Garibashvili met in Baku.', { Aliyev: 'person', Georgian: 'state', 'Irakli Garibashvili': 'person' }, 'Aliyev', 'Irakli Garibashvili');
    expect(found.relation.type).toBe('meets');
  });
});

describe('train:relations: the sets a leave-one-set-out estimate holds out together', () => {
  it('joins both halves of a fresh set and all the repository parts', () => {
    expect(['fresh-tuning', 'fresh-test', 'fresh3-tuning', 'fresh3-test', 'tuning', 'test6'].map(setOf)).toEqual(['fresh', 'fresh', 'fresh3', 'fresh3', 'repo', 'repo']);
  });
});
