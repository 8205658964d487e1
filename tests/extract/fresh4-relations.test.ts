/**
 * The fourth fresh relation part (tests/fixtures/fresh4/relation/, i14-gold12), built like the third
 * (tests/extract/fresh3-relations.test.ts): the committed seeded, genre-stratified split (recomputed with
 * draw.ts, here in two batches, each dealt on its own seed), the gold files' format and halves (sentences
 * located by offsets, never quoted), that both halves cover every relation type, that no text repeats one of
 * any other fresh manifest (the fourth entity part's among them once it lands), and that neither training
 * script can read it and the eval may not list its frozen half's mistakes (FRESH_RELATION_SETS marks it so).
 * When SILKMAP_FRESH4_RELATION_TEXTS names the texts' folder, every text is hash- and length-checked and
 * every pair's sentence read from it must hold both actor forms; otherwise that check is skipped with a
 * message. Files only: never the extractor or the classifier.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/graph-format/index.ts';
import {
  FRESH4_RELATION_DIR, FRESH4_RELATION_ENV, FRESH_RELATION_SETS, freshGoldFile, freshTrainingParts, loadFreshPairs, parseFreshPairs, readFreshManifest,
  resolveFreshRelationTexts,
} from '../../src/extract/cli/fresh-relations.ts';
import { RELATION_SETS } from '../../src/extract/cli/relation-examples.ts';
import { drawHalves, readManifest2 } from '../fixtures/fresh2/relation/draw.ts';
import { drawHalves4, readManifest4 } from '../fixtures/fresh4/relation/draw.ts';
import { STRATA } from '../fixtures/fresh/draw.ts';

const FIXTURES = join(FRESH4_RELATION_DIR, '../..');

/** Every other fresh manifest under tests/fixtures/fresh*: the sets this one must not repeat, including any built later. */
function otherFreshManifests(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'manifest.json' && path !== join(FRESH4_RELATION_DIR, 'manifest.json')) found.push(path);
    }
  };
  for (const entry of readdirSync(FIXTURES, { withFileTypes: true })) if (entry.isDirectory() && entry.name.startsWith('fresh')) walk(join(FIXTURES, entry.name));
  return found;
}

describe('fourth fresh relation part: committed files', () => {
  const manifest = readFreshManifest(FRESH4_RELATION_DIR);
  const withGenres = readManifest4();

  it('records 47 distinct texts (41 of the first batch, 6 of the supplement), each of a genre the draw knows', () => {
    expect(new Set(manifest.files.map((entry) => entry.file)).size).toBe(47);
    expect(new Set(manifest.files.map((entry) => entry.sha256)).size).toBe(47);
    expect(new Set(manifest.files.map((entry) => entry.url)).size).toBe(47);
    expect(withGenres.files.filter((entry) => entry.batch === 2).map((entry) => entry.file)).toEqual(['042.txt', '043.txt', '044.txt', '045.txt', '046.txt', '047.txt']);
    expect(withGenres.files.filter((entry) => STRATA[entry.genre] === undefined)).toEqual([]);
  });

  it('shares no page (URL or hash) with any other fresh manifest, the three earlier relation parts among them', () => {
    const others = otherFreshManifests();
    expect(others.map((file) => relative(FIXTURES, file))).toEqual(expect.arrayContaining(['fresh/relation/manifest.json', 'fresh2/relation/manifest.json', 'fresh3/relation/manifest.json']));
    const earlier = others.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { files: { url?: string; sha256?: string }[] }).files);
    const urls = new Set(earlier.map((entry) => entry.url));
    const hashes = new Set(earlier.map((entry) => entry.sha256));
    expect(manifest.files.filter((entry) => urls.has(entry.url) || hashes.has(entry.sha256))).toEqual([]);
  });

  it('is split as the two seeded draws say (first batch 21/20, supplement 3/3), every stratum with more than one text in both halves', () => {
    const halves = drawHalves4(withGenres);
    expect(new Map(manifest.files.map((entry) => [entry.file, entry.half]))).toEqual(halves);
    // The supplement was drawn apart so that the first batch keeps the halves committed before any labelling.
    const firstBatch = { ...withGenres, files: withGenres.files.filter((entry) => entry.batch === undefined) };
    for (const [file, half] of drawHalves(firstBatch)) expect([file, halves.get(file)]).toEqual([file, half]);
    expect(manifest.files.filter((entry) => entry.half === 'tuning')).toHaveLength(24);
    for (const stratum of new Set(Object.values(STRATA))) {
      const files = withGenres.files.filter((entry) => STRATA[entry.genre] === stratum);
      if (files.length > 1) expect([stratum, [...new Set(files.map((entry) => halves.get(entry.file)))].sort()]).toEqual([stratum, ['test', 'tuning']]);
    }
  });

  it('refuses a supplement without its own seed, so the second batch can never fall back on the first seed', () => {
    const { supplementSeed: _seed, ...rest } = withGenres;
    expect(() => drawHalves4(rest as typeof withGenres)).toThrow(/supplementSeed/);
    // The second part's reader is the one this part uses: it reads the same manifest.
    expect(readManifest2(join(FRESH4_RELATION_DIR, 'manifest.json')).files).toHaveLength(47);
  });

  for (const half of ['tuning', 'test'] as const) {
    it(`${half} half: at least 250 well-formed pairs from texts of that half, no sentence quoted, every type present`, () => {
      const file = freshGoldFile(half, FRESH4_RELATION_DIR);
      const data = JSON.parse(readFileSync(file, 'utf8')) as { pairs: Record<string, unknown>[] };
      expect(data.pairs.filter((pair) => 'sentence' in pair)).toEqual([]);
      const pairs = parseFreshPairs(data, file, manifest, half);
      expect(pairs.length).toBeGreaterThanOrEqual(250);
      expect(new Set(pairs.map((pair) => pair.relation.type))).toEqual(new Set(RELATION_TYPES));
      expect(() => parseFreshPairs(data, file, manifest, half === 'test' ? 'tuning' : 'test')).toThrow(/is not a text of the/);
    });
  }

  it('is read by no training script and is not spent: not a hand part, not a fresh training part, its frozen mistakes unlisted', () => {
    expect((Object.values(RELATION_SETS) as string[]).filter((path) => path.includes('fixtures/fresh4'))).toEqual([]);
    expect([...freshTrainingParts().values()].filter(({ set }) => set.dir === FRESH4_RELATION_DIR)).toEqual([]);
    expect(FRESH_RELATION_SETS.fresh4).toMatchObject({ option: '--fresh4', env: FRESH4_RELATION_ENV, spent: false, training: false });
  });

  it('finds no fourth-part texts when its variable is unset or names no folder, so its eval skips', () => {
    expect(resolveFreshRelationTexts({}, FRESH4_RELATION_ENV)).toBeNull();
    expect(resolveFreshRelationTexts({ [FRESH4_RELATION_ENV]: join(FIXTURES, 'no-such-folder') }, FRESH4_RELATION_ENV)).toBeNull();
    // Another part's variable does not stand in for this one's.
    expect(resolveFreshRelationTexts({ [FRESH_RELATION_SETS.fresh3.env]: FIXTURES }, FRESH4_RELATION_ENV)).toBeNull();
  });
});

describe('fourth fresh relation part: texts (outside the repository)', () => {
  const withGenres = readManifest4();
  const texts = resolveFreshRelationTexts(process.env, FRESH4_RELATION_ENV);
  if (texts === null) console.warn(`fresh4-relations.test: skipped the sentence check: ${FRESH4_RELATION_ENV} not set (texts live outside the repository)`);
  it.skipIf(texts === null)('every text matches its hash and length, and every pair\'s sentence holds both actor forms', () => {
    for (const entry of withGenres.files) expect([entry.file, readFileSync(join(texts!, entry.file), 'utf8').length]).toEqual([entry.file, entry.characters]);
    for (const half of ['tuning', 'test'] as const) {
      const pairs = loadFreshPairs(texts!, half, FRESH4_RELATION_DIR);
      expect(pairs.filter((pair) => pair.sentence.length < 20)).toEqual([]);
    }
  });
});
