/**
 * The checks every genre-stratified fresh relation part must pass (tests/fixtures/fresh2/relation,
 * fresh3, …), in one place so a new part is one call (as tests/helpers/fresh-entity-gold.ts is for the
 * entity sets): its texts are distinct and of known genres; it takes no page (URL or hash) of any other
 * fresh manifest, the earlier relation parts among them; the committed split is the seeded draw's; each
 * half has enough well-formed pairs, of every relation type, none quoting its sentence, none from a text
 * of the other half; the training reads it only if its row says so; its texts are found through its own
 * variable only; and (only when the texts are present) every text matches its hash and length and every
 * pair's sentence is read from it. Files only: none of
 * these runs the extractor or the classifier, so a frozen half stays unread by them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../../src/graph-format/index.ts';
import {
  FRESH_HALVES, FRESH_RELATION_SETS, freshGoldFile, freshTrainingParts, loadFreshPairs, parseFreshPairs, readFreshManifest, resolveFreshRelationTexts,
  type FreshRelationSetName,
} from '../../src/extract/cli/fresh-relations.ts';
import { RELATION_SETS } from '../../src/extract/cli/relation-examples.ts';
import { STRATA } from '../fixtures/fresh/draw.ts';
import { drawHalves, readManifest2 } from '../fixtures/fresh2/relation/draw.ts';

export interface FreshRelationGold {
  /** How many texts its manifest records. */
  texts: number;
  /** How many of them the seeded draw puts in the tuning half (the rest are the test half). */
  tuning: number;
  /** The fewest pairs a half may hold (default 250). */
  pairsPerHalf?: number;
  /** The part's own split rule, when it is not the second part's single seeded draw (a part drawn in batches). */
  draw?: (manifest: ReturnType<typeof readManifest2>) => Map<string, 'tuning' | 'test'>;
}

const FIXTURES = join(FRESH_RELATION_SETS.fresh.dir, '../..');

/** Every fresh manifest under tests/fixtures/fresh* but `own`: the sets a part must not repeat, including any built later. */
export function otherFreshManifests(own: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'manifest.json' && path !== own) found.push(path);
    }
  };
  for (const entry of readdirSync(FIXTURES, { withFileTypes: true })) if (entry.isDirectory() && entry.name.startsWith('fresh')) walk(join(FIXTURES, entry.name));
  return found;
}

/** The part's checks under `describe('<its name> relation part …')`; `key` is its row in FRESH_RELATION_SETS. */
export function describeFreshRelationGold(key: FreshRelationSetName, expected: FreshRelationGold): void {
  const set = FRESH_RELATION_SETS[key];
  const manifestPath = join(set.dir, 'manifest.json');

  describe(`${set.name} relation part: committed files`, () => {
    const manifest = readFreshManifest(set.dir);
    const withGenres = readManifest2(manifestPath);

    it(`records ${expected.texts} distinct texts, each of a genre the draw knows`, () => {
      expect(new Set(manifest.files.map((entry) => entry.file)).size).toBe(expected.texts);
      expect(new Set(manifest.files.map((entry) => entry.sha256)).size).toBe(expected.texts);
      expect(new Set(manifest.files.map((entry) => entry.url)).size).toBe(expected.texts);
      expect(withGenres.files.filter((entry) => STRATA[entry.genre] === undefined)).toEqual([]);
    });

    it('shares no page (URL or hash) with any other fresh manifest, every earlier relation part among them', () => {
      const others = otherFreshManifests(manifestPath);
      const keys = Object.keys(FRESH_RELATION_SETS);
      const earlierParts = Object.values(FRESH_RELATION_SETS).slice(0, keys.indexOf(key)).map((part) => relative(FIXTURES, join(part.dir, 'manifest.json')));
      expect(others.map((file) => relative(FIXTURES, file))).toEqual(expect.arrayContaining(earlierParts));
      const pages = others.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { files: { url?: string; sha256?: string }[] }).files);
      const urls = new Set(pages.map((entry) => entry.url));
      const hashes = new Set(pages.map((entry) => entry.sha256));
      expect(manifest.files.filter((entry) => urls.has(entry.url) || hashes.has(entry.sha256))).toEqual([]);
    });

    it(`is split as the seeded draw says (${expected.tuning} tuning, ${expected.texts - expected.tuning} test), every stratum with more than one text in both halves`, () => {
      const halves = (expected.draw ?? drawHalves)(withGenres);
      expect(new Map(manifest.files.map((entry) => [entry.file, entry.half]))).toEqual(halves);
      expect(manifest.files.filter((entry) => entry.half === 'tuning')).toHaveLength(expected.tuning);
      for (const stratum of new Set(Object.values(STRATA))) {
        const files = withGenres.files.filter((entry) => STRATA[entry.genre] === stratum);
        if (files.length > 1) expect([stratum, [...new Set(files.map((entry) => halves.get(entry.file)))].sort()]).toEqual([stratum, ['test', 'tuning']]);
      }
    });

    const fewest = expected.pairsPerHalf ?? 250;
    for (const half of FRESH_HALVES) {
      it(`${half} half: at least ${fewest} well-formed pairs from texts of that half, no sentence quoted, every type present`, () => {
        const file = freshGoldFile(half, set.dir);
        const data = JSON.parse(readFileSync(file, 'utf8')) as { pairs: Record<string, unknown>[] };
        expect(data.pairs.filter((pair) => 'sentence' in pair)).toEqual([]);
        const pairs = parseFreshPairs(data, file, manifest, half);
        expect(pairs.length).toBeGreaterThanOrEqual(fewest);
        expect(new Set(pairs.map((pair) => pair.relation.type))).toEqual(new Set(RELATION_TYPES));
        expect(() => parseFreshPairs(data, file, manifest, half === 'test' ? 'tuning' : 'test')).toThrow(/is not a text of the/);
      });
    }

    it(`is read by the training ${set.training ? 'as its two fresh parts' : 'not at all'}, never as a hand part`, () => {
      expect((Object.values(RELATION_SETS) as string[]).filter((path) => path.startsWith(`${set.dir}/`))).toEqual([]);
      const parts = [...freshTrainingParts()].filter(([, part]) => part.set.dir === set.dir).map(([name]) => name);
      expect(parts).toEqual(set.training ? [`${key}-tuning`, `${key}-test`] : []);
    });
  });

  describe(`${set.name} relation part: texts (outside the repository)`, () => {
    it('finds no texts when its variable is unset or names no folder, nor through another part\'s variable', () => {
      expect(resolveFreshRelationTexts({}, set.env)).toBeNull();
      expect(resolveFreshRelationTexts({ [set.env]: join(FIXTURES, 'no-such-folder') }, set.env)).toBeNull();
      const other = Object.values(FRESH_RELATION_SETS).find((part) => part.env !== set.env)!;
      expect(resolveFreshRelationTexts({ [other.env]: FIXTURES }, set.env)).toBeNull();
    });

    const texts = resolveFreshRelationTexts(process.env, set.env);
    if (texts === null) console.warn(`${key} relation gold: skipped the sentence check: ${set.env} not set (texts live outside the repository)`);
    it.skipIf(texts === null)('every text matches its hash and length, and every pair\'s sentence holds both actor forms', () => {
      for (const entry of readManifest2(manifestPath).files) expect([entry.file, readFileSync(join(texts!, entry.file), 'utf8').length]).toEqual([entry.file, entry.characters]);
      for (const half of FRESH_HALVES) {
        const pairs = loadFreshPairs(texts!, half, set.dir);
        expect(pairs.filter((pair) => pair.sentence.length < 20)).toEqual([]);
      }
    });
  });
}
