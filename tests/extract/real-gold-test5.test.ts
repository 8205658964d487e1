/**
 * Checks on the fifth frozen real-corpus test part (tests/fixtures/real/test5/gold.json) beyond
 * the ones every part gets in real-gold.test.ts: it is frozen only if none of its files is used by
 * any other gold set (entity or relation) and every file lies in its half of the `frozen` pool
 * (even second SHA-256 byte; the relation part drawn at the same time takes the odd half), its
 * draw must be repeatable from the seed, and its offsets and types must be ones the eval can use.
 * These checks read the gold files and, when the corpus is present, the texts; they never run the
 * extractor (the part must not be looked at through extractor output before its one run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationGoldDocuments } from '../helpers/relation-gold-documents.ts';
import { readCoveredText, resolveRealCorpus, REAL_CORPUS_RELATIVE } from '../../src/extract/cli/gold-files.ts';
import { parseGold } from '../../src/extract/eval/index.ts';
import { ACTOR_TYPES } from '../../src/graph-format/index.ts';
import { drawTest5, inTest5Pool, readExclusions } from '../fixtures/real/draw-test5.ts';

const GOLD = 'tests/fixtures/real/test5/gold.json';
const OTHER_ENTITY_PARTS = ['tuning', 'test', 'test2', 'test3', 'test4'];
interface RawFile { file: string; genre: string; start: number; end: number; sha256: string }
const raw = JSON.parse(readFileSync(GOLD, 'utf8')) as { files: RawFile[]; actors: { type: string }[] };
const gold = parseGold(raw);
const test5Files = raw.files.map((f) => f.file);
const corpus = resolveRealCorpus();
if (corpus === null) {
  console.warn(`real-gold-test5.test: skipped the checks against the texts: ${REAL_CORPUS_RELATIVE} not found (nor SILKMAP_REAL_CORPUS)`);
}

function otherEntityFiles(): Set<string> {
  const out = new Set<string>();
  for (const part of OTHER_ENTITY_PARTS) {
    const set = JSON.parse(readFileSync(`tests/fixtures/real/${part}/gold.json`, 'utf8')) as { files: { file: string }[] };
    for (const f of set.files) out.add(f.file);
  }
  return out;
}

describe('real-corpus gold, frozen test5 part', () => {
  it('uses no file of any other entity or relation gold set, nor any file its draw had to keep out', () => {
    const others = new Set([...otherEntityFiles(), ...relationGoldDocuments()]);
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
    const perGenre: Record<string, number> = {};
    for (const f of raw.files) perGenre[f.genre] = (perGenre[f.genre] ?? 0) + 1;
    expect(perGenre).toEqual({ 'readout-joint': 5, 'fact-sheet': 5, nominees: 5, wikipedia: 5 });
  });

  it.skipIf(corpus === null)('covers stretches that lie inside their files and match the recorded hashes', () => {
    for (const f of raw.files) {
      const whole = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(corpus ?? '', f.file)));
      expect(f.start, f.file).toBe(0);
      expect(f.end, f.file).toBeGreaterThan(f.start);
      expect(f.end, f.file).toBeLessThanOrEqual(whole.length);
      expect(readCoveredText(corpus ?? '', f).length, f.file).toBe(f.end - f.start);
    }
  });

  it.skipIf(corpus === null)('is exactly what the seeded draw gives (seed, pool, exclusions and stretch rule as committed)', () => {
    expect(drawTest5(corpus ?? '')).toEqual(raw.files);
  });
});
