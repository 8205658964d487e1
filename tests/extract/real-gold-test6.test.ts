/**
 * Checks on the sixth frozen real-corpus test part (tests/fixtures/real/test6/gold.json) beyond
 * the ones every part gets in real-gold.test.ts: it is frozen only if none of its files is used by
 * any other gold set (entity or relation) and every file lies in the entity half of the `frozen`
 * pool (even second SHA-256 byte; relation parts take the odd half), its draw must be repeatable
 * from the seed, and its offsets and types must be ones the eval can use.
 * These checks read the gold files and, when the corpus is present, the texts; they never run the
 * extractor (the part must not be looked at through extractor output before its one run).
 */
import { describe, expect, it } from 'vitest';
import { relationGoldDocuments } from '../helpers/relation-gold-documents.ts';
import { entityPartFiles, expectStretchesInside, filesPerGenre, loadEntityPart } from '../helpers/frozen-entity-part.ts';
import { ACTOR_TYPES } from '../../src/graph-format/index.ts';
import { drawTest6, inTest6Pool, PER_GENRE, readExclusions } from '../fixtures/real/draw-test6.ts';

const { raw, gold, files: test6Files, corpus } = loadEntityPart('test6');
const OTHER_ENTITY_PARTS = ['tuning', 'test', 'test2', 'test3', 'test4', 'test5'];

describe('real-corpus gold, frozen test6 part', () => {
  it('uses no file of any other entity or relation gold set, nor any file its draw had to keep out', () => {
    const others = new Set([...entityPartFiles(OTHER_ENTITY_PARTS), ...relationGoldDocuments()]);
    expect(test6Files.filter((f) => others.has(f))).toEqual([]);
    const excluded = new Set(readExclusions().prior);
    expect(test6Files.filter((f) => excluded.has(f))).toEqual([]);
    // The frozen list must hold every file of the earlier entity parts, so none could be redrawn.
    expect([...entityPartFiles(OTHER_ENTITY_PARTS)].filter((f) => !excluded.has(f))).toEqual([]);
  });

  it('draws only from the entity half of the frozen pool, which no relation part drawn from the odd half can share', () => {
    expect(test6Files.filter((f) => !inTest6Pool(f))).toEqual([]);
    // The rule itself, on names whose SHA-256 bytes were worked out by hand (python3 hashlib):
    // 0xad 0x8c (frozen, even second byte) is in; 0x7d 0x7d (frozen, odd: the relation half) is out.
    expect(inTest6Pool('wikipedia_colombo-plan.txt')).toBe(true);
    expect(inTest6Pool('wikipedia_mekong-river-commission.txt')).toBe(false);
  });

  it('types every actor from the graph vocabulary, holds at least 300 actors, and draws every file its pool had of the small genres', () => {
    const allowed: readonly string[] = ACTOR_TYPES;
    expect(raw.actors.map((a) => a.type).filter((t) => !allowed.includes(t))).toEqual([]);
    expect(gold.actors.length).toBe(raw.actors.length);
    expect(gold.actors.length).toBeGreaterThanOrEqual(300);
    expect(PER_GENRE).toBe(14);
    // Pools at draw time: 14 readouts, 6 fact sheets, 1 nominee file, no remarks, 27 Wikipedia articles.
    expect(filesPerGenre(raw)).toEqual({ 'readout-joint': 14, 'fact-sheet': 6, nominees: 1, wikipedia: 14 });
  });

  it.skipIf(corpus === null)('covers stretches that lie inside their files and match the recorded hashes', () => {
    expectStretchesInside(raw, corpus ?? '');
  });

  it.skipIf(corpus === null)('is exactly what the seeded draw gives (seed, pool, exclusions and stretch rule as committed)', () => {
    expect(drawTest6(corpus ?? '')).toEqual(raw.files);
  });
});
