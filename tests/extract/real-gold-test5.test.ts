/**
 * Checks on the fifth frozen real-corpus test part (tests/fixtures/real/test5/gold.json) beyond
 * the ones every part gets in real-gold.test.ts: it is frozen only if none of its files is used by
 * any other gold set (entity or relation) and every file lies in its half of the `frozen` pool
 * (even second SHA-256 byte; the relation part drawn at the same time takes the odd half), its
 * draw must be repeatable from the seed, and its offsets and types must be ones the eval can use.
 * These checks read the gold files and, when the corpus is present, the texts; they never run the
 * extractor (the part must not be looked at through extractor output before its one run).
 */
import { describe, expect, it } from 'vitest';
import { relationGoldDocuments } from '../helpers/relation-gold-documents.ts';
import { entityPartFiles, expectStretchesInside, filesPerGenre, loadEntityPart } from '../helpers/frozen-entity-part.ts';
import { ACTOR_TYPES } from '../../src/graph-format/index.ts';
import { drawTest5, inTest5Pool, readExclusions } from '../fixtures/real/draw-test5.ts';

const { raw, gold, files: test5Files, corpus } = loadEntityPart('test5');
const OTHER_ENTITY_PARTS = ['tuning', 'test', 'test2', 'test3', 'test4'];

describe('real-corpus gold, frozen test5 part', () => {
  it('uses no file of any other entity or relation gold set, nor any file its draw had to keep out', () => {
    const others = new Set([...entityPartFiles(OTHER_ENTITY_PARTS), ...relationGoldDocuments()]);
    expect(test5Files.filter((f) => others.has(f))).toEqual([]);
    const excluded = new Set(readExclusions().prior);
    expect(test5Files.filter((f) => excluded.has(f))).toEqual([]);
  });

  it('draws only from its half of the frozen pool, which no relation part drawn from the odd half can share', () => {
    expect(test5Files.filter((f) => !inTest5Pool(f))).toEqual([]);
    // The rule itself, on names whose SHA-256 bytes were worked out by hand (python3 hashlib):
    // 0x61 0x14 (frozen, even second byte) is in; 0x7d 0x7d (frozen, odd: the relation half) is out.
    expect(inTest5Pool('wikipedia_european-union.txt')).toBe(true);
    expect(inTest5Pool('wikipedia_mekong-river-commission.txt')).toBe(false);
  });

  it('types every actor from the graph vocabulary, and draws five files of each genre (no remarks file was left in its pool)', () => {
    const allowed: readonly string[] = ACTOR_TYPES;
    expect(raw.actors.map((a) => a.type).filter((t) => !allowed.includes(t))).toEqual([]);
    expect(gold.actors.length).toBe(raw.actors.length);
    expect(gold.actors.length).toBeGreaterThanOrEqual(300);
    expect(filesPerGenre(raw)).toEqual({ 'readout-joint': 5, 'fact-sheet': 5, nominees: 5, wikipedia: 5 });
  });

  it.skipIf(corpus === null)('covers stretches that lie inside their files and match the recorded hashes', () => {
    expectStretchesInside(raw, corpus ?? '');
  });

  it.skipIf(corpus === null)('is exactly what the seeded draw gives (seed, pool, exclusions and stretch rule as committed)', () => {
    expect(drawTest5(corpus ?? '')).toEqual(raw.files);
  });
});
