/**
 * Hand-worked sentences for joint subjects named with their offices (i14-fresh-tune): "Kenyan President A
 * and Ghanaian President B are attending a summit" lists two people whose title phrases stand between
 * them, "both … attended", and an adverb after a clause opener ("Since then A and B teamed up"). Each
 * expectation follows the annotation rules of tests/fixtures/relations/README.md (attending one summit
 * together is `meets`; joint exercises are `cooperates`; a title after a comma is no list).
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceRelation } from '../../src/graph-format/index.ts';
import { explain, type Case, type Names } from '../helpers/explain-pair.ts';

const people: Names = { 'Amina Odhiambo': 'person', 'Kofi Mensah': 'person' };

const CASES: Case[] = [
  { sentence: 'Kenyan President Amina Odhiambo and Ghanaian President Kofi Mensah are both attending a summit in Lisbon.', names: people, a: 'Amina Odhiambo', b: 'Kofi Mensah', rule: 'coordinated:joint-subject', relation: { type: 'meets' } },
  { sentence: 'At the Blue Shield drill both Kenyan Defence Minister Amina Odhiambo and Ghanaian Defence Minister Kofi Mensah attended the opening ceremony.', names: people, a: 'Amina Odhiambo', b: 'Kofi Mensah', rule: 'coordinated:joint-subject', relation: { type: 'meets' } },
  { sentence: 'Since then Chile and Peru have teamed up for naval exercises.', names: { Chile: 'state', Peru: 'state' }, a: 'Chile', b: 'Peru', rule: 'coordinated:joint-subject', relation: { type: 'cooperates' } },
  // Listed, but the verb after them states nothing between them.
  { sentence: 'Kenyan President Amina Odhiambo and Ghanaian President Kofi Mensah were named in the report.', names: people, a: 'Amina Odhiambo', b: 'Kofi Mensah', rule: 'none:listed-together', relation: { type: 'none' } },
];

describe('joint subjects named with their offices (one hand-written sentence each)', () => {
  it.each(CASES)('$rule: $a – $b in "$sentence"', ({ sentence, names, a, b, rule, relation }) => {
    expect(explain(sentence, names, a, b)).toEqual({ rule, relation });
  });

  it('does not read a place, a comma and a titled person as a list', () => {
    const found = explain('During her visit to Chile, Peruvian President Ana Ruiz praised the new port.', { Chile: 'state', 'Ana Ruiz': 'person' }, 'Chile', 'Ana Ruiz');
    expect(found.rule).not.toMatch(/^coordinated|listed-together/);
  });
});
