/**
 * The relation vocabulary's helpers and the overrides parser, case by case. Every expected
 * value is read off the type table (format.ts order: meets, agrees, supports, cooperates,
 * funds, trades, criticises, pressures, attacks, belongs, none) by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  colourGroupOf, countsByType, describeRelation, mainRelationTypes, relationClassOf, summariseRelations,
} from '../../src/graph-format/relations.ts';
import { emptyOverrides, parseOverrides, parseOverridesJson } from '../../src/graph-format/overrides.ts';
import type { EvidenceRelation } from '../../src/graph-format/types.ts';

describe('relation classes and colour groups', () => {
  it.each([
    ['meets', 'verbal cooperation', 'cooperation'], ['agrees', 'verbal cooperation', 'cooperation'],
    ['supports', 'verbal cooperation', 'cooperation'], ['cooperates', 'material cooperation', 'cooperation'],
    ['funds', 'material cooperation', 'cooperation'], ['trades', 'material cooperation', 'cooperation'],
    ['criticises', 'verbal conflict', 'conflict'], ['pressures', 'material conflict', 'conflict'],
    ['attacks', 'material conflict', 'conflict'], ['belongs', 'structure', 'structure'], ['none', 'neutral', 'neutral'],
  ] as const)('%s: %s, drawn as %s', (type, relationClass, group) => {
    expect(relationClassOf(type)).toBe(relationClass);
    expect(colourGroupOf(type)).toBe(group);
  });
});

describe('summariseRelations', () => {
  const items = (...relations: (EvidenceRelation | undefined)[]) => relations.map((relation) => (relation ? { relation } : {}));

  it('counts one entry per type, direction and negation, skipping untyped evidence', () => {
    expect(summariseRelations(items(
      { type: 'funds', from: 'a', to: 'b' },
      undefined,
      { type: 'funds', from: 'a', to: 'b' },
      { type: 'funds', from: 'b', to: 'a' },
      { type: 'funds', from: 'a', to: 'b', negated: true },
      { type: 'funds', from: 'a' },
    ))).toStrictEqual([
      // count 2 first; then the count-1 entries by from ('a' < 'b'), non-negated before negated
      { type: 'funds', from: 'a', to: 'b', count: 2 },
      { type: 'funds', from: 'a', count: 1 },
      { type: 'funds', from: 'a', to: 'b', negated: true, count: 1 },
      { type: 'funds', from: 'b', to: 'a', count: 1 },
    ]);
  });

  it('orders equal counts by type order, not by name', () => {
    // type order: meets 0, supports 2, attacks 8, none 10; alphabetical would put attacks first
    expect(summariseRelations(items({ type: 'none' }, { type: 'attacks' }, { type: 'supports' }, { type: 'meets' })).map((entry) => entry.type))
      .toEqual(['meets', 'supports', 'attacks', 'none']);
    // the more frequent type first whatever its place in the order
    expect(summariseRelations(items({ type: 'meets' }, { type: 'none' }, { type: 'none' }))).toStrictEqual([
      { type: 'none', count: 2 }, { type: 'meets', count: 1 },
    ]);
  });

  it('keeps entries apart that differ only in from, or only in to', () => {
    expect(summariseRelations(items({ type: 'funds', from: 'a', to: 'c' }, { type: 'funds', from: 'b', to: 'c' }))).toStrictEqual([
      { type: 'funds', from: 'a', to: 'c', count: 1 }, { type: 'funds', from: 'b', to: 'c', count: 1 },
    ]);
    expect(summariseRelations(items({ type: 'funds', from: 'a', to: 'b' }, { type: 'funds', from: 'a', to: 'c' }))).toStrictEqual([
      { type: 'funds', from: 'a', to: 'b', count: 1 }, { type: 'funds', from: 'a', to: 'c', count: 1 },
    ]);
  });

  it('puts an entry without from before one with from (the empty text sorts first)', () => {
    expect(summariseRelations(items({ type: 'funds', from: 'a' }, { type: 'funds' }))).toStrictEqual([
      { type: 'funds', count: 1 }, { type: 'funds', from: 'a', count: 1 },
    ]);
  });

  it('puts a negated entry after its plain twin even when it comes first', () => {
    expect(summariseRelations(items({ type: 'meets' }, { type: 'meets', negated: true }))).toStrictEqual([
      { type: 'meets', count: 1 }, { type: 'meets', negated: true, count: 1 },
    ]);
    expect(summariseRelations(items({ type: 'meets', negated: true }, { type: 'meets' }))).toStrictEqual([
      { type: 'meets', count: 1 }, { type: 'meets', negated: true, count: 1 },
    ]);
  });
});

describe('countsByType and mainRelationTypes', () => {
  it('adds counts per type and leaves out negated sentences', () => {
    expect([...countsByType([
      { type: 'funds', from: 'a', to: 'b', count: 2 }, { type: 'funds', from: 'b', to: 'a', count: 3 },
      { type: 'meets', count: 4, negated: true }, { type: 'none', count: 1 },
    ]).entries()]).toEqual([['funds', 5], ['none', 1]]);
    expect(countsByType(undefined).size).toBe(0);
  });

  it('ranks by count then type order, leaves none out unless nothing else, and stops at the limit', () => {
    const summary = [{ type: 'attacks' as const, count: 2 }, { type: 'none' as const, count: 9 }, { type: 'agrees' as const, count: 2 }, { type: 'belongs' as const, count: 3 }];
    // counts: none 9, belongs 3, agrees 2 (order 1), attacks 2 (order 8)
    expect(mainRelationTypes(summary)).toEqual(['belongs', 'agrees']);
    expect(mainRelationTypes(summary, 3)).toEqual(['belongs', 'agrees', 'attacks']);
    expect(mainRelationTypes([{ type: 'none', count: 1 }])).toEqual(['none']);
    expect(mainRelationTypes([{ type: 'meets', count: 1, negated: true }])).toEqual([]);
    expect(mainRelationTypes(undefined)).toEqual([]);
  });
});

describe('describeRelation', () => {
  const name = (id: string) => id.toUpperCase();
  it('says not for a negated sentence, and uses the link ends when the direction is partial', () => {
    expect(describeRelation({ type: 'belongs', from: 'a', to: 'b', negated: true }, name, ['b', 'a'])).toBe('A → B · not belongs to');
    expect(describeRelation({ type: 'funds', from: 'a' }, name, ['b', 'a'])).toBe('B – A · funds');
    expect(describeRelation({ type: 'funds', to: 'a' }, name, ['a', 'b'])).toBe('A – B · funds');
    expect(describeRelation({ type: 'none' }, name, ['a', 'b'])).toBe('A – B · mentioned with');
  });
});

describe('parsing overrides', () => {
  it('accepts the empty document and names the path of each problem, root included', () => {
    expect(parseOverrides(emptyOverrides())).toEqual({ ok: true, overrides: { format: 'silkmap-overrides', version: 1, operations: [] } });
    const root = parseOverrides(7);
    expect(root.ok).toBe(false);
    expect(!root.ok && root.errors.length).toBe(1);
    expect(!root.ok && root.errors[0]).toMatch(/^\(root\): /);
    const deep = parseOverrides({ ...emptyOverrides(), operations: [{ op: 'hide', id: 'a' }, { op: 'rename', id: 'b', label: '   ' }] });
    expect(!deep.ok && deep.errors.map((error) => error.split(':')[0])).toEqual(['operations.1.label']);
  });

  it('reports at most 20 problems', () => {
    const many = parseOverrides({ ...emptyOverrides(), operations: Array.from({ length: 25 }, () => ({ op: 'hide', id: '' })) });
    expect(!many.ok && many.errors.length).toBe(20);
    expect(!many.ok && many.errors[19]!.startsWith('operations.19.id: ')).toBe(true);
  });

  it('says when the text is not JSON, and ignores only a leading byte-order mark', () => {
    const bad = parseOverridesJson('{');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]).toMatch(/^not valid JSON: /);
    expect(parseOverridesJson('{"format":"silkmap-overrides","version":1,"operations":[]}\uFEFF').ok).toBe(false);
  });
});
