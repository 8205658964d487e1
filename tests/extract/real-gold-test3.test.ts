/**
 * Checks on the third frozen real-corpus test part (tests/fixtures/real/test3/gold.json) beyond
 * the ones every part gets in real-gold.test.ts: it is frozen only if none of its files is used by
 * any other gold set, its draw must be repeatable from the seed, and its offsets and types must
 * be ones the eval can use. These checks read the gold file and, when the corpus is present, the
 * texts; they never run the extractor (the part must not be looked at through extractor output).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relationGoldDocuments } from '../helpers/relation-gold-documents.ts';
import { readCoveredText, resolveRealCorpus, REAL_CORPUS_RELATIVE } from '../../src/extract/cli/gold-files.ts';
import { parseGold } from '../../src/extract/eval/index.ts';
import { ACTOR_TYPES } from '../../src/graph-format/index.ts';
import { drawTest3, readExclusions } from '../fixtures/real/draw-test3.ts';

const GOLD = 'tests/fixtures/real/test3/gold.json';
const raw = JSON.parse(readFileSync(GOLD, 'utf8')) as {
  files: { file: string; genre: string; start: number; end: number; sha256: string }[];
  actors: { type: string }[];
};
const gold = parseGold(raw);
const test3Files = raw.files.map((f) => f.file);
const corpus = resolveRealCorpus();
if (corpus === null) {
  console.warn(`real-gold-test3.test: skipped the checks against the texts: ${REAL_CORPUS_RELATIVE} not found (nor SILKMAP_REAL_CORPUS)`);
}

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
    const perGenre = new Map<string, number>();
    for (const f of raw.files) perGenre.set(f.genre, (perGenre.get(f.genre) ?? 0) + 1);
    expect([...perGenre.values()]).toEqual([4, 4, 4, 4, 4]);
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

  it.skipIf(corpus === null)('is exactly what the seeded draw gives (seed, exclusions and stretch rule as committed)', () => {
    expect(drawTest3(corpus ?? '')).toEqual(raw.files);
  });
});
