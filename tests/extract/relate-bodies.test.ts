/**
 * The structure rules for international bodies and their members (src/extract/relate/structure-bodies.ts
 * and the joint-subject and other-mention passes of structure.ts/classify.ts). Sentences invented for the
 * test; the expected answers are worked out by hand from issue 14's rule (members–body is `belongs`, the
 * part to the whole; members among themselves `none`) and the rules' documented conditions.
 */
import { describe, expect, it } from 'vitest';
import { pairContext, parseSentence, relationCues, rulesFor, type SentenceMention } from '../../src/extract/relate/index.ts';
import { sentenceMentions as mentionsOf, type Names } from '../helpers/explain-pair.ts';


function ruleFor(sentence: string, mentions: SentenceMention[], a: string, b: string) {
  const terms = parseSentence(sentence, 0, sentence.length);
  return rulesFor(pairContext(terms, mentions, a, b, relationCues())!);
}

const rule = (sentence: string, names: Names, a: string, b: string) => ruleFor(sentence, mentionsOf(sentence, names), a, b);

describe('belongs: members of a body', () => {
  it('reads "comprises n members, including … Y" as Y a member of the body', () => {
    const found = rule('The Pacific Forum comprises 18 members, including 16 states and the European Union.', { 'Pacific Forum': 'organisation', 'European Union': 'organisation' }, 'Pacific Forum', 'European Union');
    expect(found.rule).toBe('belongs:member-including');
    expect(found.relation).toEqual({ type: 'belongs', from: 'European Union', to: 'Pacific Forum' });
  });

  it('does not read a verb inside the list as membership', () => {
    const found = rule('The Pacific Forum comprises 18 members, including states that criticised the European Union.', { 'Pacific Forum': 'organisation', 'European Union': 'organisation' }, 'Pacific Forum', 'European Union');
    expect(found.rule).not.toBe('belongs:member-including');
  });

  it('reads the predicate after joint subjects: "Peru and Chile joined the Pacific Alliance"', () => {
    const names: Names = { Peru: 'state', Chile: 'state', 'Pacific Alliance': 'organisation' };
    const sentence = 'Peru and Chile joined the Pacific Alliance in 2011.';
    const found = rule(sentence, names, 'Peru', 'Pacific Alliance');
    expect(found.rule).toBe('belongs:part-verb+joint');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Peru', to: 'Pacific Alliance' });
    // The members among themselves are not `belongs`.
    expect(rule(sentence, names, 'Peru', 'Chile').relation.type).not.toBe('belongs');
  });
});

describe('belongs: a body and its organs', () => {
  it('reads "the ASEAN Secretariat" as the secretariat part of ASEAN', () => {
    const found = rule('The meeting was prepared by the ASEAN Secretariat.', { ASEAN: 'organisation', Secretariat: 'organisation' }, 'ASEAN', 'Secretariat');
    expect(found.rule).toBe('belongs:adjacent-organ');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Secretariat', to: 'ASEAN' });
  });

  it('does not read two adjacent bodies as organ and body when the second is no organ', () => {
    const found = rule('The WHO UNICEF partnership was renewed.', { WHO: 'organisation', UNICEF: 'organisation' }, 'WHO', 'UNICEF');
    expect(found.rule).not.toBe('belongs:adjacent-organ');
  });

  it('reads "the supreme body of X is Y"', () => {
    const found = rule('The supreme body of the Andean Community is the Presidential Council.', { 'Andean Community': 'organisation', 'Presidential Council': 'organisation' }, 'Andean Community', 'Presidential Council');
    expect(found.rule).toBe('belongs:organ-of-is');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Presidential Council', to: 'Andean Community' });
  });

  it('reads "X has been one of the 6 principal judicial organs of Y", nouns and numbers in the title phrase', () => {
    const found = rule('The Tribunal has been one of the 6 principal judicial organs of the Caribbean Community.', { Tribunal: 'organisation', 'Caribbean Community': 'organisation' }, 'Tribunal', 'Caribbean Community');
    expect(found.rule).toBe('belongs:copula-part');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Tribunal', to: 'Caribbean Community' });
  });

  it('does not read a title phrase with a verb in it', () => {
    const found = rule('The Tribunal is said to be an organ of the Caribbean Community.', { Tribunal: 'organisation', 'Caribbean Community': 'organisation' }, 'Tribunal', 'Caribbean Community');
    expect(found.rule).not.toBe('belongs:copula-part');
  });

  it('reads a body creating its own committee: the committee is part of the body', () => {
    const found = rule('The General Conference established the Budget Committee on Finance in 1950.', { 'General Conference': 'organisation', 'Budget Committee on Finance': 'organisation' }, 'General Conference', 'Budget Committee on Finance');
    expect(found.rule).toBe('belongs:created-organ');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Budget Committee on Finance', to: 'General Conference' });
  });

  it('does not read the creation of a body that is no organ as belongs', () => {
    const found = rule('The General Conference established the Arctic Foundation in 1950.', { 'General Conference': 'organisation', 'Arctic Foundation': 'organisation' }, 'General Conference', 'Arctic Foundation');
    expect(found.relation.type).not.toBe('belongs');
  });
});

describe('belongs: read at the pair\'s other mentions', () => {
  it('reads "X (ABBR) is a specialised agency of Y" when the closest two mentions say nothing', () => {
    const sentence = 'The Food Agency of the Union (FAU) is a specialised agency of the Union.';
    const at = (text: string, from = 0) => sentence.indexOf(text, from);
    const mentions: SentenceMention[] = [
      { start: at('Food Agency'), end: at('Food Agency') + 'Food Agency'.length, actor: 'fau', type: 'organisation' },
      { start: at('Union'), end: at('Union') + 5, actor: 'union', type: 'organisation' },
      { start: at('FAU'), end: at('FAU') + 3, actor: 'fau', type: 'organisation' },
      { start: at('Union', at('agency')), end: at('Union', at('agency')) + 5, actor: 'union', type: 'organisation' },
    ];
    const found = ruleFor(sentence, mentions, 'fau', 'union');
    expect(found.relation).toEqual({ type: 'belongs', from: 'fau', to: 'union' });
  });
});

describe('belongs: guards and negation', () => {
  it('keeps a negated membership as belongs with negated: true', () => {
    const found = rule('The Bureau is not an institution or agency of the Nordic Council.', { Bureau: 'organisation', 'Nordic Council': 'organisation' }, 'Bureau', 'Nordic Council');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Bureau', to: 'Nordic Council', negated: true });
  });

  it('does not read "X joined Y in an act" as membership, but "X joined Y in 2023" is', () => {
    const names: Names = { Canada: 'state', 'United States': 'state' };
    expect(rule('Canada joined the United States in a collective climate goal.', names, 'Canada', 'United States').relation.type).not.toBe('belongs');
    const joined = rule('Finland joined NATO in 2023.', { Finland: 'state', NATO: 'organisation' }, 'Finland', 'NATO');
    expect(joined.relation).toEqual({ type: 'belongs', from: 'Finland', to: 'NATO' });
  });

  it('does not make a state a member across a new clause after the member noun', () => {
    const found = rule('Both are OSCE members, but they have different ties with Russia.', { OSCE: 'organisation', Russia: 'state' }, 'OSCE', 'Russia');
    expect(found.rule).not.toBe('belongs:member-noun');
  });
});

describe('belongs: organs after "its", "one of", agencies and seats', () => {
  it('reads "its Permanent Committee" as the organ of the body before it', () => {
    const found = rule('The Institute was dissolved by resolution of its Permanent Committee in 1948.', { Institute: 'organisation', 'Permanent Committee': 'organisation' }, 'Institute', 'Permanent Committee');
    expect(found.rule).toBe('belongs:its-organ');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Permanent Committee', to: 'Institute' });
  });

  it('does not read "its" across another actor', () => {
    const found = rule('The Institute praised Norway and its Permanent Committee.', { Institute: 'organisation', Norway: 'state', 'Permanent Committee': 'organisation' }, 'Institute', 'Permanent Committee');
    expect(found.rule).not.toBe('belongs:its-organ');
  });

  it('reads "X, one of the SCO\'s member states"', () => {
    const found = rule('Kazakhstan, one of the SCO\'s member states, hosted the meeting.', { Kazakhstan: 'state', SCO: 'organisation' }, 'Kazakhstan', 'SCO');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Kazakhstan', to: 'SCO' });
  });

  it('reads "X is a specialised agency of Y"', () => {
    const found = rule('The Maritime Bureau is a specialised agency of the Union.', { 'Maritime Bureau': 'organisation', Union: 'organisation' }, 'Maritime Bureau', 'Union');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Maritime Bureau', to: 'Union' });
  });

  it('does not read "headquartered in" as belongs', () => {
    const found = rule('The Secretariat is headquartered in Kenya.', { Secretariat: 'organisation', Kenya: 'state' }, 'Secretariat', 'Kenya');
    expect(found.relation.type).not.toBe('belongs');
  });
});
