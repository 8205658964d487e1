/**
 * Hand-worked sentences for lists that act together (i14-rel6, from the failure classes of the spent fresh
 * web-page part): a list with a counted last member ("A, B and four other states will hold joint drills"),
 * members named after "including" or as where a subject comes from ("troops from A, B and C held joint
 * drills"), "take part in" a joint act (not membership), and leaders at one summit "alongside" others. Each
 * expectation follows tests/fixtures/relations/README.md: acting together is mutual `cooperates`, attending one
 * summit together `meets`, members only listed `none`; sanctions that "target" a state are `pressures` (material
 * conflict without force), forces that target it `attacks`.
 */
import { describe, expect, it } from 'vitest';
import { explain, type Case, type Names } from '../helpers/explain-pair.ts';

const states: Names = { Chile: 'state', Peru: 'state', Bolivia: 'state' };
const two: Names = { Chile: 'state', Peru: 'state' };
const leaders: Names = { 'Andean Forum': 'organisation', 'Ana Ruiz': 'person', 'Luis Soto': 'person' };

const CASES: Case[] = [
  { sentence: 'Chile, Peru and three other Andean states will hold joint naval exercises next year.', names: two, a: 'Chile', b: 'Peru', rule: 'coordinated:joint-subject', relation: { type: 'cooperates' } },
  { sentence: 'In May, Andean states including Chile, Peru and Bolivia took part in the first multilateral border exercise of the bloc.', names: states, a: 'Peru', b: 'Bolivia', rule: 'coordinated:joint-subject', relation: { type: 'cooperates' } },
  { sentence: 'Soldiers from Chile, Peru and Bolivia held joint exercises near the border.', names: states, a: 'Chile', b: 'Peru', rule: 'coordinated:joint-subject', relation: { type: 'cooperates' } },
  { sentence: 'In early May Chile and Peru signed a border treaty.', names: two, a: 'Chile', b: 'Peru', rule: 'coordinated:joint-subject', relation: { type: 'agrees' } },
  { sentence: 'Chile and Peru took part in a naval exercise together.', names: two, a: 'Chile', b: 'Peru', rule: 'coordinated:joint-subject', relation: { type: 'cooperates' } },
  {
    sentence: 'Bolivian leaders will attend a summit of the Andean Forum in Lima this week alongside Chilean President Ana Ruiz and Peruvian leader Luis Soto.',
    names: leaders, a: 'Ana Ruiz', b: 'Luis Soto', rule: 'coordinated:alongside', relation: { type: 'meets' },
  },
  // Listed, but what follows is no act of theirs together.
  { sentence: 'Chile, Peru and Bolivia are members of the Andean Forum, a body that promotes cooperation.', names: states, a: 'Chile', b: 'Peru', rule: 'none:member-list', relation: { type: 'none' } },
  { sentence: 'Imports from Chile and Peru rose sharply last year.', names: two, a: 'Chile', b: 'Peru', rule: 'none:listed-together', relation: { type: 'none' } },
  { sentence: 'Envoys from Chile and Peru who attended the talks left early.', names: two, a: 'Chile', b: 'Peru', rule: 'none:listed-together', relation: { type: 'none' } },
  { sentence: 'Volunteers served alongside Chile and Peru in the relief effort.', names: two, a: 'Chile', b: 'Peru', rule: 'none:listed-together', relation: { type: 'none' } },
];

describe('lists that act together (one hand-written sentence each)', () => {
  it.each(CASES)('$rule: $a – $b in "$sentence"', ({ sentence, names, a, b, rule, relation }) => {
    expect(explain(sentence, names, a, b)).toEqual({ rule, relation });
  });
});

describe('a verb of striking in a sentence about measures', () => {
  const names: Names = { Freedonia: 'state', Sylvania: 'state' };
  it('reads "sanctions … targeting Sylvania" as pressure', () => {
    expect(explain('Freedonia rolled out a fresh round of sanctions targeting Sylvania.', names, 'Freedonia', 'Sylvania'))
      .toEqual({ rule: 'cue:verb', relation: { type: 'pressures', from: 'Freedonia', to: 'Sylvania' } });
  });
  it('keeps an attack when no measure is named', () => {
    expect(explain('Freedonia targeted Sylvania with artillery.', names, 'Freedonia', 'Sylvania'))
      .toEqual({ rule: 'cue:verb', relation: { type: 'attacks', from: 'Freedonia', to: 'Sylvania' } });
  });
});

describe('general cue data: firing on the other side, a visit after a verb with a particle', () => {
  it('reads "fired at" as an attack by the subject', () => {
    const names: Names = { 'Freedonian border guards': 'organisation', 'Sylvanian guards': 'organisation' };
    expect(explain('Freedonian border guards fired at Sylvanian guards near the outpost.', names, 'Freedonian border guards', 'Sylvanian guards'))
      .toEqual({ rule: 'cue:verb', relation: { type: 'attacks', from: 'Freedonian border guards', to: 'Sylvanian guards' } });
  });
  it('reads "paid a state visit to" as a meeting, not as paying', () => {
    expect(explain('President Ana Ruiz paid a state visit to Peru in May.', { 'Ana Ruiz': 'person', Peru: 'state' }, 'Ana Ruiz', 'Peru'))
      .toEqual({ rule: 'cue:verb', relation: { type: 'meets' } });
  });
  it('reads "kick off his first official visit to" as a meeting', () => {
    const names: Names = { 'Ana Ruiz': 'person', Peru: 'state' };
    expect(explain('President Ana Ruiz will kick off her first official visit to Peru on Sunday.', names, 'Ana Ruiz', 'Peru'))
      .toEqual({ rule: 'cue:noun', relation: { type: 'meets' } });
  });
});

describe('posts and lists told the way news pages tell them', () => {
  const person: Names = { 'Ana Ruiz': 'person', 'Andean Forum': 'organisation' };
  it('reads "X, chairwoman of the human rights group Y" as X belonging to Y', () => {
    expect(explain('Ana Ruiz, chairwoman of the human rights group Andean Forum, spoke to reporters.', person, 'Ana Ruiz', 'Andean Forum'))
      .toEqual({ rule: 'belongs:title-of', relation: { type: 'belongs', from: 'Ana Ruiz', to: 'Andean Forum' } });
  });
  it('reads "X, spokesman for the Y" as X belonging to Y, but not an envoy "for" a state', () => {
    expect(explain('Ana Ruiz, spokeswoman for the Andean Forum, said the talks went well.', person, 'Ana Ruiz', 'Andean Forum'))
      .toEqual({ rule: 'belongs:title-of', relation: { type: 'belongs', from: 'Ana Ruiz', to: 'Andean Forum' } });
    expect(explain('Ana Ruiz, special envoy for Peru, said the talks went well.', { 'Ana Ruiz': 'person', Peru: 'state' }, 'Ana Ruiz', 'Peru').relation.type).not.toBe('belongs');
  });
  it('reads a headline verb after a list ("A and B ink pacts")', () => {
    expect(explain('Chile and Peru ink pacts worth $14 bn', { Chile: 'state', Peru: 'state' }, 'Chile', 'Peru'))
      .toEqual({ rule: 'coordinated:joint-subject', relation: { type: 'agrees' } });
  });
  it('takes the act between two states over a member noun far away in another clause', () => {
    expect(explain('The clash came against the background of fighting between Chile and Peru, after guards accused the rebels of taking positions at part of the border.', { Chile: 'state', Peru: 'state' }, 'Chile', 'Peru'))
      .toEqual({ rule: 'coordinated:between-noun', relation: { type: 'attacks' } });
  });
});
