/**
 * Checks on the third frozen real-corpus test part (tests/fixtures/real/test3/gold.json) beyond
 * the ones every part gets in real-gold.test.ts: it is frozen only if none of its files is used by
 * any other gold set, its draw must be repeatable from the seed, and its offsets and types must
 * be ones the eval can use. These checks read the gold file and, when the corpus is present, the
 * texts; they never run the extractor (the part must not be looked at through extractor output).
 */
import { describe, expect, it } from 'vitest';
import { relationGoldDocuments } from '../helpers/relation-gold-documents.ts';
import { entityPartFiles, expectStretchesInside, filesPerGenre, loadEntityPart } from '../helpers/frozen-entity-part.ts';
import { ACTOR_TYPES } from '../../src/graph-format/index.ts';
import { drawTest3, readExclusions } from '../fixtures/real/draw-test3.ts';

const { raw, gold, files: test3Files, corpus } = loadEntityPart('test3');

describe('real-corpus gold, frozen test3 part', () => {
  it('uses no file of any relation gold set, nor any file its draw had to keep out', () => {
    const relations = relationGoldDocuments();
    expect(test3Files.filter((f) => relations.has(f))).toEqual([]);
    const { prior, parallel } = readExclusions();
    const excluded = new Set([...prior, ...parallel]);
    expect(test3Files.filter((f) => excluded.has(f))).toEqual([]);
  });

  it('types every actor from the graph vocabulary, and draws four files of each genre', () => {
    const allowed: readonly string[] = ACTOR_TYPES;
    expect(raw.actors.map((a) => a.type).filter((t) => !allowed.includes(t))).toEqual([]);
    expect(gold.actors.length).toBe(raw.actors.length);
    expect(Object.values(filesPerGenre(raw))).toEqual([4, 4, 4, 4, 4]);
  });

  it.skipIf(corpus === null)('covers stretches that lie inside their files and match the recorded hashes', () => {
    expectStretchesInside(raw, corpus ?? '');
  });

  it.skipIf(corpus === null)('is exactly what the seeded draw gives (seed, exclusions and stretch rule as committed)', () => {
    expect(drawTest3(corpus ?? '')).toEqual(raw.files);
  });
});
