/**
 * Checks on the seventh frozen real-corpus test part (tests/fixtures/real/test7/gold.json) beyond
 * the ones every part gets in real-gold.test.ts: it is frozen only if none of its files is used by
 * any other gold set (entity or relation), every file lies in the entity half of the `frozen` pool,
 * and it took every file that pool still had; its draw and lengthened stretches must be repeatable,
 * and its offsets and types must be ones the eval can use.
 * These checks read the gold files and, when the corpus is present, the texts; they never run the
 * extractor (the part must not be looked at through extractor output before its one run).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relationGoldDocuments } from '../helpers/relation-gold-documents.ts';
import { entityPartFiles, expectStretchesInside, filesPerGenre, loadEntityPart } from '../helpers/frozen-entity-part.ts';
import { ACTOR_TYPES } from '../../src/graph-format/index.ts';
import { coveredEnd } from '../fixtures/real/draw-test2.ts';
import { coveredEndTest7, drawTest7, inTest7Pool, PER_GENRE, readExclusions } from '../fixtures/real/draw-test7.ts';

const { raw, gold, files: test7Files, corpus } = loadEntityPart('test7');
const OTHER_ENTITY_PARTS = ['tuning', 'test', 'test2', 'test3', 'test4', 'test5', 'test6'];

describe('real-corpus gold, frozen test7 part', () => {
  it('uses no file of any other entity or relation gold set (but relation test6, drawn from these files by design), nor any file its draw had to keep out', () => {
    const others = new Set([...entityPartFiles(OTHER_ENTITY_PARTS), ...relationGoldDocuments('tests/fixtures/relations', ['test6'])]);
    expect(test7Files.filter((f) => others.has(f))).toEqual([]);
    const excluded = new Set(readExclusions().prior);
    expect(test7Files.filter((f) => excluded.has(f))).toEqual([]);
    // The frozen list must hold every file of the earlier entity parts, so none could be redrawn.
    expect([...entityPartFiles(OTHER_ENTITY_PARTS)].filter((f) => !excluded.has(f))).toEqual([]);
  });

  it('draws only from the entity half of the frozen pool (even second SHA-256 byte)', () => {
    expect(test7Files.filter((f) => !inTest7Pool(f))).toEqual([]);
    // The rule on names whose SHA-256 bytes were worked out by hand (python3 hashlib):
    // first byte odd = frozen, even = tuning; 0xcb 0x84 (frozen, even second byte) is in;
    // 0x7d 0x7d (frozen, odd second byte: the relation half) and 0xe6 0x67 (tuning) are out.
    expect(inTest7Pool('wikipedia_group-of-15.txt')).toBe(true);
    expect(inTest7Pool('wikipedia_mekong-river-commission.txt')).toBe(false);
    expect(inTest7Pool('wikipedia_european-political-community.txt')).toBe(false);
  });

  it('lengthens stretches by the committed rule: whole file up to 15,000 characters, else to the first paragraph break at or after 12,000', () => {
    expect(coveredEndTest7('a'.repeat(15000))).toBe(15000);
    const long = `${'a'.repeat(11000)}\n\n${'b'.repeat(1500)}\n\n${'c'.repeat(5000)}`;
    // Breaks at 11,000 (before 12,000: skipped) and 12,502 (taken).
    expect(coveredEndTest7(long)).toBe(12502);
    expect(coveredEndTest7('a'.repeat(16000))).toBe(16000);
    // The first rule's stretch is a prefix of the lengthened one, so the first annotation still applies.
    expect(coveredEnd(long)).toBe(11000);
  });

  it('types every actor from the graph vocabulary, holds at least 300 actors, and is all of the 13 Wikipedia articles left', () => {
    const allowed: readonly string[] = ACTOR_TYPES;
    expect(raw.actors.map((a) => a.type).filter((t) => !allowed.includes(t))).toEqual([]);
    expect(gold.actors.length).toBe(raw.actors.length);
    expect(gold.actors.length).toBeGreaterThanOrEqual(300);
    expect(PER_GENRE).toBe(13);
    expect(filesPerGenre(raw)).toEqual({ wikipedia: 13 });
  });

  it.skipIf(corpus === null)('leaves no file of the frozen entity half in no set: the pool is exhausted', () => {
    const used = new Set([...entityPartFiles([...OTHER_ENTITY_PARTS, 'test7']), ...relationGoldDocuments(), ...readExclusions().prior]);
    const left = readdirSync(corpus ?? '').filter((f) => f.endsWith('.txt') && inTest7Pool(f) && !used.has(f));
    expect(left).toEqual([]);
  });

  it.skipIf(corpus === null)('covers stretches that lie inside their files and match the recorded hashes', () => {
    expectStretchesInside(raw, corpus ?? '');
  });

  it.skipIf(corpus === null)('is exactly what the seeded draw gives (seed, pool, exclusions and stretch rule as committed)', () => {
    expect(drawTest7(corpus ?? '')).toEqual(raw.files);
  });
});
