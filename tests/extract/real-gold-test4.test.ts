/**
 * Checks on the fourth frozen real-corpus test part (tests/fixtures/real/test4/gold.json) beyond
 * the ones every part gets in real-gold.test.ts: it is frozen only if none of its files is used by
 * any other gold set and every file lies in the `frozen` pool of tests/fixtures/pool.ts, its draw
 * must be repeatable from the seed, and its offsets and types must be ones the eval can use. These
 * checks read the gold files and, when the corpus is present, the texts; they never run the
 * extractor (the part must not be looked at through extractor output).
 */
import { describe, expect, it } from 'vitest';
import { relationGoldDocuments } from '../helpers/relation-gold-documents.ts';
import { entityPartFiles, expectStretchesInside, filesPerGenre, loadEntityPart } from '../helpers/frozen-entity-part.ts';
import { ACTOR_TYPES } from '../../src/graph-format/index.ts';
import { poolOf } from '../fixtures/pool.ts';
import { drawTest4, readExclusions } from '../fixtures/real/draw-test4.ts';

const { raw, gold, files: test4Files, corpus } = loadEntityPart('test4');
const OTHER_ENTITY_PARTS = ['tuning', 'test', 'test2', 'test3'];

describe('real-corpus gold, frozen test4 part', () => {
  it('uses no file of any other entity or relation gold set, nor any file its draw had to keep out', () => {
    const others = new Set([...entityPartFiles(OTHER_ENTITY_PARTS), ...relationGoldDocuments()]);
    expect(test4Files.filter((f) => others.has(f))).toEqual([]);
    const { prior, parallel } = readExclusions();
    const excluded = new Set([...prior, ...parallel]);
    expect(test4Files.filter((f) => excluded.has(f))).toEqual([]);
  });

  it('draws only from the frozen pool', () => {
    expect(test4Files.filter((f) => poolOf(f) !== 'frozen')).toEqual([]);
  });

  it('types every actor from the graph vocabulary, and draws four files of each genre (all three remarks files of the pool)', () => {
    const allowed: readonly string[] = ACTOR_TYPES;
    expect(raw.actors.map((a) => a.type).filter((t) => !allowed.includes(t))).toEqual([]);
    expect(gold.actors.length).toBe(raw.actors.length);
    expect(filesPerGenre(raw)).toEqual({ 'readout-joint': 4, 'fact-sheet': 4, nominees: 4, remarks: 3, wikipedia: 4 });
  });

  it.skipIf(corpus === null)('covers stretches that lie inside their files and match the recorded hashes', () => {
    expectStretchesInside(raw, corpus ?? '');
  });

  it.skipIf(corpus === null)('is exactly what the seeded draw gives (seed, frozen pool, exclusions and stretch rule as committed)', () => {
    expect(drawTest4(corpus ?? '')).toEqual(raw.files);
  });
});
