/**
 * The checks every fresh entity gold set must pass (tests/fixtures/fresh2, fresh3, …), in one place so a new set is
 * one call: the committed seeded split is what the draw gives, the gold records each whole text with the manifest's
 * hash and length, no page or query of an earlier set is taken, each half is big enough and of every type, no
 * surface form belongs to two actors or to an actor and a non-actor, and (only when the texts are present) every
 * listed form occurs in its half. None of them runs the extractor: a frozen half must stay unread by it.
 * describeFreshEntityLoader: a later set's loader settings, in the library and on the command line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FRESH_SETS, freshSet, loadFreshTexts, resolveFreshTexts, type FreshSetName } from '../../src/extract/cli/fresh-texts.ts';
import { normaliseSurface, parseGold } from '../../src/extract/eval/index.ts';
import { readManifest, type ManifestEntry } from '../fixtures/fresh/draw.ts';

export interface FreshEntityGold {
  /** 2 for tests/fixtures/fresh2, … (used in the test names). */
  number: number;
  /** The set's entity folder, e.g. tests/fixtures/fresh3/entity. */
  dir: string;
  setName: keyof typeof FRESH_SETS;
  manifestPath: string;
  batches: unknown;
  draw: (entries: readonly ManifestEntry[]) => { tuning: string[]; test: string[] };
  /** Manifests of the sets gathered before this one (entity and relation parts). */
  earlierManifests: readonly string[];
}

export function describeFreshEntityGold(options: FreshEntityGold): void {
  const set = FRESH_SETS[options.setName];
  describe(`fresh entity gold set ${options.number}`, () => {
    const manifest = readManifest(options.manifestPath);
    const split = JSON.parse(readFileSync(`${options.dir}/split.json`, 'utf8')) as { batches: unknown; tuning: string[]; test: string[] };
    const golds = {
      tuning: parseGold(JSON.parse(readFileSync(`${options.dir}/tuning/gold.json`, 'utf8'))),
      test: parseGold(JSON.parse(readFileSync(`${options.dir}/test/gold.json`, 'utf8'))),
    };

    it('follows the committed seeded split, which the draw reproduces, every text in exactly one half', () => {
      expect(split.batches).toEqual(options.batches);
      expect(options.draw(manifest)).toEqual({ tuning: split.tuning, test: split.test });
      expect(golds.tuning.files?.map((f) => f.file).sort()).toEqual(split.tuning);
      expect(golds.test.files?.map((f) => f.file).sort()).toEqual(split.test);
      expect(split.tuning.filter((f) => split.test.includes(f))).toEqual([]);
      expect([...split.tuning, ...split.test].sort()).toEqual(manifest.map((e) => e.file).sort());
    });

    it('records each whole text with the hash and length of the manifest', () => {
      const byFile = new Map(manifest.map((e) => [e.file, e]));
      for (const gold of Object.values(golds)) {
        for (const f of gold.files ?? []) {
          expect(f.sha256).toBe(byFile.get(f.file)?.sha256);
          expect([f.start, f.end]).toEqual([0, byFile.get(f.file)?.characters]);
        }
      }
    });

    it('takes no page and no query of an earlier fresh set (entity or relation part)', () => {
      const earlier = options.earlierManifests.flatMap((path) => (JSON.parse(readFileSync(path, 'utf8')) as { files: { url: string; query: string }[] }).files);
      const urls = new Set(earlier.map((f) => f.url));
      const queries = new Set(earlier.map((f) => f.query));
      expect(manifest.filter((e) => urls.has(e.url))).toEqual([]);
      expect(manifest.filter((e) => queries.has(e.query))).toEqual([]);
      expect(new Set(manifest.map((e) => e.url)).size).toBe(manifest.length);
    });

    it('holds at least 120 actors per half, of every type, with at least 10 firms', () => {
      for (const gold of Object.values(golds)) {
        expect(gold.actors.length).toBeGreaterThanOrEqual(120);
        expect(new Set(gold.actors.map((a) => a.type))).toEqual(new Set(['state', 'organisation', 'firm', 'person']));
        expect(gold.actors.filter((a) => a.type === 'firm').length).toBeGreaterThanOrEqual(10);
      }
    });

    it('gives no surface form to two actors of a half, nor to an actor and a non-actor', () => {
      for (const gold of Object.values(golds)) {
        const owners = new Map<string, Set<string>>();
        for (const actor of gold.actors) {
          for (const form of [actor.label, ...actor.aliases].map(normaliseSurface)) owners.set(form, (owners.get(form) ?? new Set()).add(actor.label));
        }
        expect([...owners].filter(([, labels]) => labels.size > 1)).toEqual([]);
        expect(gold.notActors.map((n) => n.text).filter((text) => owners.has(normaliseSurface(text)))).toEqual([]);
      }
    });

    const dir = resolveFreshTexts(undefined, process.env, set);
    it.skipIf(dir === null)(`lists only surface forms that occur in their half (needs ${set.env})`, () => {
      for (const gold of Object.values(golds)) {
        const loaded = loadFreshTexts({ files: gold.files ?? [] }, undefined, process.env, set);
        if (loaded.status !== 'ok') throw new Error(loaded.reason);
        const flat = loaded.files.map((f) => new TextDecoder().decode(f.bytes)).join('\n').replace(/\s+/g, ' ').toLowerCase();
        const forms = [...gold.actors.flatMap((a) => a.aliases), ...gold.notActors.map((n) => n.text)];
        expect(forms.filter((form) => !flat.includes(form.replace(/\s+/g, ' ').toLowerCase()))).toEqual([]);
      }
    });
  });
}

/**
 * A later fresh entity set's loader settings (`key` is its row in FRESH_SETS, e.g. 'fresh3'): it is found by its
 * name, with its own variable (`SILKMAP_FRESH3_TEXTS`) and example folder (`/work/fresh3/entity`); without that
 * variable the loader skips, naming it, even when every other set's variable is set, and `eval --fresh <key>`
 * exits 0 with the same message, before any text is read or extracted.
 */
export function describeFreshEntityLoader(key: Exclude<FreshSetName, 'fresh'>): void {
  const set = FRESH_SETS[key];
  describe(`fresh entity set ${key}: loader settings`, { timeout: 60_000 }, () => {
    it('names its own variable and folder', () => {
      expect(freshSet(key)).toBe(set);
      expect(set.env).toBe(`SILKMAP_${key.toUpperCase()}_TEXTS`);
      expect(set.example).toBe(`/work/${key}/entity`);
    });

    const gold = { files: [{ file: '001.txt', sha256: '0'.repeat(64) }] };
    it("skips, naming its variable, when only the other sets' variables are set", () => {
      const others = Object.fromEntries(Object.values(FRESH_SETS).filter((other) => other !== set).map((other) => [other.env, tmpdir()]));
      const result = loadFreshTexts(gold, undefined, others, set);
      expect(result).toEqual({ status: 'skipped', reason: expect.stringContaining(`${set.env} is not set`) });
      expect(result.status === 'skipped' && result.reason).toContain(`${set.env}=${set.example}`);
      expect(resolveFreshTexts(undefined, { [set.env]: join(tmpdir(), `silkmap-${key}-absent-4711`) }, set)).toBeNull();
    });

    // A stand-in gold listing one fresh file: the command must stop before any text is read or extracted.
    const work = mkdtempSync(join(tmpdir(), `silkmap-${key}-cli-`));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const goldFile = join(work, 'gold.json');
    writeFileSync(goldFile, JSON.stringify({ ...gold, actors: [{ label: 'China', type: 'state', aliases: ['China'] }], notActors: [] }));
    it(`eval --fresh ${key} skips with exit 0 and names the variable when the texts are absent`, () => {
      const { [set.env]: _unset, ...env } = process.env;
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/extract/cli/eval.ts', '--fresh', key, '--gold', goldFile], { encoding: 'utf8', env });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(`skipped: fresh texts not found (${set.env} is not set`);
    });
  });
}
