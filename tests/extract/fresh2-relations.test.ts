/**
 * The second fresh relation part (tests/fixtures/fresh2/relation/, i14-gold8): the committed seeded,
 * genre-stratified split (recomputed with draw.ts), the gold files' format and halves (sentences located by
 * offsets, never quoted), that both halves cover every relation type, and that no training script can read
 * it. When SILKMAP_FRESH2_RELATION_TEXTS names the texts' folder, every text is hash-checked and every pair's
 * sentence read from it must hold both actor forms; otherwise that check is skipped with a message. The
 * loader itself is the first fresh part's (tests/extract/fresh-relations.test.ts). Files only: these checks
 * never run the extractor or the classifier.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/graph-format/index.ts';
import {
  FRESH2_RELATION_DIR, FRESH2_RELATION_ENV, freshGoldFile, loadFreshPairs, parseFreshPairs, readFreshManifest, resolveFreshRelationTexts,
} from '../../src/extract/cli/fresh-relations.ts';
import { RELATION_SETS } from '../../src/extract/cli/relation-examples.ts';
import { drawHalves, readManifest2 } from '../fixtures/fresh2/relation/draw.ts';
import { STRATA } from '../fixtures/fresh/draw.ts';

describe('second fresh relation part: committed files', () => {
  const manifest = readFreshManifest(FRESH2_RELATION_DIR);
  const withGenres = readManifest2();

  it('records 42 distinct texts, each of a genre the draw knows', () => {
    expect(new Set(manifest.files.map((entry) => entry.file)).size).toBe(42);
    expect(new Set(manifest.files.map((entry) => entry.sha256)).size).toBe(42);
    expect(new Set(manifest.files.map((entry) => entry.url)).size).toBe(42);
    expect(withGenres.files.filter((entry) => STRATA[entry.genre] === undefined)).toEqual([]);
  });

  it('shares no text with the first fresh parts', () => {
    const earlier = ['tests/fixtures/fresh/relation/manifest.json', 'tests/fixtures/fresh/entity/manifest.json']
      .flatMap((file) => (JSON.parse(readFileSync(join(FRESH2_RELATION_DIR, '../../../..', file), 'utf8')) as { files: { url: string; sha256: string }[] }).files);
    const urls = new Set(earlier.map((entry) => entry.url));
    const hashes = new Set(earlier.map((entry) => entry.sha256));
    expect(manifest.files.filter((entry) => urls.has(entry.url) || hashes.has(entry.sha256))).toEqual([]);
  });

  it('is split as the seeded draw says, 21 texts a half, every stratum in both', () => {
    expect(new Map(manifest.files.map((entry) => [entry.file, entry.half]))).toEqual(drawHalves(withGenres));
    expect(manifest.files.filter((entry) => entry.half === 'tuning')).toHaveLength(21);
    for (const stratum of new Set(Object.values(STRATA))) {
      const halves = new Set(withGenres.files.filter((entry) => STRATA[entry.genre] === stratum).map((entry) => drawHalves(withGenres).get(entry.file)));
      if (halves.size > 0) expect([stratum, [...halves].sort()]).toEqual([stratum, ['test', 'tuning']]);
    }
  });

  for (const half of ['tuning', 'test'] as const) {
    it(`${half} half: at least 250 well-formed pairs from texts of that half, no sentence quoted, every type present`, () => {
      const file = freshGoldFile(half, FRESH2_RELATION_DIR);
      const data = JSON.parse(readFileSync(file, 'utf8')) as { pairs: Record<string, unknown>[] };
      expect(data.pairs.filter((pair) => 'sentence' in pair)).toEqual([]);
      const pairs = parseFreshPairs(data, file, manifest, half);
      expect(pairs.length).toBeGreaterThanOrEqual(250);
      expect(new Set(pairs.map((pair) => pair.relation.type))).toEqual(new Set(RELATION_TYPES));
      expect(() => parseFreshPairs(data, file, manifest, half === 'test' ? 'tuning' : 'test')).toThrow(/is not a text of the/);
    });
  }

  it('is not among the parts the training scripts read', () => {
    expect((Object.values(RELATION_SETS) as string[]).filter((path) => path.includes('fixtures/fresh2'))).toEqual([]);
  });

  const texts = resolveFreshRelationTexts(process.env, FRESH2_RELATION_ENV);
  if (texts === null) console.warn(`fresh2-relations.test: skipped the sentence check: ${FRESH2_RELATION_ENV} not set (texts live outside the repository)`);
  it.skipIf(texts === null)('every text matches its hash and length, and every pair\'s sentence holds both actor forms', () => {
    for (const entry of withGenres.files) expect([entry.file, readFileSync(join(texts!, entry.file), 'utf8').length]).toEqual([entry.file, entry.characters]);
    for (const half of ['tuning', 'test'] as const) {
      const pairs = loadFreshPairs(texts!, half, FRESH2_RELATION_DIR);
      expect(pairs.filter((pair) => pair.sentence.length < 20)).toEqual([]);
    }
  });
});
