/**
 * The structure rules and parse-like features added for the types the relation model missed most
 * (src/extract/relate/{structure,compound,features-structure}.ts): a person's title phrase before a
 * body, a name suffix before a title, one name at the head of another's, "and" inside a compound's
 * noun phrase, and the model's shape features. Sentences invented for the test; the expected
 * answers are worked out by hand from the rules' documented conditions.
 */
import { describe, expect, it } from 'vitest';
import { decidePair, pairContext, parseSentence, relationCues, rulesFor, type SentenceMention } from '../../src/extract/relate/index.ts';
import { structureFeatures } from '../../src/extract/relate/features-structure.ts';
import { sentenceMentions as mentionsOf, type Names } from '../helpers/explain-pair.ts';


function context(sentence: string, names: Names, a: string, b: string) {
  const terms = parseSentence(sentence, 0, sentence.length);
  return pairContext(terms, mentionsOf(sentence, names), a, b, relationCues())!;
}

const rule = (sentence: string, names: Names, a: string, b: string) => rulesFor(context(sentence, names, a, b));
const features = (sentence: string, names: Names, a: string, b: string) => structureFeatures(context(sentence, names, a, b));

describe('belongs: a title phrase between a person and a body', () => {
  it('reads a nominee line: person, comma, title phrase, comma, body', () => {
    const found = rule('Lisa Wang, Nominee for Assistant Secretary for Enforcement, Department of Commerce', { 'Lisa Wang': 'person', 'Department of Commerce': 'organisation' }, 'Lisa Wang', 'Department of Commerce');
    expect(found.rule).toBe('belongs:appositive-title');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Lisa Wang', to: 'Department of Commerce' });
  });

  it('does not fire when a verb stands in the phrase', () => {
    const found = rule('Lisa Wang, who praised the Secretary, thanked the Department of Commerce.', { 'Lisa Wang': 'person', 'Department of Commerce': 'organisation' }, 'Lisa Wang', 'Department of Commerce');
    expect(found.rule).not.toBe('belongs:appositive-title');
  });

  it('lets a name suffix stand before the title ("…, Jr., President of …")', () => {
    const found = rule('Joseph R. Biden, Jr., President of the United States of America', { 'Joseph R. Biden': 'person', 'United States of America': 'state' }, 'Joseph R. Biden', 'United States of America');
    expect(found.rule).toBe('belongs:title-of');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Joseph R. Biden', to: 'United States of America' });
  });
});

describe('belongs: a member noun between a body and a state', () => {
  it('reads a membership when no verb stands before the member noun', () => {
    const found = rule('The ICC and its newest member, Cambodia, met today.', { ICC: 'organisation', Cambodia: 'state' }, 'ICC', 'Cambodia');
    expect(found.rule).toBe('belongs:member-noun');
    expect(found.relation).toEqual({ type: 'belongs', from: 'Cambodia', to: 'ICC' });
  });

  it('does not when a verb acts on the members ("imposed visa restrictions on members of …")', () => {
    const found = rule('The State Department imposed visa restrictions on members of the Nicaraguan government.', { 'State Department': 'organisation', Nicaraguan: 'state' }, 'State Department', 'Nicaraguan');
    expect(found.rule).not.toBe('belongs:member-noun');
  });
});

describe('names inside names', () => {
  it('makes the longer body part of the state at the head of its name', () => {
    const sentence = 'The U.S. Department of Justice issued guidance.';
    const mentions: SentenceMention[] = [
      { start: 4, end: 8, actor: 'us', type: 'state' },
      { start: 4, end: 30, actor: 'doj', type: 'organisation' },
    ];
    expect(sentence.slice(4, 8)).toBe('U.S.');
    expect(sentence.slice(4, 30)).toBe('U.S. Department of Justice');
    const decision = decidePair(parseSentence(sentence, 0, sentence.length), mentions, 'us', 'doj', relationCues());
    expect(decision.rule).toBe('belongs:nested-name');
    expect(decision.relation).toEqual({ type: 'belongs', from: 'doj', to: 'us' });
  });

  it('leaves a dash compound of two names alone', () => {
    const sentence = 'The U.S.-Japan Alliance is strong.';
    const mentions: SentenceMention[] = [
      { start: 4, end: 8, actor: 'us', type: 'state' },
      { start: 4, end: 23, actor: 'alliance', type: 'organisation' },
    ];
    expect(sentence.slice(4, 23)).toBe('U.S.-Japan Alliance');
    const decision = decidePair(parseSentence(sentence, 0, sentence.length), mentions, 'us', 'alliance', relationCues());
    expect(decision.rule).not.toBe('belongs:nested-name');
  });
});

it('keeps "and" between two modifiers inside a compound\'s noun phrase', () => {
  // "u.s.-uae" is one term, so the pair is decided without a placed context (classify.ts unplaced).
  const sentence = 'The U.S.-UAE strategic and defense partnership grew.';
  const found = decidePair(parseSentence(sentence, 0, sentence.length), mentionsOf(sentence, { 'U.S.': 'state', UAE: 'state' }), 'U.S.', 'UAE', relationCues());
  expect(found.rule).toBe('compound:mutual');
  // "defense" is a cooperates cue; "partnership" is both an agrees and a cooperates cue: material cooperation wins.
  expect(found.relation).toEqual({ type: 'cooperates' });
});

describe('parse-like features', () => {
  it('marks a title phrase after a person and a comma', () => {
    expect(features('Donald Lu, Assistant Secretary for South Asian Affairs, Department of State', { 'Donald Lu': 'person', 'Department of State': 'organisation' }, 'Donald Lu', 'Department of State')).toContain('fappos-title|organisation');
  });

  it('marks title words only between a body and a person', () => {
    const found = features('White House Press Secretary Karine Jean-Pierre spoke today.', { 'White House': 'organisation', 'Karine Jean-Pierre': 'person' }, 'White House', 'Karine Jean-Pierre');
    expect(found).toContain('ftitle-between');
    expect(found).not.toContain('fappos-title|organisation');
  });

  it('reads the predicate of two joint subjects', () => {
    const found = features('The United States and the European Union will continue efforts on export control cooperation.', { 'United States': 'state', 'European Union': 'organisation' }, 'United States', 'European Union');
    expect(found).toContain('fjoint');
    expect(found).toContain('fjoint=cooperates');
  });

  it('reads a cue noun in the object phrase of the first actor\'s verb', () => {
    const found = features('The G7 will increase economic pressure on Iran.', { G7: 'organisation', Iran: 'state' }, 'G7', 'Iran');
    expect(found).toContain('fact=pressures|x-subject');
    expect(found).not.toContain('fjoint');
  });
});
