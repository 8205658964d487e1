/**
 * The third fresh relation part (tests/fixtures/fresh3/relation/, i14-gold9), built like the second
 * (tests/extract/fresh2-relations.test.ts): the committed seeded, genre-stratified split (recomputed with
 * draw.ts), the gold files' format and halves (sentences located by offsets, never quoted), that both halves
 * cover every relation type, that no text repeats one of any other fresh manifest, and that neither training
 * script can read it (FRESH_RELATION_SETS marks it so). When SILKMAP_FRESH3_RELATION_TEXTS names the texts'
 * folder, every text is hash- and length-checked and every pair's sentence read from it must hold both actor
 * forms; otherwise that check is skipped with a message. Files only: never the extractor or the classifier.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/graph-format/index.ts';
import {
  FRESH3_RELATION_DIR, FRESH3_RELATION_ENV, FRESH_RELATION_SETS, freshGoldFile, freshTrainingParts, loadFreshPairs, parseFreshPairs, readFreshManifest,
  resolveFreshRelationTexts,
} from '../../src/extract/cli/fresh-relations.ts';
import { RELATION_SETS } from '../../src/extract/cli/relation-examples.ts';
import { drawHalves, readManifest3 } from '../fixtures/fresh3/relation/draw.ts';
import { STRATA } from '../fixtures/fresh/draw.ts';

const FIXTURES = join(FRESH3_RELATION_DIR, '../..');

/** Every other fresh manifest under tests/fixtures/fresh*: the sets this one must not repeat, including any built later. */
function otherFreshManifests(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'manifest.json' && path !== join(FRESH3_RELATION_DIR, 'manifest.json')) found.push(path);
    }
  };
  for (const entry of readdirSync(FIXTURES, { withFileTypes: true })) if (entry.isDirectory() && entry.name.startsWith('fresh')) walk(join(FIXTURES, entry.name));
  return found;
}

describe('third fresh relation part: committed files', () => {
  const manifest = readFreshManifest(FRESH3_RELATION_DIR);
  const withGenres = readManifest3();

  it('records 42 distinct texts, each of a genre the draw knows', () => {
    expect(new Set(manifest.files.map((entry) => entry.file)).size).toBe(42);
    expect(new Set(manifest.files.map((entry) => entry.sha256)).size).toBe(42);
    expect(new Set(manifest.files.map((entry) => entry.url)).size).toBe(42);
    expect(withGenres.files.filter((entry) => STRATA[entry.genre] === undefined)).toEqual([]);
  });

  it('shares no page (URL or hash) with any other fresh manifest, the two earlier relation parts among them', () => {
    const others = otherFreshManifests();
    expect(others.map((file) => relative(FIXTURES, file))).toEqual(expect.arrayContaining(['fresh/relation/manifest.json', 'fresh2/relation/manifest.json']));
    const earlier = others.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { files: { url?: string; sha256?: string }[] }).files);
    const urls = new Set(earlier.map((entry) => entry.url));
    const hashes = new Set(earlier.map((entry) => entry.sha256));
    expect(manifest.files.filter((entry) => urls.has(entry.url) || hashes.has(entry.sha256))).toEqual([]);
  });

  it('is split as the seeded draw says (22 tuning, 20 test), every stratum with more than one text in both halves', () => {
    const halves = drawHalves(withGenres);
    expect(new Map(manifest.files.map((entry) => [entry.file, entry.half]))).toEqual(halves);
    expect(manifest.files.filter((entry) => entry.half === 'tuning')).toHaveLength(22);
    for (const stratum of new Set(Object.values(STRATA))) {
      const files = withGenres.files.filter((entry) => STRATA[entry.genre] === stratum);
      if (files.length > 1) expect([stratum, [...new Set(files.map((entry) => halves.get(entry.file)))].sort()]).toEqual([stratum, ['test', 'tuning']]);
    }
  });

  for (const half of ['tuning', 'test'] as const) {
    it(`${half} half: at least 250 well-formed pairs from texts of that half, no sentence quoted, every type present`, () => {
      const file = freshGoldFile(half, FRESH3_RELATION_DIR);
      const data = JSON.parse(readFileSync(file, 'utf8')) as { pairs: Record<string, unknown>[] };
      expect(data.pairs.filter((pair) => 'sentence' in pair)).toEqual([]);
      const pairs = parseFreshPairs(data, file, manifest, half);
      expect(pairs.length).toBeGreaterThanOrEqual(250);
      expect(new Set(pairs.map((pair) => pair.relation.type))).toEqual(new Set(RELATION_TYPES));
      expect(() => parseFreshPairs(data, file, manifest, half === 'test' ? 'tuning' : 'test')).toThrow(/is not a text of the/);
    });
  }

  it('is not a hand part; both halves (spent since the lead run) are fresh training parts since i14-rel8', () => {
    expect((Object.values(RELATION_SETS) as string[]).filter((path) => path.includes('fixtures/fresh3'))).toEqual([]);
    expect(FRESH_RELATION_SETS.fresh3.spent).toBe(true);
    expect([...freshTrainingParts()].filter(([, { set }]) => set.dir === FRESH3_RELATION_DIR).map(([part]) => part).sort()).toEqual(['fresh3-test', 'fresh3-tuning']);
  });
});

describe('fresh relation parts: the one table the eval and the training share', () => {
  const sets = Object.entries(FRESH_RELATION_SETS);

  it('gives each part its own option (its key), variable and gold folder', () => {
    for (const [key, set] of sets) expect(set.option).toBe(`--${key}`);
    for (const field of ['env', 'dir', 'beside'] as const) expect(new Set(sets.map(([, set]) => set[field])).size).toBe(sets.length);
  });

  it('trains only on parts whose frozen half is spent, two parts (tuning, test) each', () => {
    const parts = freshTrainingParts();
    expect(parts.get('fresh-tuning')).toEqual({ set: FRESH_RELATION_SETS.fresh, half: 'tuning' });
    expect([...parts.values()].filter(({ set }) => !set.spent)).toEqual([]);
    expect(parts.size).toBe(2 * sets.filter(([, set]) => set.training).length);
  });

  it('finds no third-part texts when its variable is unset or names no folder, so its eval skips', () => {
    expect(resolveFreshRelationTexts({}, FRESH3_RELATION_ENV)).toBeNull();
    expect(resolveFreshRelationTexts({ [FRESH3_RELATION_ENV]: join(FIXTURES, 'no-such-folder') }, FRESH3_RELATION_ENV)).toBeNull();
    // Another part's variable does not stand in for this one's.
    expect(resolveFreshRelationTexts({ [FRESH_RELATION_SETS.fresh2.env]: FIXTURES }, FRESH3_RELATION_ENV)).toBeNull();
  });
});

describe('third fresh relation part: texts (outside the repository)', () => {
  const withGenres = readManifest3();
  const texts = resolveFreshRelationTexts(process.env, FRESH3_RELATION_ENV);
  if (texts === null) console.warn(`fresh3-relations.test: skipped the sentence check: ${FRESH3_RELATION_ENV} not set (texts live outside the repository)`);
  it.skipIf(texts === null)('every text matches its hash and length, and every pair\'s sentence holds both actor forms', () => {
    for (const entry of withGenres.files) expect([entry.file, readFileSync(join(texts!, entry.file), 'utf8').length]).toEqual([entry.file, entry.characters]);
    for (const half of ['tuning', 'test'] as const) {
      const pairs = loadFreshPairs(texts!, half, FRESH3_RELATION_DIR);
      expect(pairs.filter((pair) => pair.sentence.length < 20)).toEqual([]);
    }
  });
});
