/**
 * The second fresh entity set (tests/fixtures/fresh2/entity): its loader settings and its gold.
 * The texts live outside the repository (SILKMAP_FRESH2_TEXTS), so the loader must skip cleanly
 * without them and must not pick up the first set's folder. The gold checks never run the
 * extractor: the test half is frozen until the lead's one run, and neither half may be run before it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FRESH2_TEXTS_ENV, FRESH_SETS, FRESH_TEXTS_ENV, freshSet, loadFreshTexts, resolveFreshTexts } from '../../src/extract/cli/fresh-texts.ts';
import { normaliseSurface, parseGold } from '../../src/extract/eval/index.ts';
import { readManifest } from '../fixtures/fresh/draw.ts';
import { BATCHES, MANIFEST_PATH, drawFresh2 } from '../fixtures/fresh2/entity/draw.ts';

const DIR = 'tests/fixtures/fresh2/entity';

describe('fresh set 2 loader settings', () => {
  it('names its own variable, and --fresh alone still means the first set', () => {
    expect(FRESH2_TEXTS_ENV).toBe('SILKMAP_FRESH2_TEXTS');
    expect(freshSet('fresh2')).toBe(FRESH_SETS.fresh2);
    expect(freshSet(true).env).toBe(FRESH_TEXTS_ENV);
    expect(() => freshSet('fresh9')).toThrow(/unknown set "fresh9"/);
  });

  it('skips, naming SILKMAP_FRESH2_TEXTS, when only the first set\'s variable is set', () => {
    const gold = { files: [{ file: '001.txt', sha256: '0'.repeat(64) }] };
    const result = loadFreshTexts(gold, undefined, { [FRESH_TEXTS_ENV]: tmpdir() }, FRESH_SETS.fresh2);
    expect(result).toEqual({ status: 'skipped', reason: expect.stringContaining(`${FRESH2_TEXTS_ENV} is not set`) });
    expect(result.status === 'skipped' && result.reason).toContain(`${FRESH2_TEXTS_ENV}=/work/fresh2/entity`);
    expect(resolveFreshTexts(undefined, { [FRESH2_TEXTS_ENV]: join(tmpdir(), 'silkmap-fresh2-absent-4711') }, FRESH_SETS.fresh2)).toBeNull();
  });
});

describe('eval --fresh fresh2 (command line)', { timeout: 60_000 }, () => {
  // A stand-in gold listing one fresh file: the command must stop before any text is read or extracted.
  const work = mkdtempSync(join(tmpdir(), 'silkmap-fresh2-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const gold = join(work, 'gold.json');
  writeFileSync(gold, JSON.stringify({ files: [{ file: '001.txt', sha256: '0'.repeat(64) }], actors: [{ label: 'China', type: 'state', aliases: ['China'] }], notActors: [] }));
  const { [FRESH2_TEXTS_ENV]: _unset, ...env } = process.env;
  const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/extract/cli/eval.ts', ...args], { encoding: 'utf8', env });

  it('skips with exit 0 and names the variable when the texts are absent', () => {
    const result = run(['--fresh', 'fresh2', '--gold', gold]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`skipped: fresh texts not found (${FRESH2_TEXTS_ENV} is not set`);
  });

  it('refuses an unknown set by name', () => {
    const result = run(['--fresh', 'fresh9', '--gold', gold]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown set "fresh9"');
  });
});

describe('fresh entity gold set 2', () => {
  const manifest = readManifest(MANIFEST_PATH);
  const split = JSON.parse(readFileSync(`${DIR}/split.json`, 'utf8')) as { batches: unknown; tuning: string[]; test: string[] };
  const golds = {
    tuning: parseGold(JSON.parse(readFileSync(`${DIR}/tuning/gold.json`, 'utf8'))),
    test: parseGold(JSON.parse(readFileSync(`${DIR}/test/gold.json`, 'utf8'))),
  };

  it('follows the committed seeded split, which the draw reproduces, every text in exactly one half', () => {
    expect(split.batches).toEqual(BATCHES);
    expect(drawFresh2(manifest)).toEqual({ tuning: split.tuning, test: split.test });
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

  it('takes no page of the first fresh set (entity or relation)', () => {
    const first = ['tests/fixtures/fresh/entity/manifest.json', 'tests/fixtures/fresh/relation/manifest.json'].flatMap(
      (path) => (JSON.parse(readFileSync(path, 'utf8')) as { files: { url: string }[] }).files.map((f) => f.url),
    );
    expect(manifest.filter((e) => first.includes(e.url))).toEqual([]);
    expect(new Set(manifest.map((e) => e.url)).size).toBe(manifest.length);
  });

  it('holds at least 120 actors per half, of every type, with at least 10 firms', () => {
    for (const gold of Object.values(golds)) {
      expect(gold.actors.length).toBeGreaterThanOrEqual(120);
      expect(new Set(gold.actors.map((a) => a.type))).toEqual(new Set(['state', 'organisation', 'firm', 'person']));
      expect(gold.actors.filter((a) => a.type === 'firm').length).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives no surface form to two actors of a half (the scorer would credit only one of them)', () => {
    for (const gold of Object.values(golds)) {
      const owners = new Map<string, Set<string>>();
      for (const actor of gold.actors) {
        for (const form of [actor.label, ...actor.aliases].map(normaliseSurface)) owners.set(form, (owners.get(form) ?? new Set()).add(actor.label));
      }
      expect([...owners].filter(([, labels]) => labels.size > 1)).toEqual([]);
    }
  });

  const dir = resolveFreshTexts(undefined, process.env, FRESH_SETS.fresh2);
  it.skipIf(dir === null)('lists only surface forms that occur in their half (needs SILKMAP_FRESH2_TEXTS)', () => {
    for (const gold of Object.values(golds)) {
      const loaded = loadFreshTexts({ files: gold.files ?? [] }, undefined, process.env, FRESH_SETS.fresh2);
      if (loaded.status !== 'ok') throw new Error(loaded.reason);
      const flat = loaded.files.map((f) => new TextDecoder().decode(f.bytes)).join('\n').replace(/\s+/g, ' ').toLowerCase();
      const forms = [...gold.actors.flatMap((a) => a.aliases), ...gold.notActors.map((n) => n.text)];
      expect(forms.filter((form) => !flat.includes(form.replace(/\s+/g, ' ').toLowerCase()))).toEqual([]);
    }
  });
});
